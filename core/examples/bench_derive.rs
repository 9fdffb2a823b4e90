//! Benchmark: derive every invoice of the generated books (legacy and profile 2022) natively
//! and print the figures.
//! `cargo run --release -p partnerdesk-core --example bench_derive [customers]`

use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconciliation::invoice_recon_file;
use partnerdesk_core::storage::generated_book::{generated_book, generated_start};
use partnerdesk_core::storage::generated_nce_book::{generated_nce_book, generated_nce_start};
use partnerdesk_core::NaiveDate;
use std::time::Instant;

fn main() {
    let customers: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let started = Instant::now();
    let legacy = generated_book(customers, 3, 42);
    let generated = started.elapsed().as_secs_f64();
    bench(
        "legacy 2018",
        &legacy,
        add_days(generated_start(), 3 * 365),
        generated,
    );
    let started = Instant::now();
    let nce = generated_nce_book(customers, 3, 42);
    let generated = started.elapsed().as_secs_f64();
    bench(
        "new commerce 2022",
        &nce,
        add_days(generated_nce_start(), 3 * 365),
        generated,
    );
}

fn bench(name: &str, book: &Book, today: NaiveDate, generated: f64) {
    let json = serde_json::to_vec(book).expect("a book serializes");
    let mut best = f64::MAX;
    let mut lines_only = f64::MAX;
    let mut state = None;
    for _ in 0..3 {
        let t = Instant::now();
        let s = derive(book, today);
        lines_only = lines_only.min(t.elapsed().as_secs_f64());
        let invoices = s.invoice_summaries();
        best = best.min(t.elapsed().as_secs_f64());
        state = Some((s, invoices));
    }
    let (state, invoices) = state.expect("derived at least once");
    let total: partnerdesk_core::Money = invoices.iter().map(|i| i.total).sum();
    let t = Instant::now();
    let last = state.invoice(invoices.last().expect("an invoice").billing_date);
    let one_invoice = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let csv = invoice_recon_file(&state, book, last.billing_date, CsvDialect::Standard)
        .expect("the invoice's file");
    let one_csv = t.elapsed().as_secs_f64();
    println!("== {name} ==");
    println!(
        "book: {} customers, {} subscriptions, {} events over 3 years (generated in {:.0} ms)",
        state.customers.len(),
        state.subscriptions.len(),
        book.events.len(),
        generated * 1e3
    );
    println!(
        "derived: {} charge lines on {} invoices, total {}",
        state.lines.len(),
        invoices.len(),
        total.round2()
    );
    println!(
        "native derive of every invoice: {:.0} ms (best of 3; target <= 1000 ms; derivation alone {:.0} ms)",
        best * 1e3,
        lines_only * 1e3
    );
    println!(
        "one invoice ({}) with its {} lines: {:.1} ms",
        last.number,
        last.lines.len(),
        one_invoice * 1e3
    );
    println!(
        "its reconciliation CSV ({} rows, {:.2} MB): {:.0} ms",
        csv.rows,
        csv.bytes.len() as f64 / 1e6,
        one_csv * 1e3
    );
    println!(
        "serialized history (JSON): {:.2} MB",
        json.len() as f64 / 1e6
    );
}
