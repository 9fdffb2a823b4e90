//! Importing customers: each row checked as the customer form checks one, all created together
//! as one recorded action, or none.

use super::csv_import::{Applying, CsvImport};
use crate::components::table_scroll::TableScroll;
use crate::forms::issue::Issue;
use crate::state::book_state::use_book;
use crate::state::ids::new_guid;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::imports::customer_import::{plan_customer_import, CUSTOMER_COLUMNS};
use partnerdesk_core::model::customer::Customer;
use partnerdesk_l10n::ImportsText as T;

/// New customers, each checked as the customer form checks one, created all together.
#[component]
pub fn CustomerImport() -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let rows = book.customer_rows();
    let check = Callback::new(move |text: String| {
        let existing: Vec<Customer> =
            rows.with(|rows| book.with(|b| rows.iter().map(|r| r.customer(b).clone()).collect()));
        let mut ids = new_guid;
        plan_customer_import(&text, &existing, &mut ids)
    });
    let preview = Callback::new(|customers: Vec<Customer>| customers_table(customers).into_any());
    let confirm_label = Callback::new(move |customers: Vec<Customer>| {
        let lang = language.now();
        match customers.len() {
            1 => lang.text(T::CreateOneCustomer).to_string(),
            n => lang.fill(T::CreateCustomers, &[&n.to_string()]),
        }
    });
    let apply = Callback::new(move |(customers, applying): (Vec<Customer>, Applying)| {
        let names: Vec<String> = customers.iter().map(|c| c.company_name.clone()).collect();
        leptos::task::spawn_local(async move {
            let lang = language.now();
            let progress = |checked: usize, all: usize| {
                let (checked, all) = (checked.to_string(), all.to_string());
                applying.progress(lang.fill(T::CheckedOf, &[&checked, &all]));
            };
            match book.import_customers(customers, progress).await {
                Ok(_) => applying.done(match names.len() {
                    1 => lang.text(T::OneCreated).to_string(),
                    n => lang.fill(T::Created, &[&n.to_string()]),
                }),
                Err((index, refusal)) => {
                    let mut issue = Issue::from(refusal);
                    if let Some(name) = index.and_then(|i| names.get(i)) {
                        issue.message = format!("{name}: {}", issue.message);
                    }
                    issue.message.push_str(lang.text(T::NoneCreated));
                    applying.refused(issue);
                }
            }
        });
    });
    view! {
        <CsvImport
            id="customers"
            labels=[T::CustomersFile, T::CustomersCsv]
            columns=&CUSTOMER_COLUMNS
            check_label=T::CheckCustomers
            check
            preview
            confirm_label
            apply
        />
    }
}

/// The first rows shown of a file of many: a table of 50,000 rows would hold the page for
/// seconds and tell the partner nothing more.
const ROWS_SHOWN: usize = 200;

/// The customers an import would create, as a table of the first `ROWS_SHOWN` of them.
pub(in crate::pages) fn customers_table(customers: Vec<Customer>) -> impl IntoView {
    let language = use_language();
    let more = customers.len().saturating_sub(ROWS_SHOWN);
    let rows = customers
        .into_iter()
        .take(ROWS_SHOWN)
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{c.company_name}</th>
                    <td>{c.domain}</td>
                    <td>{c.country}</td>
                    <td>{c.segment.label()}</td>
                    <td>{c.reseller_mpn_id.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableScroll label=language.tr(T::ToBeCreated)>
        <table class="import-plan">
            <caption>{language.tr(T::ToBeCreated)}</caption>
            <thead>
                <tr>
                    <th scope="col">{language.tr(T::CompanyName)}</th>
                    <th scope="col">{language.tr(T::PrimaryDomain)}</th>
                    <th scope="col">{language.tr(T::Country)}</th>
                    <th scope="col">{language.tr(T::Segment)}</th>
                    <th scope="col">{language.tr(T::ResellerMpnId)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </TableScroll>
        {(more > 0).then(|| view! { <p>{move || language.get().fill(T::AndMore, &[&more.to_string()])}</p> })}
    }
}
