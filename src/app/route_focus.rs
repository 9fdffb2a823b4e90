//! The page's main region. After a route change, keyboard focus moves to the new page's
//! heading, so that a screen reader announces where the partner arrived and Tab continues from
//! the page's top instead of from the link that was followed (which may no longer be there).
//! The first page of a visit keeps the browser's own start, where the skip link comes first.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_location;
use std::cell::Cell;
use std::rc::Rc;

/// How many frames (about ten seconds) a new page's heading is waited for: a page loaded on
/// demand, or one waiting for the book's derivation, shows its heading only later.
const FRAMES_WAITED: u32 = 600;

/// `<main>` around the routes. It watches the path (not the query: a tab or a filter of the
/// same page is not a new page).
#[component]
pub fn MainRegion(children: Children) -> impl IntoView {
    let path = use_location().pathname;
    // Which route change the heading is looked for: a later one stops the earlier's wait.
    let change = Rc::new(Cell::new(0u64));
    // Not on the first page: `immediate` false runs only on a change of path.
    Effect::watch(
        move || path.get(),
        move |_, _, _| {
            change.set(change.get() + 1);
            focus_heading_when_shown(change.clone(), change.get(), None, FRAMES_WAITED);
        },
        false,
    );
    view! {
        <main id="main" tabindex="-1">
            {children()}
        </main>
    }
}

/// Focuses the page's heading at the first frame one is shown, unless the path changed again;
/// and again while the page is being waited for, when the heading focused goes (the previous
/// page's, kept on screen until a page loaded on demand arrives) and focus fell to the body.
fn focus_heading_when_shown(
    change: Rc<Cell<u64>>,
    mine: u64,
    focused: Option<web_sys::Element>,
    frames_left: u32,
) {
    request_animation_frame(move || {
        if change.get() != mine {
            return;
        }
        let focused = match focused {
            Some(heading) if heading.is_connected() => Some(heading),
            // The partner moved on from the heading: leave focus where they put it.
            Some(_) if !focus_is_on_body() => return,
            _ => document()
                .query_selector("main h1")
                .ok()
                .flatten()
                .inspect(focus),
        };
        if frames_left > 0 {
            focus_heading_when_shown(change, mine, focused, frames_left - 1);
        }
    });
}

fn focus_is_on_body() -> bool {
    let document = document();
    document.active_element().is_none()
        || document.active_element() == document.body().map(Into::into)
}

fn focus(heading: &web_sys::Element) {
    // A heading takes focus only from script, and doesn't join the Tab order.
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    let _ = heading.unchecked_ref::<web_sys::HtmlElement>().focus();
}
