//! Starting a new book from the file just read (issue 12): its customers and subscriptions,
//! checked by the core and shown before one button records them all, as one action, or none.
//! Offered while the book has no subscription: a partner new to PartnerDesk. A legacy file
//! names no country, so the partner enters one; a new commerce file names each customer's,
//! and the one entered serves only those it doesn't.

use super::run::{reasons, Outcome};
use crate::components::format::{count_text, date_text, money_text};
use crate::components::words::{frequency_word, term_plan_words};
use crate::forms::field::{Field, FieldMessage};
use crate::forms::issue::{Issue, IssueAlert};
use crate::pages::imports::customer_import::customers_table;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;
use partnerdesk_core::imports::book_start::{BookStart, BookStartPlan, StartOptions};
use partnerdesk_core::model::command::AdoptedSubscription;
use partnerdesk_core::model::recon_line::ReconProgram;
use partnerdesk_l10n::{ActionsText, CommonText, CustomerText, Lang, ReconcileText as T};
use std::sync::Arc;

/// Shown when the run gathered the file's customers and subscriptions (a new book).
#[component]
pub fn StartBook(outcome: Arc<Outcome>) -> impl IntoView {
    let start = outcome.book_start.clone();
    start.map(|start| view! { <StartBookForm outcome start /> })
}

#[component]
fn StartBookForm(outcome: Arc<Outcome>, start: Arc<BookStart>) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let country = RwSignal::new(String::new());
    let status = RwSignal::new(None::<String>);
    let refusal = RwSignal::new(None::<Issue>);
    let billing_day = settings.get_untracked().billing_day;
    let billed_through = outcome
        .summary
        .invoice_date(billing_day)
        .unwrap_or(outcome.invoice_date);
    let program = outcome.summary.program;
    // A new commerce file names its customers' countries: its plan needs no country first.
    let country_needed = move || program == ReconProgram::Legacy && country.with(String::is_empty);
    let plan = Memo::new(move |_| {
        let options = StartOptions {
            billed_through,
            country: country.get(),
            today: book.today(),
        };
        book.with(|b| start.plan(b, &options))
    });
    let language = use_language();
    let problems = Signal::derive(move || match plan.get() {
        Err(errors) if !country_needed() => Some(reasons(language.get(), &errors)),
        _ => None,
    });
    let field = Field::new("recon-start-country", problems).hinted();
    let record = move |_| {
        let Some(Ok(plan)) = plan.with_untracked(|p| Some(p.clone())) else {
            return;
        };
        let lang = language.now();
        let said = lang.fill(T::PlanRecorded, &[&counted(lang, &plan)]);
        match book.execute_all(plan.commands()) {
            Ok(_) => status.set(Some(said)),
            Err((_, refused)) => {
                let mut issue = Issue::from(refused);
                issue.message.push_str(lang.text(T::NothingRecorded));
                refusal.set(Some(issue));
            }
        }
    };
    view! {
        <section aria-labelledby="recon-start-heading" class="import">
            <h2 id="recon-start-heading">{language.tr(T::StartHeading)}</h2>
            <p>{language.tr(T::StartExplained)}</p>
            <div class="field">
                <label for=field.id()>{language.tr(T::NewCustomersCountry)}</label>
                <input id=field.id() type="text" maxlength="2" bind:value=country aria-invalid=field.invalid() aria-describedby=field.described_by() />
                <p id=field.hint_id() class="hint">
                    {language.tr(match program {
                        ReconProgram::Legacy => T::CountryHintLegacy,
                        ReconProgram::NewCommerce => T::CountryHintNce,
                    })}
                </p>
                <FieldMessage field />
            </div>
            {move || {
                plan.get()
                    .ok()
                    .filter(|_| !country_needed())
                    .map(|p| {
                        let lang = language.get();
                        let label = lang.fill(T::RecordPlan, &[&counted(lang, &p)]);
                        view! {
                            {plan_tables(lang, &p, program)}
                            <IssueAlert issue=refusal />
                            <button type="button" on:click=record>{label}</button>
                        }
                    })
            }}
            <p class="status" role="status">{move || status.get()}</p>
        </section>
    }
}

