//! The findings a page at a time, filtered by group and customer, each linking to its
//! customer and subscription in the book; the differences as a CSV file in both dialects.

use super::run::Outcome;
use crate::components::format::{money_text, span_text};
use crate::components::paged::Paged;
use crate::pages::billing::downloads::{
    download_buttons, offer_file, Message, Outcome as Said, Words,
};
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;
use leptos_router::components::A;
use partnerdesk_core::model::recon_line::ReconProgram;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconcile::{
    differences_file_name, write_differences_csv, Counted, Finding, FindingFilter, Group,
};
use partnerdesk_l10n::{Lang, ReconcileText as T};
use std::collections::HashMap;
use std::sync::Arc;

#[component]
pub fn Findings(outcome: Arc<Outcome>) -> impl IntoView {
    let language = use_language();
    // "" stands for every difference, or every customer.
    let group = RwSignal::new(String::new());
    let customer = RwSignal::new(String::new());
    let kept = {
        let outcome = Arc::clone(&outcome);
        Memo::new(move |_| {
            let filter = FindingFilter {
                group: Group::ALL
                    .into_iter()
                    .find(|g| group.with(|v| v == g.label())),
                customer_id: customer.with(|c| (!c.is_empty()).then(|| Arc::from(c.as_str()))),
            };
            outcome.reconciliation.select(&filter)
        })
    };
    let render = {
        let outcome = Arc::clone(&outcome);
        move |page: Vec<usize>| findings_table(&outcome, &page)
    };
    view! {
        <section aria-labelledby="recon-findings-heading" class="recon-findings">
            <h2 id="recon-findings-heading">{language.tr(T::Lines)}</h2>
            <div class="filters">
                <GroupFilter group />
                <CustomerFilter outcome=Arc::clone(&outcome) customer />
            </div>
            <p class="selection" aria-live="polite">
                {move || {
                    let lang = language.get();
                    let shown = lang.count(kept.with(Vec::len).try_into().unwrap_or(i64::MAX));
                    lang.fill(T::LinesShown, &[&shown])
                }}
            </p>
            {move || {
                let lang = language.get();
                let render = render.clone();
                view! {
                    <Paged label=lang.text(T::PagesOfLines) items=kept empty=lang.text(T::NothingInGroup) render />
                }
            }}
            <Downloads outcome />
        </section>
    }
}

