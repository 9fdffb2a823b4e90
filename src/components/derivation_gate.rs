//! What a view of the derived book shows until the book's derivation is ready (it is worked
//! out in the background, `state::book_state`): a line saying how far it has come, in place of
//! figures that would be stale or empty.

use crate::components::format::count_text;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_l10n::CommonText as T;

/// `children` once the book's derivation is ready; until then the progress line.
#[component]
pub fn DerivationGate(children: ChildrenFn) -> impl IntoView {
    let derived = use_book().all();
    let language = use_language();
    let progress = move || {
        let lang = language.get();
        match derived.progress() {
            Some(p) if p.of > 0 => lang.fill(
                T::WorkingOutInvoicesOf,
                &[&count_text(p.done as u64), &count_text(p.of as u64)],
            ),
            _ => lang.text(T::WorkingOutInvoices).to_string(),
        }
    };
    view! {
        <Show
            when=move || derived.is_ready()
            fallback=move || view! { <p role="status" class="derivation-progress">{progress}</p> }
        >
            {children()}
        </Show>
    }
}