/// "1 customer and 2 subscriptions".
fn counted(lang: Lang, plan: &BookStartPlan) -> String {
    let of = |n: usize, one: T, many: T| match n {
        1 => lang.text(one).to_string(),
        n => lang.fill(many, &[&count_text(n as u64)]),
    };
    let customers = of(plan.customers.len(), T::OneCustomer, T::Customers);
    let subscriptions = of(
        plan.subscriptions.len(),
        T::OneSubscription,
        T::Subscriptions,
    );
    lang.fill(T::CustomersAndSubscriptions, &[&customers, &subscriptions])
}

/// What would be recorded: the customers, then the subscriptions with their terms and prices.
fn plan_tables(lang: Lang, plan: &BookStartPlan, program: ReconProgram) -> impl IntoView {
    let book = use_book();
    let catalog = book.catalog().get_untracked();
    let subscriptions = plan
        .subscriptions
        .iter()
        .map(|s| {
            let offer = catalog
                .offer(&s.offer_id)
                .map_or(s.offer_id.clone(), |o| o.name.clone());
            let price = if plan.priced_from_catalog.contains(&s.ids.subscription_id) {
                lang.fill(T::FromTheCatalog, &[&money_text(s.unit_price)])
            } else {
                money_text(s.unit_price)
            };
            let (billing, state) = billing_and_state(lang, s, program);
            view! {
                <tr>
                    <th scope="row">{offer}</th>
                    <td>{s.ids.subscription_id.clone()}</td>
                    <td class="num">{s.quantity}</td>
                    <td>{billing}</td>
                    <td>{format!("{} – {}", date_text(s.term_start), date_text(s.term_end))}</td>
                    <td class="num">{price}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view();
    let (billing_header, price_header) = match program {
        ReconProgram::Legacy => (T::BillingFrequency, T::PricePerLicenseMonth),
        ReconProgram::NewCommerce => (T::TermAndBilling, T::PricePerSeatCycle),
    };
    view! {
        {customers_table(plan.customers.clone())}
        <table class="import-plan">
            <caption>{lang.text(T::SubscriptionsToRecord)}</caption>
            <thead>
                <tr>
                    <th scope="col">{lang.text(CommonText::Offer)}</th>
                    <th scope="col">{lang.text(CustomerText::SubscriptionId)}</th>
                    <th scope="col">{lang.text(ActionsText::Licenses)}</th>
                    <th scope="col">{lang.text(billing_header)}</th>
                    <th scope="col">{lang.text(CommonText::Term)}</th>
                    <th scope="col">{lang.text(price_header)}</th>
                    <th scope="col">{lang.text(CommonText::Status)}</th>
                </tr>
            </thead>
            <tbody>{subscriptions}</tbody>
        </table>
    }
}

/// How a subscription is billed and what state it is recorded in: a new commerce one by its
/// term and plan ("1 year, billed monthly"), a trial as a trial.
fn billing_and_state(
    lang: Lang,
    s: &AdoptedSubscription,
    program: ReconProgram,
) -> (String, String) {
    let word = |text: CommonText| lang.text(text).to_string();
    match (program, s.term_plan) {
        (ReconProgram::NewCommerce, Some(term_plan)) => (
            term_plan_words(lang, term_plan),
            word(CommonText::StatusActive),
        ),
        (ReconProgram::NewCommerce, None) => {
            (word(CommonText::StatusTrial), word(CommonText::StatusTrial))
        }
        (ReconProgram::Legacy, _) => (
            word(frequency_word(Some(s.frequency))),
            s.suspended_on.map_or(word(CommonText::StatusActive), |d| {
                lang.fill(T::SuspendedOn, &[&date_text(d)])
            }),
        ),
    }
}
