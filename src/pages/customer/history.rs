//! Recorded actions in words, newest first, each with the day it took effect; an action a
//! later correction undid is marked as undone.

use crate::components::format::date_text;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::event::Event;
use partnerdesk_core::reports::history::history_entries;

/// `events` in the order they were recorded; only those up to `today` are shown, as every
/// other view shows the book as of today. `customer_events` are all of the customer's: they
/// say which were undone.
#[component]
pub fn HistoryList(
    label: String,
    events: Vec<Event>,
    customer_events: Vec<Event>,
    catalog: Catalog,
    today: chrono::NaiveDate,
) -> impl IntoView {
    let language = use_language();
    let entries = history_entries(&events, &customer_events, &catalog, today);
    if entries.is_empty() {
        return view! { <p>"Nothing recorded yet."</p> }.into_any();
    }
    let items = entries
        .into_iter()
        .rev()
        .map(|e| {
            view! {
                <li class:undone=e.undone>
                    <time datetime=e.date.to_string()>{date_text(e.date)}</time>
                    " — "
                    {move || language.get().say(&e.say)}
                    {e.undone.then_some(" (undone)")}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="history" reversed aria-label=label>{items}</ol> }.into_any()
}
