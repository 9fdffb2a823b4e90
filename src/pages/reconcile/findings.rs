//! The findings a page at a time, filtered by group and customer, each linking to its
//! customer and subscription in the book; the differences as a CSV file in both dialects.

use super::run::Outcome;
use crate::components::format::{count_text, date_text, money_text};
use crate::components::paged::Paged;
use crate::pages::billing::downloads::{
    download_buttons, offer_file, Message, Outcome as Said, Words,
};
use crate::state::book_state::use_book;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;
use leptos_router::components::A;
use partnerdesk_core::model::recon_line::ReconProgram;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconcile::{
    differences_file_name, write_differences_csv, Counted, Finding, FindingFilter, Group,
};
use partnerdesk_l10n::{Lang, ReconcileText};
use std::collections::HashMap;
use std::sync::Arc;

#[component]
pub fn Findings(outcome: Arc<Outcome>) -> impl IntoView {
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
            <h2 id="recon-findings-heading">"Lines"</h2>
            <div class="filters">
                <GroupFilter group />
                <CustomerFilter outcome=Arc::clone(&outcome) customer />
            </div>
            <p class="selection" aria-live="polite">
                {move || format!("{} lines shown.", kept.with(Vec::len))}
            </p>
            <Paged label="Pages of reconciled lines" items=kept empty="Nothing to show: no line is in this group." render />
            <Downloads outcome />
        </section>
    }
}

#[component]
fn GroupFilter(group: RwSignal<String>) -> impl IntoView {
    let options = Group::ALL
        .into_iter()
        .map(|g| view! { <option value=g.label()>{g.label()}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for="recon-group">"Group"</label>
            <select id="recon-group" on:change=move |ev| group.set(event_target_value(&ev))>
                <option value="" selected=true>"Every difference"</option>
                {options}
            </select>
        </div>
    }
}

/// The customers with a difference, most different first.
#[component]
fn CustomerFilter(outcome: Arc<Outcome>, customer: RwSignal<String>) -> impl IntoView {
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
            <label for="recon-customer">"Customer"</label>
            <select id="recon-customer" on:change=move |ev| customer.set(event_target_value(&ev))>
                <option value="" selected=true>"All customers"</option>
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
    let seats_heading = match outcome.summary.program {
        ReconProgram::Legacy => "Licenses: file / PartnerDesk",
        ReconProgram::NewCommerce => "Seats: file / PartnerDesk",
    };
    let rows = page
        .iter()
        .map(|&i| finding_row(&outcome.reconciliation.findings[i], &known))
        .collect_view();
    view! {
        <table class="invoices recon-lines">
            <caption>"Lines of the file and of the invoice"</caption>
            <thead>
                <tr>
                    <th scope="col">"Group"</th>
                    <th scope="col">"Customer"</th>
                    <th scope="col">"Subscription"</th>
                    <th scope="col">"Offer"</th>
                    <th scope="col">"Charge type"</th>
                    <th scope="col">"Charged"</th>
                    <th scope="col">"File line"</th>
                    <th scope="col">{seats_heading}</th>
                    <th scope="col">{format!("File ({currency})")}</th>
                    <th scope="col">{format!("PartnerDesk ({currency})")}</th>
                    <th scope="col">{format!("Difference ({currency})")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn finding_row(f: &Finding, known: &HashMap<String, String>) -> impl IntoView + use<> {
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
            view! { <span>{name} " (not in the book)"</span> }.into_any(),
            view! { <span>{subscription_id.clone()}</span> }.into_any(),
        )
    };
    let charged = match (f.charge_start, f.charge_end) {
        (Some(s), Some(e)) => format!("{} – {}", date_text(s), date_text(e)),
        _ => "Seats at the end of the month".to_string(),
    };
    let seats = |c: Option<Counted>| c.map_or("—".to_string(), |c| c.quantity.to_string());
    let amount = |c: Option<Counted>| c.map_or("—".to_string(), |c| money_text(c.amount));
    view! {
        <tr class:difference=f.group.is_difference()>
            <td>{f.group.label()}</td>
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
            let count = o.reconciliation.difference_count() as u64;
            let what: Words = Arc::new(move |lang: Lang| {
                lang.fill(ReconcileText::DifferencesCount, &[&count_text(count)])
            });
            (name, bytes, what)
        });
        offer_file(Ok(made), message);
    };
    view! {
        {download_buttons([ReconcileText::DownloadDifferences, ReconcileText::DownloadDifferencesExcel], download)}
        <Said message />
    }
}
