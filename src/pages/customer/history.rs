//! Recorded actions in words, newest first, each with the day it took effect; an action a
//! later correction undid is marked as undone.

use crate::components::format::date_text;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::event::Event;
use partnerdesk_core::reports::history::history_entries;
use partnerdesk_l10n::CustomerText;

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
        return view! { <p>{language.tr(CustomerText::NothingRecorded)}</p> }.into_any();
    }
    let items = entries
        .into_iter()
        .rev()
        .map(|e| {
            let day = e.date;
            let undone = e
                .undone
                .then(|| view! { " " {language.tr(CustomerText::Undone)} });
            view! {
                <li class:undone=e.undone>
                    <time datetime=day.to_string()>{move || date_text(day)}</time>
                    " — "
                    {move || language.get().say(&e.say)}
                    {undone}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="history" reversed aria-label=label>{items}</ol> }.into_any()
}
