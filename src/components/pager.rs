//! Previous and next page of a long list, with "Page X of Y".

use leptos::prelude::*;

#[component]
pub fn Pager(
    /// Names the list, e.g. "Customers pages".
    label: &'static str,
    page: RwSignal<usize>,
    #[prop(into)] count: Signal<usize>,
) -> impl IntoView {
    let at_start = move || page.get() <= 1;
    let at_end = move || page.get() >= count.get();
    view! {
        <nav class="pager" aria-label=label>
            <button type="button" disabled=at_start on:click=move |_| page.update(|p| *p = p.saturating_sub(1).max(1))>
                "Previous page"
            </button>
            <span aria-live="polite">{move || format!("Page {} of {}", page.get().min(count.get()).max(1), count.get())}</span>
            <button type="button" disabled=at_end on:click=move |_| page.update(|p| *p += 1)>
                "Next page"
            </button>
        </nav>
    }
}
