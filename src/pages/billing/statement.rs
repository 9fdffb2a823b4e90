//! An invoice as an accountant reads it: each customer's subtotal with the invoice's total
//! below them, and one customer's statement of the invoice, ready to print.

use crate::components::charge_lines::ChargeLinesTable;
use crate::components::format::{count_text, date_text, money_in, money_text};
use crate::components::paged::PagedRange;
use crate::components::table_scroll::TableScroll;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use crate::state::views::{Names, ShownInvoice};
use leptos::prelude::*;
use partnerdesk_core::billing::invoice::{CustomerSubtotal, LineFilter};
use partnerdesk_l10n::BillingText as T;
use std::ops::Range;
use std::sync::Arc;

/// Rows of the invoice's customers and of its lines shown a page: drawing the page's rows is
/// most of Billing's opening (measured in the views bench on 10,000 customers: 50 rows in both
/// tables, 110 ms; 10 rows, 52 ms), and the filters find a customer's or a type's lines.
pub(super) const INVOICE_ROWS_PER_PAGE: usize = 25;

fn name_of(names: &Names, id: &str) -> String {
    names.get(id).cloned().unwrap_or_default()
}

/// Each customer's lines and subtotal, a page at a time, the invoice's total in the last row.
#[component]
pub fn CustomerSubtotals(
    invoice: Memo<Arc<ShownInvoice>>,
    names: Memo<Names>,
    /// The customer whose statement is open.
    statement_of: RwSignal<Option<String>>,
) -> impl IntoView {
    let settings = use_settings();
    let language = use_language();
    let render = move |range: Range<usize>| {
        let page: Vec<CustomerSubtotal> = invoice.with(|i| i.subtotals[range].to_vec());
        let lang = language.now();
        let currency = settings.get_untracked().currency;
        let names = names.get_untracked();
        let rows = page
            .into_iter()
            .map(|s| {
                let name = name_of(&names, &s.customer_id);
                let id = s.customer_id.to_string();
                let open = lang.fill(T::StatementFor, &[&name]);
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td class="num">{count_text(s.line_count as u64)}</td>
                        <td class="num">{money_text(s.total)}</td>
                        <td>
                            <button type="button" on:click=move |_| statement_of.set(Some(id.clone()))>
                                {open}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let (lines, total) = invoice.with_untracked(|i| (i.invoice.lines.len(), i.invoice.total));
        view! {
            <TableScroll label=lang.text(T::SubtotalsCaption)>
            <table class="subtotals">
                <caption>{lang.text(T::SubtotalsCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{lang.text(T::Customer)}</th>
                        <th scope="col">{lang.text(T::Lines)}</th>
                        <th scope="col">{lang.fill(T::SubtotalIn, &[&currency])}</th>
                        <th scope="col">{lang.text(T::Statement)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr class="totals">
                        <th scope="row">{lang.text(T::InvoiceTotal)}</th>
                        <td class="num">{count_text(lines as u64)}</td>
                        <td class="num">{money_text(total)}</td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
            </TableScroll>
        }
    };
    view! {
        <section aria-labelledby="subtotals-heading">
            <h3 id="subtotals-heading">{language.tr(T::CustomersOnInvoice)}</h3>
            {move || {
                let lang = language.get();
                let count = Signal::derive(move || invoice.with(|i| i.subtotals.len()));
                view! {
                    <PagedRange label=lang.text(T::PagesOfSubtotals) count per_page=INVOICE_ROWS_PER_PAGE empty=lang.text(T::NoLines) render />
                }
            }}
        </section>
    }
}

/// One customer's part of the invoice as a statement: who bills whom, the invoice, the lines
/// and their total. Printing shows this alone (style/cockpit.css).
#[component]
pub fn Statement(
    invoice: Memo<Arc<ShownInvoice>>,
    names: Memo<Names>,
    statement_of: RwSignal<Option<String>>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let language = use_language();
    let statement = move || {
        let customer = statement_of.get()?;
        let lang = language.get();
        let partner = settings.with(|s| s.name.clone());
        let currency = settings.with(|s| s.currency.clone());
        let customer_name = names.with(|n| name_of(n, &customer));
        let (number, billing, due, selection) = invoice.with(|i| {
            let filter = LineFilter {
                customer_id: Some(customer.clone()),
                charge_type: None,
            };
            (
                i.invoice.number.clone(),
                i.invoice.billing_date,
                i.invoice.due_date,
                i.invoice.select(&filter),
            )
        });
        let catalog = book.catalog().get_untracked();
        let print = |_| {
            if let Some(window) = web_sys::window() {
                // A browser without printing just does nothing; the statement stays shown.
                let _ = window.print();
            }
        };
        Some(view! {
            <section aria-labelledby="statement-heading" class="statement">
                <h2 id="statement-heading">{lang.fill(T::StatementHeading, &[&number, &customer_name])}</h2>
                <dl class="facts">
                    <dt>{lang.text(T::From)}</dt>
                    <dd>{partner}</dd>
                    <dt>{lang.text(T::To)}</dt>
                    <dd class="statement-customer">{customer_name.clone()}</dd>
                    <dt>{lang.text(T::InvoiceNumber)}</dt>
                    <dd>{number}</dd>
                    <dt>{lang.text(T::BillingDate)}</dt>
                    <dd>{date_text(billing)}</dd>
                    <dt>{lang.text(T::DueDate)}</dt>
                    <dd>{date_text(due)}</dd>
                    <dt>{lang.text(T::Total)}</dt>
                    <dd class="statement-total">{money_in(selection.total, &currency)}</dd>
                </dl>
                <ChargeLinesTable
                    caption=lang.fill(T::LinesFor, &[&customer_name])
                    lines=selection.lines
                    catalog
                    currency=currency.clone()
                />
                <p class="statement-sum">
                    {lang.fill(T::TotalFor, &[&customer_name, &money_in(selection.total, &currency)])}
                </p>
                <div class="statement-actions">
                    <button type="button" on:click=print>{lang.text(T::Print)}</button>
                    <button type="button" on:click=move |_| statement_of.set(None)>{lang.text(T::CloseStatement)}</button>
                </div>
            </section>
        })
    };
    view! { {statement} }
}
