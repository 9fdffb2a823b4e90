//! `/imports`: a price list (SPEC P9) and customers from CSV files. The partner chooses a file
//! or pastes its text, the core checks all of it and shows what would change, and one button
//! applies it as one recorded action. A file with any bad row lists every bad row with its line
//! and reason at the field, and offers nothing to apply.

mod csv_import;
pub(super) mod customer_import;
mod price_list_import;

use super::set_title;
use crate::components::book_notice::BookNotice;
use customer_import::CustomerImport;
use leptos::prelude::*;
use price_list_import::PriceListImport;

#[component]
pub fn Imports() -> impl IntoView {
    set_title("Imports");
    view! {
        <h1>"Imports"</h1>
        <BookNotice />
        <p>
            "A file is checked completely before anything changes: you see what it would do and \
             confirm. If any row is wrong, every wrong row is listed with its line, and nothing \
             is applied."
        </p>
        <section class="import" aria-labelledby="import-price-list">
            <h2 id="import-price-list">"Import a price list"</h2>
            <PriceListImport />
        </section>
        <section class="import" aria-labelledby="import-customers">
            <h2 id="import-customers">"Import customers"</h2>
            <CustomerImport />
        </section>
    }
}
