//! "Why?": the link from a refusal or a hint to the rule behind it, in plain words
//! (`/rules/:id`), so the text the partner reads carries no rule ids.

use crate::state::language::use_language;
use leptos::prelude::*;
use leptos_router::components::A;
use partnerdesk_l10n::CommonText;

#[component]
pub fn WhyLink(#[prop(into)] rule: String) -> impl IntoView {
    let language = use_language();
    let href = format!("/rules/{}", rule.to_ascii_lowercase());
    view! { " " <A href=href attr:class="why">{language.tr(CommonText::Why)}</A> }
}
