//! Benchmark: read and reconcile a 100,000-row file against the generated 10,000-customer
//! book natively, and print the figures (issue 12). Asserts nothing.
//! `cargo run --release -p partnerdesk-core --example bench_reconcile`

#[path = "../tests/recon_bench/mod.rs"]
mod recon_bench;

use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

fn main() {
    let t = Instant::now();
    let bench = recon_bench::bench();
    println!(
        "file: {} rows, {:.1} MB ({} rows of the invoice of {}), made in {:.0} ms",
        recon_bench::ROWS,
        bench.file.len() as f64 / 1e6,
        bench.invoice_rows,
        bench.billing_date,
        t.elapsed().as_secs_f64() * 1000.0
    );
    let [lines, read, matched, grouped] = recon_bench::best_parts(&bench, now_ms);
    println!("native parts (best of 3): invoice lines {lines:.0} ms, read {read:.0} ms, match {matched:.0} ms, group {grouped:.0} ms");
    let (best, counts) = recon_bench::best_total(&bench, now_ms);
    println!("native read + reconcile: {best:.0} ms (best of 3); {counts}");
}
