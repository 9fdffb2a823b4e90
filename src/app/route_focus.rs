//! After a move to another page, keyboard focus goes to that page's heading, as it would after a
//! page load: a screen reader then reads where the partner is, and Tab continues from the page
//! rather than from the link that was clicked in the navigation.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_location;

#[component]
pub fn FocusOnNavigation() -> impl IntoView {
    let pathname = use_location().pathname;
    // The first page is a page load: the browser's own start of focus is right there.
    let first_page = StoredValue::new(true);
    Effect::new(move |_| {
        pathname.track();
        if first_page.get_value() {
            first_page.set_value(false);
            return;
        }
        // The new page renders with the location: one frame later its heading is there.
        request_animation_frame(focus_heading);
    });
}

fn focus_heading() {
    let Some(heading) = document().query_selector("main h1").ok().flatten() else {
        return;
    };
    // A heading takes focus only from script, never from Tab.
    let _ = heading.set_attribute("tabindex", "-1");
    let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
}
