//! Benchmark, not a test: derives every invoice of the generated 10,000-customer book in wasm,
//! in headless Chromium, and prints the figures. Ignored by the test run; `scripts/bench.sh`
//! runs it with `--include-ignored --nocapture`.
#![cfg(target_arch = "wasm32")]

use partnerdesk_core::dates::add_days;
use partnerdesk_core::derive::derive;
use partnerdesk_core::generated_book::{generated_book, generated_start};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[wasm_bindgen_test]
#[ignore]
fn bench_derive_every_invoice_in_wasm() {
    let started = now_ms();
    let book = generated_book(10_000, 3, 42);
    let generated = now_ms() - started;
    let today = add_days(generated_start(), 3 * 365);
    let mut best = f64::MAX;
    let mut summary = String::new();
    for _ in 0..3 {
        let t = now_ms();
        let state = derive(&book, today);
        let invoices = state.invoice_summaries();
        best = best.min(now_ms() - t);
        summary = format!(
            "{} subscriptions, {} events, {} charge lines on {} invoices",
            state.subscriptions.len(),
            book.events.len(),
            state.lines.len(),
            invoices.len()
        );
    }
    console_log!("wasm book: {summary} (generated in {generated:.0} ms)");
    console_log!("wasm derive of every invoice: {best:.0} ms (best of 3)");
}
