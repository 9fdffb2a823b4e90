//! Issue 13's "No long tasks" for Billing's reconciliation file (SPEC R2–R6): made a few
//! thousand rows a step between turns of the event loop, it is byte for byte the file made at
//! once, for both programs and both dialects; the page says how far it has come meanwhile, the
//! buttons can't be pressed twice, and a book changed mid-way leaves the file as it started.
//! Run: CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown \
//!   -p partnerdesk --test recon_csv_steps
#![cfg(target_arch = "wasm32")]

#[allow(dead_code)]
#[path = "browser/support.rs"]
mod support;
mod workflows_support;

use partnerdesk::pages::billing::recon_steps::{make_in_steps, ROWS_PER_STEP};
use partnerdesk::store::Store;
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::{derive, Derived};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::invoice_list::invoice_list;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconciliation::{invoice_recon_file, ReconJob};
use partnerdesk_core::storage::generated_book::{generated_book, generated_start};
use partnerdesk_core::storage::generated_nce_book::{generated_nce_book, generated_nce_start};
use std::cell::RefCell;
use support::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlButtonElement;
use workflows_support::*;

wasm_bindgen_test_configure!(run_in_browser);

const DIALECTS: [CsvDialect; 2] = [CsvDialect::Standard, CsvDialect::ExcelEuropean];

/// The file made in steps equals the file made at once; the progress said each step's start.
async fn assert_steps_make_the_same_file(book: &Book, state: &Derived) {
    let date = invoice_list(state).latest_date();
    for dialect in DIALECTS {
        let at_once = invoice_recon_file(state, book, date, dialect).unwrap();
        let job = ReconJob::of(state, book, date, dialect).unwrap();
        assert_eq!(job.rows(), at_once.rows);
        let seen = RefCell::new(Vec::new());
        let stepped = make_in_steps(job, |done, rows| seen.borrow_mut().push((done, rows)))
            .await
            .unwrap();
        assert_eq!(stepped.name, at_once.name);
        assert_eq!(stepped.total, at_once.total);
        assert_eq!(stepped.rows, at_once.rows);
        assert!(stepped.bytes == at_once.bytes, "{dialect:?}: other bytes");
        let starts: Vec<usize> = seen.borrow().iter().map(|(done, _)| *done).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
        assert!(seen.borrow().iter().all(|(_, rows)| *rows == at_once.rows));
        assert!(starts.len() > at_once.rows / ROWS_PER_STEP, "{starts:?}");
    }
}

#[wasm_bindgen_test]
async fn r2_r5_a_license_based_file_in_steps_is_the_file_at_once() {
    let book = generated_book(1_200, 1, 9);
    let state = derive(&book, add_days(generated_start(), 365));
    let rows = invoice_recon_file(
        &state,
        &book,
        invoice_list(&state).latest_date(),
        DIALECTS[0],
    )
    .unwrap()
    .rows;
    assert!(rows > ROWS_PER_STEP, "{rows} rows: more than one step");
    assert_steps_make_the_same_file(&book, &state).await;
}

#[wasm_bindgen_test]
async fn r6_a_new_commerce_file_in_steps_is_the_file_at_once() {
    let book = generated_nce_book(60, 1, 4);
    let state = derive(&book, add_days(generated_nce_start(), 365));
    assert_steps_make_the_same_file(&book, &state).await;
}

#[wasm_bindgen_test]
async fn a_file_keeps_the_book_it_started_on() {
    let book = generated_book(200, 1, 2);
    let state = derive(&book, add_days(generated_start(), 365));
    let date = invoice_list(&state).latest_date();
    let job = ReconJob::of(&state, &book, date, CsvDialect::Standard).unwrap();
    let at_once = invoice_recon_file(&state, &book, date, CsvDialect::Standard).unwrap();
    // The derivation it was copied from is gone before the file is made.
    drop((book, state));
    let stepped = make_in_steps(job, |_, _| ()).await.unwrap();
    assert!(stepped.bytes == at_once.bytes);
}

fn buttons_disabled(root: &web_sys::Element) -> Vec<bool> {
    all(root, "section.invoice .downloads button")
        .into_iter()
        .map(|b| wasm_bindgen::JsCast::unchecked_into::<HtmlButtonElement>(b).disabled())
        .collect()
}

#[wasm_bindgen_test]
async fn issue13_billing_says_how_far_the_file_is_and_takes_one_press() {
    let book = generated_book(1_200, 1, 9);
    let today = add_days(generated_start(), 365);
    let store = Store::in_memory();
    store.replace_book(book).await.unwrap();
    let app = app_at("/billing", store, today);
    let root = app.root.clone();
    until("the latest invoice", || {
        all(&root, "#invoice-heading")
            .iter()
            .any(|h| h.text_content().unwrap_or_default().starts_with("Invoice "))
    })
    .await;
    button(&root, "Download reconciliation CSV").click();
    // Each status seen, with whether the buttons could be pressed then.
    let mut seen: Vec<(String, Vec<bool>)> = Vec::new();
    until("the file handed over", || {
        let now = text(&root, "section.invoice [role=status]");
        if seen.last().map(|(s, _)| s) != Some(&now) {
            seen.push((now.clone(), buttons_disabled(&root)));
        }
        now.starts_with("Downloaded ")
    })
    .await;
    let making: Vec<_> = seen
        .iter()
        .filter(|(s, _)| s.starts_with("Making the file… "))
        .collect();
    assert!(!making.is_empty(), "{seen:?}");
    assert!(making[0].0.ends_with(" rows"), "{seen:?}");
    assert!(
        making.iter().all(|(_, off)| off == &[true, true]),
        "{seen:?}"
    );
    assert_eq!(buttons_disabled(&root), [false, false]);
}
