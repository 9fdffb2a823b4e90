//! Recorded actions in words, newest first, each with the day it took effect.

use crate::components::format::date_text;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::event::Event;
use partnerdesk_core::reports::history::describe;

/// `events` in the order they were recorded; only those up to `today` are shown, as every
/// other view shows the book as of today.
#[component]
pub fn HistoryList(
    label: String,
    events: Vec<Event>,
    catalog: Catalog,
    today: chrono::NaiveDate,
) -> impl IntoView {
    let shown: Vec<Event> = events.into_iter().filter(|e| e.date <= today).collect();
    if shown.is_empty() {
        return view! { <p>"Nothing recorded yet."</p> }.into_any();
    }
    let items = shown
        .iter()
        .rev()
        .map(|e| {
            view! {
                <li>
                    <time datetime=e.date.to_string()>{date_text(e.date)}</time>
                    " — "
                    {describe(e, &catalog)}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="history" reversed aria-label=label>{items}</ol> }.into_any()
}
