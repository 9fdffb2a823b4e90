//! Charge lines as the partner will meet them on invoices: type, dates, quantity, unit price,
//! amount, and the billing date of the invoice each one lands on. The charge type is written as
//! Partner Center writes it in its files, in every language. Written in the language in use when
//! drawn: the page draws it again when the language changes.

use super::format::{date_text, money_text, offer_name, span_text};
use super::table_scroll::TableScroll;
use crate::state::language::current_lang;
use leptos::prelude::*;
use partnerdesk_core::base::fast_hash::FastHashMap;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::charge_line::ChargeLine;
use partnerdesk_l10n::{ActionsText, CommonText};
use std::sync::Arc;

/// Company names by customer id, for lines of many customers.
pub type CustomerNames = Arc<FastHashMap<Arc<str>, String>>;

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
    let lang = current_lang();
    let customer_header = customers
        .is_some()
        .then(|| view! { <th scope="col">{lang.text(ActionsText::Customer)}</th> });
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
                    <td class="num">{lang.count(l.quantity.into())}</td>
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
                    <th scope="col">{lang.text(CommonText::Offer)}</th>
                    <th scope="col">{lang.text(ActionsText::ChargeType)}</th>
                    <th scope="col">{lang.text(ActionsText::ChargeDates)}</th>
                    <th scope="col">{lang.text(CommonText::Quantity)}</th>
                    <th scope="col">{lang.fill(ActionsText::UnitPriceIn, &[&currency])}</th>
                    <th scope="col">{lang.fill(ActionsText::AmountIn, &[&currency])}</th>
                    <th scope="col">{lang.text(CommonText::InvoiceDate)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </TableScroll>
    }
}
