//! The page's main region. After a route change, keyboard focus moves to the new page's
//! heading, so that a screen reader announces where the partner arrived and Tab continues from
//! the page's top instead of from the link that was followed (which may no longer be there).
//! The first page of a visit keeps the browser's own start, where the skip link comes first.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_location;

/// `<main>` around the routes. It watches the path (not the query: a tab or a filter of the
/// same page is not a new page).
#[component]
pub fn MainRegion(children: Children) -> impl IntoView {
    let path = use_location().pathname;
    // Not on the first page: `immediate` false runs only on a change of path. The new page
    // renders in the same turn as the path changes; its heading exists by the next frame.
    Effect::watch(
        move || path.get(),
        |_, _, _| request_animation_frame(focus_heading),
        false,
    );
    view! {
        <main id="main" tabindex="-1">
            {children()}
        </main>
    }
}

fn focus_heading() {
    let Ok(Some(heading)) = document().query_selector("main h1") else {
        return;
    };
    // A heading takes focus only from script, and doesn't join the Tab order.
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
}
