//! `/billing`: the invoices up to today (R1), the upcoming one as it stands, an invoice's lines
//! by customer and charge type, its reconciliation file in both CSV dialects (R2–R5), and the
//! trial pipeline export (trials are never billed, so no reconciliation file lists them).

pub(super) mod downloads;
mod invoice_view;
mod statement;
mod trial_pipeline;

use super::set_title;
use crate::components::book_notice::BookNotice;
use crate::components::charge_lines::CustomerNames;
use crate::components::format::{date_text, money_in, money_text};
use crate::components::table_scroll::TableScroll;
use crate::state::book_state::use_book;
use crate::state::settings_context::use_settings;
use chrono::NaiveDate;
use invoice_view::InvoiceView;
use leptos::prelude::*;
use partnerdesk_core::billing::invoice::InvoiceSummary;
use std::sync::Arc;
use trial_pipeline::TrialPipeline;

#[component]
pub fn Billing() -> impl IntoView {
    set_title("Billing");
    let book = use_book();
    let summaries = Memo::new(move |_| {
        let mut list = book.all().with(|state| state.invoice_summaries());
        list.reverse();
        list
    });
    let upcoming_date = Memo::new(move |_| book.all().with(|state| state.horizon));
    // The invoice the partner picked; by default the latest issued, or the upcoming one.
    let picked = RwSignal::new(None::<NaiveDate>);
    let shown_date = Memo::new(move |_| {
        let upcoming = upcoming_date.get();
        let issued = summaries.with(|list| list.iter().map(|s| s.billing_date).collect::<Vec<_>>());
        match picked.get() {
            // A date moved out of reach by time travel falls back to the default.
            Some(d) if d == upcoming || issued.contains(&d) => d,
            _ => issued.first().copied().unwrap_or(upcoming),
        }
    });
    let invoice = Memo::new(move |_| {
        let date = shown_date.get();
        book.all().with(|state| state.invoice(date))
    });
    let names: Memo<CustomerNames> = Memo::new(move |_| {
        book.all().with(|state| {
            Arc::new(
                state
                    .customers
                    .iter()
                    .map(|c| (Arc::from(c.id.as_str()), c.company_name.clone()))
                    .collect(),
            )
        })
    });
    view! {
        <h1>"Billing"</h1>
        <BookNotice />
        <UpcomingInvoice upcoming_date picked />
        <IssuedInvoices summaries shown_date picked />
        <InvoiceView invoice upcoming_date names />
        <TrialPipeline />
        <p>
            "Check Microsoft's invoice against the book: "
            <a href="/billing/reconcile">"Reconcile Microsoft's file"</a> "."
        </p>
        <section aria-labelledby="imports-heading">
            <h2 id="imports-heading">"Imports"</h2>
            <p>
                "A new price list or a list of customers is imported on the "
                <a href="/imports">"Imports page"</a> "."
            </p>
        </section>
    }
}

/// The upcoming invoice's figures as they stand, and the button that shows its lines.
#[component]
fn UpcomingInvoice(
    upcoming_date: Memo<NaiveDate>,
    picked: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let currency = move || settings.with(|s| s.currency.clone());
    let upcoming = Memo::new(move |_| book.all().with(|state| state.upcoming_invoice()).summary());
    view! {
        <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">"Upcoming invoice"</h2>
            <p class="hint">"As it stands if nothing else happens before its billing date; not issued yet."</p>
            <dl class="facts">
                <dt>"Invoice number"</dt>
                <dd>{move || upcoming.with(|u| u.number.clone())}</dd>
                <dt>"Billing date"</dt>
                <dd>{move || upcoming.with(|u| date_text(u.billing_date))}</dd>
                <dt>"Lines"</dt>
                <dd>{move || upcoming.with(|u| u.line_count)}</dd>
                <dt>"Total"</dt>
                <dd class="invoice-total">
                    {move || upcoming.with(|u| money_in(u.total, &currency()))}
                </dd>
            </dl>
            <button type="button" on:click=move |_| picked.set(Some(upcoming_date.get_untracked()))>
                "Show the upcoming invoice"
            </button>
        </section>
    }
}

/// The invoices issued up to today, newest first, each with the button that shows it below.
#[component]
fn IssuedInvoices(
    summaries: Memo<Vec<InvoiceSummary>>,
    shown_date: Memo<NaiveDate>,
    picked: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let settings = use_settings();
    let currency = move || settings.with(|s| s.currency.clone());
    let invoice_rows = move || {
        summaries
            .get()
            .into_iter()
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
                                {format!("Show {}", s.number)}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="invoices-heading">
            <h2 id="invoices-heading">"Invoices"</h2>
            <Show
                when=move || summaries.with(|list| !list.is_empty())
                fallback=|| view! { <p>"No invoice has been issued up to today."</p> }
            >
                <TableScroll label="Invoices issued up to today, newest first">
                <table class="invoices">
                    <caption>"Invoices issued up to today, newest first"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Invoice number"</th>
                            <th scope="col">"Billing date"</th>
                            <th scope="col">"Due date"</th>
                            <th scope="col">"Lines"</th>
                            <th scope="col">{move || format!("Total ({})", currency())}</th>
                            <th scope="col">"Shown below"</th>
                        </tr>
                    </thead>
                    <tbody>{invoice_rows}</tbody>
                </table>
                </TableScroll>
            </Show>
        </section>
    }
}
