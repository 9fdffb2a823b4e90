//! Shared by the workflow browser tests: a book seeded through the core, the app mounted on
//! it, and reading tables and choosing options the way a user does.
#![allow(dead_code)]

use crate::support::{mount, settle, Mounted};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use partnerdesk::store::Store;
use partnerdesk::Shell;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::sample_catalog::sample_catalog;
use partnerdesk_core::model::settings::PartnerSettings;
use web_sys::{Element, HtmlSelectElement};

pub const CONTOSO: &str = "9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d";

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A book with Contoso, created on `on`, as the core records it.
pub fn contoso_book(on: NaiveDate) -> Book {
    let mut book = Book::new(
        PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into()),
        sample_catalog(),
    );
    book.execute(
        Command::CreateCustomer(Customer {
            id: CONTOSO.into(),
            company_name: "Contoso".into(),
            domain: "contoso.onmicrosoft.com".into(),
            country: "US".into(),
            segment: Segment::Commercial,
            reseller_mpn_id: None,
        }),
        on,
    )
    .unwrap();
    book
}

/// What a store on memory storage returns: it puts a book in place on the first poll, never
/// waiting for the lock that localStorage needs.
pub fn now<T>(future: impl std::future::Future<Output = T>) -> T {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut context) {
        std::task::Poll::Ready(value) => value,
        std::task::Poll::Pending => panic!("memory storage never waits"),
    }
}

pub fn store_with(book: &Book) -> Store {
    let store = Store::in_memory();
    now(store.replace_book(book.clone())).unwrap();
    store
}

/// The whole app at `path`, on `store`, with the real date `today`.
pub fn app_at(path: &str, store: Store, today: NaiveDate) -> Mounted<impl Mountable> {
    crate::support::open_at(path);
    mount(move || view! { <Shell store real_today=today /> })
}

/// The whole app at `path`, as `app_at`, in a browser whose language is `language` ("nl").
pub fn app_in(
    path: &str,
    store: Store,
    today: NaiveDate,
    language: &str,
) -> Mounted<impl Mountable> {
    crate::support::open_at(path);
    let languages = vec![language.to_string()];
    mount(move || view! { <Shell store real_today=today languages=languages.clone() /> })
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|n| n.unchecked_into())
        .collect()
}

pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

/// The cells of every body row of the first table matching `selector`.
pub fn table(root: &Element, selector: &str) -> Vec<Vec<String>> {
    all(root, &format!("{selector} tbody tr"))
        .iter()
        .map(|row| texts(row, "th, td"))
        .collect()
}

/// Lets Leptos finish rendering: a view opened by a click fills its controls a turn later.
pub async fn settled() {
    for _ in 0..4 {
        settle().await;
    }
}

/// Clicks and waits until the page has rendered what the click opened.
pub async fn press(el: &web_sys::HtmlElement) {
    el.click();
    settled().await;
}

pub async fn choose(select: &HtmlSelectElement, value: &str) {
    select.set_value(value);
    assert_eq!(select.value(), value, "the select has an option {value:?}");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settled().await;
}

/// The element of the button named `name`, by its text or aria-label.
pub fn named_button(root: &Element, name: &str) -> web_sys::HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| {
            b.get_attribute("aria-label").as_deref() == Some(name)
                || b.text_content().unwrap_or_default().trim() == name
        })
        .unwrap_or_else(|| panic!("no button named {name:?}"))
        .unchecked_into()
}

/// The rule a shown refusal names for tests (the partner reads only its words).
pub fn refusal_rule(root: &Element) -> Option<String> {
    root.query_selector(".refusal")
        .unwrap()
        .and_then(|r| r.get_attribute("data-rule"))
}
