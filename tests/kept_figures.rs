//! Issue 13's cold load (no SPEC rule names it): the dashboard's figures are kept beside the
//! book once the app derived it, shown at the next start only while everything they were
//! derived from is what storage holds, and drawn by the dashboard's own components.
//! Run: CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown \
//!   -p partnerdesk --test kept_figures
#![cfg(target_arch = "wasm32")]

#[allow(dead_code)]
#[path = "browser/support.rs"]
mod support;
mod workflows_support;

use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use partnerdesk::pages::dashboard::KeptDashboard;
use partnerdesk::store::kept_figures::DashboardFigures;
use partnerdesk::store::kept_figures::KEPT_FIGURES_KEY;
use partnerdesk::store::{BookLoad, Store, BOOK_KEY, JOURNAL_PREFIX, SETTINGS_KEY, TODAY_KEY};
use partnerdesk_core::billing::derive_both::DeriveBoth;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::board::Board;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::storage::generated_nce_book::generated_nce_book;
use support::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;
use workflows_support::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Every tile's figure and label, and the first rows of every list, as shown.
fn shown(root: &Element) -> Vec<String> {
    let mut shown = texts(root, "[data-tile]");
    shown.extend(texts(root, "section table tbody tr"));
    shown
}

/// `book` stored with its settings, the app started on it at the dashboard until it kept the
/// figures: the store, the day, the figures and what the live dashboard showed.
async fn kept_by_the_app(book: Book) -> (Store, NaiveDate, DashboardFigures, Vec<String>) {
    let today = book.last_event_date().expect("a generated history");
    let store = Store::in_memory();
    store.save(SETTINGS_KEY, &book.settings).unwrap();
    store.replace_book(book).await.unwrap();
    let app = app_at("/", store.clone(), today);
    let root = app.root.clone();
    let mut kept = None;
    until("the figures kept and shown", || {
        kept = store.kept_dashboard(today);
        kept.is_some() && !all(&root, "[data-tile]").is_empty()
    })
    .await;
    let live = shown(&root);
    (store, today, kept.expect("kept above"), live)
}

#[wasm_bindgen_test]
async fn issue13_the_kept_figures_show_as_the_live_dashboard_did() {
    let (_store, _today, figures, live) = kept_by_the_app(generated_book(300, 1, 5)).await;
    assert_eq!(figures.cockpit.customers, 300);
    assert!(live.iter().any(|tile| tile.contains("300")), "{live:?}");
    let kept = mount(move || view! { <KeptDashboard figures /> });
    settle().await;
    assert_eq!(shown(&kept.root), live);
    assert_eq!(text(&kept.root, "[role=status]"), "Updating…");
    assert!(
        all(&kept.root, "button").is_empty(),
        "read-only: no buttons"
    );
}

#[wasm_bindgen_test]
async fn issue13_kept_figures_of_another_day_book_journal_or_moved_today_are_ignored() {
    let (store, today, _, _) = kept_by_the_app(generated_book(300, 1, 5)).await;
    let next_day = today.checked_add_days(Days::new(1)).unwrap();
    assert_eq!(store.kept_dashboard(next_day), None, "another day");
    store.save(TODAY_KEY, &Some(next_day)).unwrap();
    assert_eq!(store.kept_dashboard(today), None, "today moved");
    store.save(TODAY_KEY, &None::<NaiveDate>).unwrap();
    assert!(store.kept_dashboard(today).is_some(), "today back");
    store.save(TODAY_KEY, &Some(today)).unwrap();
    assert!(
        store.kept_dashboard(today).is_some(),
        "moved to the real day itself"
    );
    store.save(TODAY_KEY, &"someday").unwrap();
    assert_eq!(
        store.kept_dashboard(today),
        None,
        "a moved day that can't be read"
    );
    store.save(TODAY_KEY, &None::<NaiveDate>).unwrap();
    let journal = format!("{JOURNAL_PREFIX}another-tab");
    store.save(&journal, &"an entry").unwrap();
    assert_eq!(store.kept_dashboard(today), None, "another tab's journal");
    let (store, today, _, _) = kept_by_the_app(generated_book(300, 1, 5)).await;
    store.replace_book(generated_book(250, 1, 9)).await.unwrap();
    assert_eq!(store.kept_dashboard(today), None, "another book");
}

#[wasm_bindgen_test]
async fn issue13_a_new_commerce_books_kept_figures_show_its_own_sections() {
    let (_store, _today, figures, live) = kept_by_the_app(generated_nce_book(200, 1, 7)).await;
    assert!(matches!(figures.board, Board::NewCommerce(_)));
    let kept = mount(move || view! { <KeptDashboard figures /> });
    settle().await;
    assert_eq!(shown(&kept.root), live);
    assert_eq!(all(&kept.root, "#windows-heading").len(), 1);
}

#[wasm_bindgen_test]
async fn issue13_kept_figures_the_quota_refuses_are_dropped_and_the_book_stays() {
    let book = generated_book(300, 1, 5);
    let today = book.last_event_date().expect("a generated history");
    let measure = Store::in_memory();
    measure.replace_book(book.clone()).await.unwrap();
    let stored = measure.load_text(BOOK_KEY).unwrap().unwrap();
    // Room for the book, not for the figures beside it (a few thousand characters).
    let store = Store::in_memory_with_quota(BOOK_KEY.len() + stored.chars().count() + 100);
    store.replace_book(book).await.unwrap();
    let before = store.load_text(BOOK_KEY).unwrap();
    let BookLoad::Loaded(loaded) = store.load_book() else {
        panic!("the book fits");
    };
    let (_, months) = DeriveBoth::new(&loaded, today, CHART_WINDOW).finish();
    store.keep_dashboard(&loaded, today, || DashboardFigures::of(&months, &loaded));
    assert_eq!(store.load_text(KEPT_FIGURES_KEY).unwrap(), None);
    assert_eq!(store.kept_dashboard(today), None);
    assert!(
        store.load_text(BOOK_KEY).unwrap() == before,
        "the book as it was"
    );
    let BookLoad::Loaded(again) = store.load_book() else {
        panic!("the book still reads");
    };
    assert_eq!(*again, *loaded);
}
