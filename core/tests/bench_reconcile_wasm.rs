//! Benchmark, not a test (issue 12): reads and reconciles a 100,000-row file against the
//! generated 10,000-customer book in wasm, in headless Chromium, and prints the figures.
//! Ignored by the test run; `scripts/bench-reconcile.sh` runs it.
#![cfg(target_arch = "wasm32")]

mod recon_bench;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[wasm_bindgen_test]
#[ignore]
fn bench_read_and_reconcile_100_000_rows_in_wasm() {
    let t = now_ms();
    let bench = recon_bench::bench();
    console_log!(
        "wasm file: {} rows, {:.1} MB ({} rows of the invoice of {}), made in {:.0} ms",
        recon_bench::ROWS,
        bench.file.len() as f64 / 1e6,
        bench.invoice_rows,
        bench.billing_date,
        now_ms() - t
    );
    let [lines, read, matched, grouped] = recon_bench::best_parts(&bench, now_ms);
    console_log!("wasm parts (best of 3): invoice lines {lines:.0} ms, read {read:.0} ms, match {matched:.0} ms, group {grouped:.0} ms");
    let (best, counts) = recon_bench::best_total(&bench, now_ms);
    console_log!("wasm read + reconcile: {best:.0} ms (best of 3); {counts}");
}
