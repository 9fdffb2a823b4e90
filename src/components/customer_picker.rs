//! Choosing one customer among thousands: a search box narrows a select to the first matches.

use super::action_check::ActionCheck;
use super::issue::FieldIssue;
use crate::book_state::use_book;
use crate::customer_index::{select, SortBy};
use leptos::prelude::*;

/// More options than this make a select slow to render and to scan.
const SHOWN: usize = 100;

#[component]
pub fn CustomerPicker(check: ActionCheck, value: RwSignal<String>) -> impl IntoView {
    let book = use_book();
    let rows = book.customer_rows();
    let query = RwSignal::new(String::new());
    let matches = Memo::new(move |_| {
        let q = query.get();
        rows.with(|rows| {
            let found = select(rows, &q, SortBy::Name);
            let total = found.len();
            let shown: Vec<(String, String)> = book.with(|b| {
                found
                    .into_iter()
                    .take(SHOWN)
                    .map(|i| {
                        let c = rows[i].customer(b);
                        (c.id.clone(), format!("{} ({})", c.company_name, c.domain))
                    })
                    .collect()
            });
            (shown, total)
        })
    });
    // A customer hidden by the search must not stay chosen out of sight.
    let search = move |ev: leptos::ev::Event| {
        query.set(event_target_value(&ev));
        let chosen = value.get_untracked();
        if !matches.with_untracked(|(shown, _)| shown.iter().any(|(id, _)| *id == chosen)) {
            value.set(String::new());
        }
    };
    let search_id = check.id("customer-search");
    let select_id = check.id("customer");
    let count_id = format!("{search_id}-count");
    let field = "customer";
    view! {
        <div class="field">
            <label for=search_id.clone()>"Find a customer"</label>
            <input
                id=search_id
                type="search"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=search
                aria-describedby=count_id.clone()
            />
            <p id=count_id class="hint" aria-live="polite">
                {move || {
                    let (shown, total) = matches.get();
                    if total > shown.len() {
                        format!("{total} customers match; the first {} are listed. Type more of the name to narrow.", shown.len())
                    } else {
                        format!("{total} customers match.")
                    }
                }}
            </p>
        </div>
        <div class="field">
            <label for=select_id.clone()>"Customer"</label>
            <select
                id=select_id
                on:change:target=move |ev| value.set(ev.target().value())
                aria-invalid=check.invalid(field)
                aria-describedby=check.described_by(field, None)
            >
                <option value="" selected=move || value.get().is_empty()>"Choose a customer"</option>
                {move || {
                    let chosen = value.get();
                    matches
                        .get()
                        .0
                        .into_iter()
                        .map(|(id, text)| {
                            let selected = id == chosen;
                            view! { <option value=id selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <FieldIssue id=check.error_id(field) message=Signal::derive(check.message(field)) />
        </div>
    }
}