#[component]
fn GroupFilter(group: RwSignal<String>) -> impl IntoView {
    let language = use_language();
    let options = Group::ALL
        .into_iter()
        .map(|g| view! { <option value=g.label()>{language.tr(group_text(g))}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for="recon-group">{language.tr(T::Group)}</label>
            <select id="recon-group" on:change=move |ev| group.set(event_target_value(&ev))>
                <option value="" selected=true>{language.tr(T::EveryDifference)}</option>
                {options}
            </select>
        </div>
    }
}

/// The customers with a difference, most different first.
#[component]
fn CustomerFilter(outcome: Arc<Outcome>, customer: RwSignal<String>) -> impl IntoView {
    let language = use_language();
    let options = outcome
        .reconciliation
        .customers_with_differences()
        .into_iter()
        .map(|c| {
            let name = if c.customer_name.is_empty() {
                &c.customer_id
            } else {
                &c.customer_name
            };
            view! { <option value=c.customer_id.to_string()>{name.to_string()}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="recon-customer">{language.tr(T::Customer)}</label>
            <select id="recon-customer" on:change=move |ev| customer.set(event_target_value(&ev))>
                <option value="" selected=true>{language.tr(T::AllCustomers)}</option>
                {options}
            </select>
        </div>
    }
}

fn findings_table(outcome: &Outcome, page: &[usize]) -> impl IntoView {
    let book = use_book();
    // The file's ids are in lower case; the book's as they were entered.
    let known: HashMap<String, String> = book.all().with_untracked(|s| {
        s.customers
            .iter()
            .map(|c| (c.id.to_lowercase(), c.id.clone()))
            .collect()
    });
    let currency = use_settings().get_untracked().currency;
    // The table is made again when the language changes (see `Findings`).
    let lang = use_language().now();
    let seats_heading = match outcome.summary.program {
        ReconProgram::Legacy => T::LicensesHeading,
        ReconProgram::NewCommerce => T::SeatsHeading,
    };
    let rows = page
        .iter()
        .map(|&i| finding_row(&outcome.reconciliation.findings[i], &known, lang))
        .collect_view();
    let in_currency = |key: T| lang.fill(key, &[&currency]);
    view! {
        <table class="invoices recon-lines">
            <caption>{lang.text(T::LinesCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{lang.text(T::Group)}</th>
                    <th scope="col">{lang.text(T::Customer)}</th>
                    <th scope="col">{lang.text(T::Subscription)}</th>
                    <th scope="col">{lang.text(T::Offer)}</th>
                    <th scope="col">{lang.text(T::ChargeType)}</th>
                    <th scope="col">{lang.text(T::Charged)}</th>
                    <th scope="col">{lang.text(T::FileLine)}</th>
                    <th scope="col">{lang.text(seats_heading)}</th>
                    <th scope="col">{in_currency(T::FileIn)}</th>
                    <th scope="col">{in_currency(T::PartnerDeskIn)}</th>
                    <th scope="col">{in_currency(T::DifferenceIn)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn finding_row(f: &Finding, known: &HashMap<String, String>, lang: Lang) -> impl IntoView + use<> {
    let name = if f.customer_name.is_empty() {
        f.customer_id.to_string()
    } else {
        f.customer_name.to_string()
    };
    let subscription_id = f.subscription_id.to_string();
    let (customer, subscription) = if let Some(id) = known.get(&*f.customer_id) {
        let customer_page = format!("/customers/{id}");
        let subscription_page = format!("{customer_page}?subscription={}", f.subscription_id);
        (
            view! { <A href=customer_page>{name}</A> }.into_any(),
            view! { <A href=subscription_page>{subscription_id.clone()}</A> }.into_any(),
        )
    } else {
        (
            view! { <span>{name} {lang.text(T::NotInBook)}</span> }.into_any(),
            view! { <span>{subscription_id.clone()}</span> }.into_any(),
        )
    };
    let charged = match (f.charge_start, f.charge_end) {
        (Some(s), Some(e)) => span_text(s, e),
        _ => lang.text(T::SeatsAtMonthEnd).to_string(),
    };
    let seats = |c: Option<Counted>| c.map_or("—".to_string(), |c| c.quantity.to_string());
    let amount = |c: Option<Counted>| c.map_or("—".to_string(), |c| money_text(c.amount));
    view! {
        <tr class:difference=f.group.is_difference()>
            <td>{lang.text(group_text(f.group))}</td>
            <th scope="row">{customer}</th>
            <td>{subscription}</td>
            <td>{f.offer_name.to_string()}</td>
            <td>{f.charge_type.to_string()}</td>
            <td>{charged}</td>
            <td class="num">{f.file_line.map(|l| l.to_string()).unwrap_or_default()}</td>
            <td class="num">{format!("{} / {}", seats(f.file), seats(f.book))}</td>
            <td class="num">{amount(f.file)}</td>
            <td class="num">{amount(f.book)}</td>
            <td class="num">{money_text(f.difference().round2())}</td>
        </tr>
    }
}

/// The differences as CSV, in Partner Center's dialect and in Excel's for nl/de.
#[component]
fn Downloads(outcome: Arc<Outcome>) -> impl IntoView {
    let settings = use_settings();
    let message = RwSignal::new(Message::None);
    let outcome = StoredValue::new(outcome);
    let download = move |dialect: CsvDialect| {
        let partner = settings.get_untracked().name;
        let made = outcome.with_value(|o| {
            let bytes = write_differences_csv(&o.reconciliation, dialect);
            let name = differences_file_name(&partner, o.invoice_date, dialect);
            let count = o.reconciliation.difference_count();
            let what: Words =
                Arc::new(move |lang: Lang| lang.fill(T::DifferencesCount, &[&count.to_string()]));
            (name, bytes, what)
        });
        offer_file(Ok(made), message);
    };
    view! {
        {download_buttons([T::DownloadDifferences, T::DownloadDifferencesExcel], message, download)}
        <Said message />
    }
}

/// A group of findings in the partner's language; the core's label stays the filter's value.
pub(super) fn group_text(group: Group) -> T {
    match group {
        Group::Match => T::Matches,
        Group::AmountDiffers => T::AmountDiffers,
        Group::SeatsDiffer => T::SeatsDiffer,
        Group::FileOnly => T::FileOnly,
        Group::BookOnly => T::BookOnly,
    }
}
