//! Finding controls the way a user does (by label, by button text) and acting on them.

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos::wasm_bindgen::JsCast;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// A view mounted into its own element of the page, taken down again when dropped.
pub struct Mounted<M: Mountable> {
    pub root: HtmlElement,
    handle: Option<UnmountHandle<M>>,
    owner: Owner,
}

impl<M: Mountable> Drop for Mounted<M> {
    fn drop(&mut self) {
        self.handle.take();
        // Dropping the handle cleans up only when nothing else holds the reactive owner; the
        // router's window listeners would then outlive the view and take the next test's
        // clicks. Cleaning up explicitly removes them.
        self.owner.cleanup();
        self.root.remove();
    }
}

pub fn mount<F, N>(f: F) -> Mounted<N::State>
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let owner = Rc::new(RefCell::new(None));
    let seen = Rc::clone(&owner);
    let handle = mount_to(root.clone(), move || {
        *seen.borrow_mut() = Owner::current();
        f()
    });
    let owner = owner.take().expect("mount_to runs the view under an owner");
    Mounted {
        root,
        handle: Some(handle),
        owner,
    }
}

/// Lets the app react to what the test just did: the executor's queued tasks, then one turn of
/// the browser's event loop for whatever they scheduled in turn.
pub async fn settle() {
    leptos::task::tick().await;
    next_turn().await;
}

/// One turn of the browser's event loop (a zero-delay timer). Ticks of the executor alone run
/// as microtasks and can starve what the router and the renderer leave for the next turn.
pub async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `done` holds, turn by turn of the event loop; panics after 15 seconds, naming
/// what never happened (generous: a loaded 2-core machine is slow, and a wait that succeeds
/// returns as soon as it can).
pub async fn until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = js_sys::Date::now() + 15_000.0;
    while !done() {
        if js_sys::Date::now() > deadline {
            panic!("never happened within 15 s: {what}");
        }
        leptos::task::tick().await;
        next_turn().await;
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn text_of(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_string()
}

/// The control whose `<label>` reads exactly `label`.
pub fn labelled<T: JsCast>(root: &Element, label: &str) -> T {
    let label_el = all(root, "label")
        .into_iter()
        .find(|l| text_of(l) == label)
        .unwrap_or_else(|| panic!("no label {label:?}"));
    let id = label_el
        .get_attribute("for")
        .expect("label has a for attribute");
    // Looked up inside this mount: an element of another test's page may carry the same id.
    all(root, &format!("[id='{id}']"))
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("label {label:?} points at missing #{id}"))
        .unchecked_into()
}

/// The button whose text reads exactly `name`.
pub fn button(root: &Element, name: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| text_of(b) == name)
        .unwrap_or_else(|| panic!("no button {name:?}"))
        .unchecked_into()
}

pub fn has_button(root: &Element, name: &str) -> bool {
    all(root, "button").iter().any(|b| text_of(b) == name)
}

pub fn link(root: &Element, name: &str) -> HtmlElement {
    all(root, "a")
        .into_iter()
        .find(|a| text_of(a) == name)
        .unwrap_or_else(|| panic!("no link {name:?}"))
        .unchecked_into()
}

/// Text of the first element matching `selector`.
pub fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| text_of(&e))
        .unwrap_or_else(|| panic!("nothing matches {selector:?}"))
}

pub fn heading(root: &Element) -> String {
    text(root, "h1")
}

/// Types into a text field as a user would: new value, then the input event.
pub async fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
}

pub async fn click(el: &HtmlElement) {
    el.click();
    settle().await;
}

/// Puts the page at `path` before a router is mounted, as opening a deep link does.
pub fn open_at(path: &str) {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&leptos::wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
}

/// Answers the first visit's question (which program the book bills under) as a partner does:
/// the radio labelled `program`, then the button.
pub async fn start_with_program(root: &Element, program: &str) {
    let choice: HtmlInputElement = labelled(root, program);
    click(choice.unchecked_ref()).await;
    click(&button(root, "Start with this program")).await;
}
