//! After a move to another page, keyboard focus goes to that page's heading, as it would after a
//! page load: a screen reader then reads where the partner is, and Tab continues from the page
//! rather than from the link that was clicked in the navigation.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_location;

/// For how many frames the heading is focused again: the router may still be swapping the old
/// page for the new one in the first (the heading focused then is the old one).
const FRAMES: u32 = 5;

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
        focus_heading(FRAMES);
    });
}

/// Focuses the page's heading in the next frame and in the few after, unless it has focus.
fn focus_heading(frames_left: u32) {
    request_animation_frame(move || {
        let heading = document().query_selector("main h1").ok().flatten();
        if let Some(h) = heading {
            if document().active_element().as_ref() != Some(&h) {
                // A heading takes focus only from script, never from Tab.
                let _ = h.set_attribute("tabindex", "-1");
                let _ = h.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
        if frames_left > 0 {
            focus_heading(frames_left - 1);
        }
    });
}
