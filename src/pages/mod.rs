//! One page per route. Pages whose capability comes in a later release say so plainly.

pub mod billing;
pub mod catalog;
pub mod customer;
pub mod customers;
pub mod dashboard;
pub mod not_found;
pub mod recovery;
pub mod settings;

use leptos::prelude::*;

/// Names the page in the browser tab and history, which screen readers announce on navigation.
fn set_title(page: &str) {
    document().set_title(&format!("{page} · PartnerDesk"));
}

/// The honest placeholder of a capability that a later release brings.
#[component]
fn Upcoming(what: &'static str, release: &'static str) -> impl IntoView {
    view! {
        <p class="upcoming">
            {what} " arrive with the " <strong>{release}</strong> " release. Nothing here works yet."
        </p>
    }
}
