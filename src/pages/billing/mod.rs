//! `/billing`: the invoices up to today (R1), the upcoming one as it stands, an invoice's lines
//! by customer and charge type, its reconciliation file in both CSV dialects (R2–R5), and the
//! trial pipeline export (trials are never billed, so no reconciliation file lists them).

pub(super) mod downloads;
mod invoice_view;
pub mod recon_steps;
mod statement;
mod trial_pipeline;

use super::page_title;
use crate::components::book_notice::BookNotice;
use crate::components::format::{date_text, money_in, money_text};
use crate::components::table_scroll::TableScroll;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use crate::state::views::use_views;
use chrono::NaiveDate;
use invoice_view::InvoiceView;
use leptos::prelude::*;
use partnerdesk_core::billing::invoice::InvoiceSummary;
use partnerdesk_core::reports::invoice_list::InvoiceList;
use partnerdesk_l10n::BillingText as T;
use std::sync::Arc;
use trial_pipeline::TrialPipeline;

#[component]
pub fn Billing() -> impl IntoView {
    page_title(T::Title);
    let language = use_language();
    // Worked out once per derivation (`state::views`): opened again, the page only draws.
    let views = use_views();
    let invoices = views.invoices();
    // The invoice the partner picked; by default the latest issued, or the upcoming one.
    let picked = RwSignal::new(None::<NaiveDate>);
    let shown_date = Memo::new(move |_| {
        let picked = picked.get();
        invoices.with(|list| match picked {
            // A date moved out of reach by time travel falls back to the default.
            Some(d) if list.lists(d) => d,
            _ => list.latest_date(),
        })
    });
    let upcoming_date = Memo::new(move |_| invoices.with(|list| list.upcoming.billing_date));
    let invoice = Memo::new_with_compare(
        move |_| views.invoice(shown_date.get()),
        // Made again only when the date or the derivation changes: then it is another.
        |_, _| true,
    );
    let names = views.names();
    view! {
        <h1>{language.tr(T::Title)}</h1>
        <BookNotice />
        <UpcomingInvoice invoices picked />
        <IssuedInvoices invoices shown_date picked />
        <InvoiceView invoice upcoming_date names />
        <TrialPipeline />
        <p>
            {language.tr(T::CheckAgainst)}
            <a href="/billing/reconcile">{language.tr(T::ReconcileLink)}</a> "."
        </p>
        <section aria-labelledby="imports-heading">
            <h2 id="imports-heading">{language.tr(T::Imports)}</h2>
            <p>
                {move || language.get().around(T::ImportsOn).0}
                <a href="/imports">{language.tr(T::ImportsPage)}</a>
                {move || language.get().around(T::ImportsOn).1}
            </p>
        </section>
    }
}

/// The upcoming invoice's figures as they stand, and the button that shows its lines.
#[component]
fn UpcomingInvoice(
    invoices: Memo<Arc<InvoiceList>>,
    picked: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let settings = use_settings();
    let language = use_language();
    let currency = move || settings.with(|s| s.currency.clone());
    let upcoming = move |show: fn(&InvoiceSummary) -> String| invoices.with(|l| show(&l.upcoming));
    view! {
        <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{language.tr(T::UpcomingInvoice)}</h2>
            <p class="hint">{language.tr(T::UpcomingHint)}</p>
            <dl class="facts">
                <dt>{language.tr(T::InvoiceNumber)}</dt>
                <dd>{move || upcoming(|u| u.number.clone())}</dd>
                <dt>{language.tr(T::BillingDate)}</dt>
                <dd>{move || upcoming(|u| date_text(u.billing_date))}</dd>
                <dt>{language.tr(T::Lines)}</dt>
                <dd>{move || upcoming(|u| u.line_count.to_string())}</dd>
                <dt>{language.tr(T::Total)}</dt>
                <dd class="invoice-total">
                    {move || invoices.with(|l| money_in(l.upcoming.total, &currency()))}
                </dd>
            </dl>
            <button
                type="button"
                on:click=move |_| {
                    picked.set(Some(invoices.with_untracked(|l| l.upcoming.billing_date)))
                }
            >
                {language.tr(T::ShowUpcoming)}
            </button>
        </section>
    }
}

/// The invoices issued up to today, newest first, each with the button that shows it below.
#[component]
fn IssuedInvoices(
    invoices: Memo<Arc<InvoiceList>>,
    shown_date: Memo<NaiveDate>,
    picked: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let settings = use_settings();
    let language = use_language();
    let currency = move || settings.with(|s| s.currency.clone());
    let invoice_rows = move || {
        invoices
            .get()
            .issued
            .iter()
            .cloned()
            .map(|s| {
                let date = s.billing_date;
                let shown = move || shown_date.get() == date;
                view! {
                    <tr class:selected=shown>
                        <th scope="row">{s.number.clone()}</th>
                        <td>{date_text(s.billing_date)}</td>
                        <td>{date_text(s.due_date)}</td>
                        <td class="num">{s.line_count}</td>
                        <td class="num">{money_text(s.total)}</td>
                        <td>
                            <button
                                type="button"
                                aria-pressed=move || shown().to_string()
                                on:click=move |_| picked.set(Some(date))
                            >
                                {move || language.get().fill(T::ShowInvoice, &[&s.number])}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="invoices-heading">
            <h2 id="invoices-heading">{language.tr(T::Invoices)}</h2>
            <Show
                when=move || invoices.with(|list| !list.issued.is_empty())
                fallback=move || view! { <p>{language.tr(T::NoInvoiceYet)}</p> }
            >
                <TableScroll label=language.tr(T::IssuedCaption)>
                <table class="invoices">
                    <caption>{language.tr(T::IssuedCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{language.tr(T::InvoiceNumber)}</th>
                            <th scope="col">{language.tr(T::BillingDate)}</th>
                            <th scope="col">{language.tr(T::DueDate)}</th>
                            <th scope="col">{language.tr(T::Lines)}</th>
                            <th scope="col">{move || language.get().fill(T::TotalIn, &[&currency()])}</th>
                            <th scope="col">{language.tr(T::ShownBelow)}</th>
                        </tr>
                    </thead>
                    <tbody>{invoice_rows}</tbody>
                </table>
                </TableScroll>
            </Show>
        </section>
    }
}
