//! A wide table on a narrow screen scrolls sideways inside its own box instead of making the
//! whole page pan. The box is a labelled region that takes keyboard focus, so that a keyboard
//! user can scroll it with the arrow keys and a screen reader names it (WCAG 2.1.1; axe's
//! "scrollable-region-focusable").

use leptos::prelude::*;

#[component]
pub fn TableScroll(
    /// What the table holds, as its caption says it: the region's accessible name.
    #[prop(into)]
    label: TextProp,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">
            {children()}
        </div>
    }
}
