//! Previous and next page of a long list, with "Page X of Y".

use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_l10n::CommonText;

#[component]
pub fn Pager(
    /// Names the list, e.g. "Customers pages".
    #[prop(into)]
    label: TextProp,
    page: RwSignal<usize>,
    #[prop(into)] count: Signal<usize>,
) -> impl IntoView {
    let language = use_language();
    let at_start = move || page.get() <= 1;
    let at_end = move || page.get() >= count.get();
    view! {
        <nav class="pager" aria-label=label>
            <button type="button" disabled=at_start on:click=move |_| page.update(|p| *p = p.saturating_sub(1).max(1))>
                {language.tr(CommonText::PreviousPage)}
            </button>
            <span aria-live="polite">{move || {
                let shown = page.get().min(count.get()).max(1);
                let pages = count.get();
                // Page numbers are not grouped by thousands, in any language.
                language.get().fill(CommonText::PageOf, &[&shown.to_string(), &pages.to_string()])
            }}</span>
            <button type="button" disabled=at_end on:click=move |_| page.update(|p| *p += 1)>
                {language.tr(CommonText::NextPage)}
            </button>
        </nav>
    }
}
