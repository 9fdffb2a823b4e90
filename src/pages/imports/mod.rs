//! `/imports`: a price list (SPEC P9) and customers from CSV files. The partner chooses a file
//! or pastes its text, the core checks all of it and shows what would change, and one button
//! applies it as one recorded action. A file with any bad row lists every bad row with its line
//! and reason at the field, and offers nothing to apply.

mod csv_import;
pub(super) mod customer_import;
mod price_list_import;

use super::page_title;
use crate::components::book_notice::BookNotice;
use crate::state::language::use_language;
use customer_import::CustomerImport;
use leptos::prelude::*;
use partnerdesk_l10n::ImportsText as T;
use price_list_import::PriceListImport;

#[component]
pub fn Imports() -> impl IntoView {
    page_title(T::Title);
    let language = use_language();
    view! {
        <h1>{language.tr(T::Title)}</h1>
        <BookNotice />
        <p>{language.tr(T::CheckedFirst)}</p>
        <section class="import" aria-labelledby="import-price-list">
            <h2 id="import-price-list">{language.tr(T::ImportPriceList)}</h2>
            <PriceListImport />
        </section>
        <section class="import" aria-labelledby="import-customers">
            <h2 id="import-customers">{language.tr(T::ImportCustomers)}</h2>
            <CustomerImport />
        </section>
    }
}
