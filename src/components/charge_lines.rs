//! Charge lines as the partner will meet them on invoices: type, dates, quantity, unit price,
//! amount, and the billing date of the invoice each one lands on.

use super::format::{date_text, money_text, offer_name, span_text};
use super::table_scroll::TableScroll;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::charge_line::ChargeLine;
use std::collections::HashMap;
use std::sync::Arc;

/// Company names by customer id, for lines of many customers.
pub type CustomerNames = Arc<HashMap<Arc<str>, String>>;

#[component]
pub fn ChargeLinesTable(
    caption: String,
    lines: Vec<ChargeLine>,
    catalog: Catalog,
    currency: String,
    /// Adds a Customer column: an invoice's lines belong to many customers.
    #[prop(optional)]
    customers: Option<CustomerNames>,
) -> impl IntoView {
    let customer_header = customers
        .is_some()
        .then(|| view! { <th scope="col">"Customer"</th> });
    let rows = lines
        .into_iter()
        .map(|l| {
            let credit = l.amount.is_negative();
            let customer = customers.as_ref().map(|names| {
                let name = names.get(&l.customer_id).cloned().unwrap_or_default();
                view! { <td>{name}</td> }
            });
            view! {
                <tr class:credit=credit>
                    {customer}
                    <td>{offer_name(&catalog, &l.offer_id)}</td>
                    <td>{l.charge_type.label()}</td>
                    <td>{span_text(l.start, l.end)}</td>
                    <td class="num">{l.quantity}</td>
                    <td class="num">{money_text(l.unit_price)}</td>
                    <td class="num">{money_text(l.amount)}</td>
                    <td>{date_text(l.billing_date)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableScroll label=caption.clone()>
        <table class="lines">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    {customer_header}
                    <th scope="col">"Offer"</th>
                    <th scope="col">"Charge type"</th>
                    <th scope="col">"Charge dates"</th>
                    <th scope="col">"Quantity"</th>
                    <th scope="col">{format!("Unit price ({currency})")}</th>
                    <th scope="col">{format!("Amount ({currency})")}</th>
                    <th scope="col">"Invoice date"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </TableScroll>
    }
}
