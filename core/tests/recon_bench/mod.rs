//! The file of the reconciliation benchmark (issue 12): 100,000 rows of the generated
//! 10,000-customer book. Its latest invoice has about 18,600 lines, so the file is that
//! invoice's rows (each matches the book) followed by rows of the invoices before it (each
//! "in Microsoft's file only"), as PartnerDesk writes them. Shared by the native example and
//! the wasm benchmark.

use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::{derive, Derived};
use partnerdesk_core::imports::recon_file::{read_recon_file, ReconFileReader};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::recon_line::{ReconLine, ReconProgram};
use partnerdesk_core::reports::recon_csv::{recon_rows, write_recon_csv, CsvDialect};
use partnerdesk_core::reports::reconcile::{legacy_book_lines, Group, Reconciler, Reconciliation};
use partnerdesk_core::reports::reconciliation::DerivedLookup;
use partnerdesk_core::storage::generated_book::{generated_book, generated_start};
use partnerdesk_core::NaiveDate;

pub const ROWS: usize = 100_000;
/// The page reads a chosen file in slices of this size.
pub const CHUNK: usize = 1 << 20;

pub struct Bench {
    pub book: Book,
    pub state: Derived,
    pub billing_date: NaiveDate,
    pub file: Vec<u8>,
    pub invoice_rows: usize,
}

pub fn bench() -> Bench {
    let book = generated_book(10_000, 3, 42);
    let state = derive(&book, add_days(generated_start(), 3 * 365));
    let catalog = book.catalog_on(state.today);
    let lookup = DerivedLookup::new(&state, &catalog);
    let dates: Vec<NaiveDate> = state
        .invoice_summaries()
        .iter()
        .map(|s| s.billing_date)
        .collect();
    let billing_date = *dates.last().expect("invoices");
    let mut rows = Vec::with_capacity(ROWS);
    let mut invoice_rows = 0;
    for date in dates.iter().rev() {
        let lines = state.invoice(*date).lines;
        rows.extend(recon_rows(&lines, &lookup, &book.settings).expect("rows"));
        if invoice_rows == 0 {
            invoice_rows = rows.len();
        }
        if rows.len() >= ROWS {
            break;
        }
    }
    rows.truncate(ROWS);
    let file = write_recon_csv(&rows, CsvDialect::Standard);
    Bench {
        book,
        state,
        billing_date,
        file,
        invoice_rows,
    }
}

/// The book's invoice as lines.
fn invoice_lines(bench: &Bench) -> Vec<ReconLine> {
    let catalog = bench.book.catalog_on(bench.state.today);
    legacy_book_lines(
        &bench.state,
        &catalog,
        &bench.book.settings,
        bench.billing_date,
    )
    .expect("the invoice's lines")
}

/// What the page does once the partner drops the file: the book's invoice as lines, then the
/// file read slice by slice, each slice's lines matched at once.
pub fn read_and_reconcile(bench: &Bench) -> Reconciliation {
    let mut reconciler = Reconciler::new(ReconProgram::Legacy, invoice_lines(bench));
    let mut reader = ReconFileReader::new();
    for chunk in bench.file.chunks(CHUNK) {
        reader.feed(chunk).expect("a recon file");
        reconciler.feed_all(reader.take_lines());
    }
    let (rest, _) = reader.finish().expect("a recon file");
    reconciler.feed_all(rest);
    reconciler.finish()
}

/// The same in parts, each the best of 3 timed with `now` (ms): the invoice's lines, reading,
/// matching, and the grouping at the end.
pub fn best_parts(bench: &Bench, now: fn() -> f64) -> [f64; 4] {
    let mut best = [f64::MAX; 4];
    for _ in 0..3 {
        let t0 = now();
        let expected = invoice_lines(bench);
        let t1 = now();
        let (lines, _) = read_recon_file(&bench.file).expect("a recon file");
        let t2 = now();
        let mut reconciler = Reconciler::new(ReconProgram::Legacy, expected);
        reconciler.feed_all(lines);
        let t3 = now();
        let _ = reconciler.finish();
        let t4 = now();
        for (b, t) in best.iter_mut().zip([t1 - t0, t2 - t1, t3 - t2, t4 - t3]) {
            *b = b.min(t);
        }
    }
    best
}

/// `read_and_reconcile`'s best time of 3 (ms), and the count of each group.
pub fn best_total(bench: &Bench, now: fn() -> f64) -> (f64, String) {
    let mut best = f64::MAX;
    let mut counts = String::new();
    for _ in 0..3 {
        let t = now();
        let result = read_and_reconcile(bench);
        best = best.min(now() - t);
        counts = Group::ALL
            .iter()
            .map(|g| format!("{} {}", g.label(), result.count(*g)))
            .collect::<Vec<_>>()
            .join(", ");
    }
    (best, counts)
}
