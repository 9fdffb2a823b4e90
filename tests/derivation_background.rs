//! Issue 13's "No long tasks" in the app (no SPEC rule names it): a large book is derived in
//! the background after the app starts, the dashboard saying how far it has come until its
//! figures are there; a book replaced mid-way is derived again, and only its figures show.
//! Run: CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown \
//!   -p partnerdesk --test derivation_background
#![cfg(target_arch = "wasm32")]

#[allow(dead_code)]
#[path = "browser/support.rs"]
mod support;
mod workflows_support;

use partnerdesk::store::Store;
use partnerdesk_core::storage::generated_book::generated_book;
use support::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;
use workflows_support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn progress(root: &Element) -> Option<String> {
    all(root, "[role=status].derivation-progress")
        .first()
        .map(|e| e.text_content().unwrap_or_default())
}

fn customers_tile(root: &Element) -> Option<String> {
    all(root, "[data-tile=customers]")
        .first()
        .map(|e| e.text_content().unwrap_or_default())
}

#[wasm_bindgen_test]
async fn issue13_the_dashboard_shows_progress_then_the_books_figures() {
    let book = generated_book(300, 1, 5);
    let today = book.last_event_date().expect("a generated history");
    let store = Store::in_memory();
    store.replace_book(book).await.unwrap();
    let app = app_at("/", store, today);
    let root = app.root.clone();
    until("the progress line", || progress(&root).is_some()).await;
    let first = progress(&root).unwrap_or_default();
    assert!(first.starts_with("Working out the invoices"), "{first}");
    assert!(customers_tile(&root).is_none());
    let mut counted = None;
    until("the dashboard's figures", || {
        if let Some(line) = progress(&root).filter(|l| l.contains(" of ")) {
            counted = Some(line);
        }
        customers_tile(&root).is_some()
    })
    .await;
    let counted = counted.expect("a progress line counting customers");
    assert!(counted.ends_with(" of 300 customers"), "{counted}");
    assert!(customers_tile(&root).unwrap().contains("300"));
    assert_eq!(progress(&root), None);
}

#[wasm_bindgen_test]
async fn issue13_a_book_replaced_mid_way_is_derived_again_and_only_it_is_shown() {
    let book = generated_book(300, 1, 5);
    let today = book.last_event_date().expect("a generated history");
    let store = Store::in_memory();
    store.replace_book(book).await.unwrap();
    let app = app_at("/", store.clone(), today);
    let root = app.root.clone();
    until("the customers being counted", || {
        progress(&root).is_some_and(|l| l.contains(" of 300 "))
    })
    .await;
    store.replace_book(generated_book(250, 1, 9)).await.unwrap();
    until("the dashboard's figures", || {
        customers_tile(&root).is_some()
    })
    .await;
    let tile = customers_tile(&root).unwrap();
    assert!(tile.contains("250") && !tile.contains("300"), "{tile}");
}
