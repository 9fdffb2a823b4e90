//! The page of a path that has no page.

use super::page_title;
use crate::state::language::use_language;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use partnerdesk_l10n::Key;

#[component]
pub fn NotFound() -> impl IntoView {
    let language = use_language();
    page_title(Key::NotFoundTitle);
    let path = use_location().pathname;
    let around = move || language.get().around(Key::NothingLivesAt);
    view! {
        <h1>{language.tr(Key::NotFoundTitle)}</h1>
        <p>{move || around().0} <code>{move || path.get()}</code> {move || around().1}</p>
        <p>
            <A href="/">{language.tr(Key::GoToDashboard)}</A>
        </p>
    }
}
