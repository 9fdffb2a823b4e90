//! R2–R6: a reconciliation file written in parts (the header alone, then the records of a few
//! rows at a time, as the app makes a large file between turns of the event loop) is byte for
//! byte the file written at once: both programs, both dialects, every part size, with cells
//! neutralised against formulas (R5), quoted, and names beyond ASCII.

use chrono::NaiveDate;
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::{derive, Derived};
use partnerdesk_core::billing::engine::Program;
use partnerdesk_core::billing::invoice::lines_on;
use partnerdesk_core::billing::{billing_engine, offer_catalog};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::csv_writer::{write_header, write_records, write_table, Cell};
use partnerdesk_core::reports::invoice_list::invoice_list;
use partnerdesk_core::reports::nce_recon_csv::copied::CopiedNceFile;
use partnerdesk_core::reports::nce_recon_csv::{
    nce_recon_cells, nce_recon_csv, nce_recon_header, NceRows, NCE_RECON_HEADER,
};
use partnerdesk_core::reports::recon_csv::copied::CopiedLookup;
use partnerdesk_core::reports::recon_csv::{
    recon_rows, write_recon_csv, write_recon_header, write_recon_records, CsvDialect, ReconRow,
};
use partnerdesk_core::reports::reconciliation::{
    invoice_recon_file, with_nce_invoice, DerivedLookup, ReconJob,
};
use partnerdesk_core::storage::generated_book::{generated_book, generated_start};
use partnerdesk_core::storage::generated_nce_book::{generated_nce_book, generated_nce_start};
use proptest::prelude::*;

const DIALECTS: [CsvDialect; 2] = [CsvDialect::Standard, CsvDialect::ExcelEuropean];

/// Texts a file must carry through unchanged or neutralised alike in every part: formulas
/// (R5), separators, quotes and line breaks that force quoting, letters beyond ASCII.
const AWKWARD: [&str; 8] = [
    "=HYPERLINK(\"http://x\")",
    "+31 20 123",
    "-3",
    "@SUM(A1)",
    "Müller & Söhne; \"Gebr.\"",
    "Łódź, Ltd.\r\nBranch",
    "株式会社 Ωmega",
    "",
];

/// Part sizes to try for `rows` rows: one, a few, and sizes around every boundary.
fn part_sizes(rows: usize) -> Vec<usize> {
    let mut sizes = vec![1, 2, 7, rows / 2, rows / 2 + 1, rows - 1, rows, rows + 1];
    sizes.retain(|&s| s > 0);
    sizes
}

fn latest_billing_date(state: &Derived) -> NaiveDate {
    invoice_list(state).latest_date()
}

/// The latest invoice's file at once against `parts(size)` of it, for every part size, in both
/// dialects.
fn assert_parts_join(book: &Book, state: &Derived, parts: PartsOf) {
    let date = latest_billing_date(state);
    let rows = lines_on(&state.lines, date).len();
    assert!(rows > 20, "{rows} rows");
    for dialect in DIALECTS {
        let whole = invoice_recon_file(state, book, date, dialect)
            .unwrap()
            .bytes;
        for size in part_sizes(rows) {
            assert!(
                parts(book, state, size, dialect) == whole,
                "{dialect:?}, parts of {size}"
            );
        }
    }
}

/// A file written in parts of `size` rows.
type PartsOf = fn(&Book, &Derived, usize, CsvDialect) -> Vec<u8>;

/// The license-based file of `lines`' rows in parts of `size`, from a copy of the facts.
fn legacy_parts(book: &Book, state: &Derived, size: usize, dialect: CsvDialect) -> Vec<u8> {
    let catalog = offer_catalog(book, state.today);
    let lines = lines_on(&state.lines, latest_billing_date(state));
    let copied = CopiedLookup::of(lines, state, &catalog);
    let mut bytes = write_recon_header(dialect);
    for part in lines.chunks(size) {
        let rows = recon_rows(part, &copied, &book.settings).unwrap();
        bytes.extend(write_recon_records(&rows, dialect));
    }
    bytes
}

#[test]
fn r2_r5_a_generated_invoice_in_parts_is_the_file_at_once() {
    let book = generated_book(40, 1, 11);
    let state = derive(&book, add_days(generated_start(), 365));
    assert_parts_join(&book, &state, legacy_parts);
}

fn awkward_rows(book: &Book, state: &Derived) -> Vec<ReconRow> {
    let catalog = offer_catalog(book, state.today);
    let lookup = DerivedLookup::new(state, &catalog);
    let lines = lines_on(&state.lines, latest_billing_date(state));
    let mut rows = recon_rows(lines, &lookup, &book.settings).unwrap();
    for (i, row) in rows.iter_mut().enumerate() {
        row.customer_name = AWKWARD[i % AWKWARD.len()].to_string();
        row.subscription_name = AWKWARD[(i + 3) % AWKWARD.len()].to_string();
    }
    rows
}

#[test]
fn r3_r5_neutralised_quoted_and_non_ascii_cells_join_alike() {
    let book = generated_book(12, 1, 5);
    let state = derive(&book, add_days(generated_start(), 365));
    let rows = awkward_rows(&book, &state);
    for dialect in DIALECTS {
        let whole = write_recon_csv(&rows, dialect);
        assert!(String::from_utf8_lossy(&whole).contains("'=HYPERLINK"));
        for size in part_sizes(rows.len()) {
            let mut parts = write_recon_header(dialect);
            for part in rows.chunks(size) {
                parts.extend(write_recon_records(part, dialect));
            }
            assert!(parts == whole, "{dialect:?}, parts of {size}");
        }
    }
}

fn nce_book() -> (Book, Derived) {
    let book = generated_nce_book(30, 1, 3);
    let state = derive(&book, add_days(generated_nce_start(), 365));
    (book, state)
}

/// R6 of the latest invoice in ranges of `size` rows, from a copy of what it is written from.
fn nce_parts(book: &Book, state: &Derived, size: usize, dialect: CsvDialect) -> Vec<u8> {
    let date = latest_billing_date(state);
    let copy = with_nce_invoice(state, book, date, |f| {
        Ok(CopiedNceFile::of(
            f.partner,
            f.month,
            f.customers,
            f.catalog,
        ))
    })
    .unwrap();
    let rows = NceRows::new(
        copy.partner(),
        copy.month(),
        copy.customers(),
        copy.catalog(),
    );
    let mut bytes = nce_recon_header(dialect);
    for from in (0..rows.len()).step_by(size) {
        let range = from..rows.len().min(from + size);
        bytes.extend(rows.write(range, dialect).unwrap());
    }
    bytes
}

#[test]
fn r6_a_generated_invoice_in_parts_is_the_file_at_once() {
    let (book, state) = nce_book();
    assert_parts_join(&book, &state, nce_parts);
}

#[test]
fn r5_r6_neutralised_quoted_and_non_ascii_cells_join_alike() {
    let (book, state) = nce_book();
    let date = latest_billing_date(&state);
    with_nce_invoice(&state, &book, date, |file| {
        nce_recon_cells(
            file.partner,
            file.month,
            file.customers,
            file.catalog,
            |mut cells| {
                for (i, row) in cells.iter_mut().enumerate() {
                    row[2] = Cell::Text(AWKWARD[i % AWKWARD.len()]);
                }
                for dialect in DIALECTS {
                    let whole = write_table(dialect, &NCE_RECON_HEADER, cells.clone());
                    for size in part_sizes(cells.len()) {
                        let mut parts = write_header(dialect, &NCE_RECON_HEADER);
                        for part in cells.chunks(size) {
                            parts.extend(write_records(dialect, part.iter().cloned()));
                        }
                        assert!(parts == whole, "{dialect:?}, parts of {size}");
                    }
                }
            },
        )
    })
    .unwrap();
}

/// The file as Billing's job writes it: its parts, the rows in ranges of `size`.
fn job_parts(book: &Book, state: &Derived, size: usize, dialect: CsvDialect) -> Vec<u8> {
    let job = ReconJob::of(state, book, latest_billing_date(state), dialect).unwrap();
    let parts = job.parts();
    let mut bytes = parts.header();
    for from in (0..parts.rows()).step_by(size) {
        bytes.extend(parts.write(from..parts.rows().min(from + size)).unwrap());
    }
    bytes
}

/// The latest invoice's file written at once from the derivation itself, with no copy: R2–R5
/// from an index of the book, R6 from the invoice's lines grouped by customer.
fn borrowed_file(book: &Book, state: &Derived, dialect: CsvDialect) -> Vec<u8> {
    let date = latest_billing_date(state);
    match billing_engine(book.settings.profile).program() {
        Program::LicenseBased => {
            let catalog = offer_catalog(book, state.today);
            let lookup = DerivedLookup::new(state, &catalog);
            let rows = recon_rows(lines_on(&state.lines, date), &lookup, &book.settings).unwrap();
            write_recon_csv(&rows, dialect)
        }
        Program::NewCommerce => with_nce_invoice(state, book, date, |f| {
            nce_recon_csv(dialect, f.partner, f.month, f.customers, f.catalog)
        })
        .unwrap(),
    }
}

#[test]
fn r2_r6_the_jobs_parts_in_any_steps_are_the_file_at_once_and_the_borrowed_one() {
    let legacy = generated_book(40, 1, 11);
    let legacy_state = derive(&legacy, add_days(generated_start(), 365));
    let (nce, nce_state) = nce_book();
    for (book, state) in [(&legacy, &legacy_state), (&nce, &nce_state)] {
        assert_parts_join(book, state, job_parts);
        for dialect in DIALECTS {
            let date = latest_billing_date(state);
            let file = invoice_recon_file(state, book, date, dialect).unwrap();
            assert!(
                file.bytes == borrowed_file(book, state, dialect),
                "{dialect:?}"
            );
            assert_eq!(file.rows, lines_on(&state.lines, date).len());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any texts, any part size: the parts join to the table written at once.
    #[test]
    fn r3_r5_any_cells_in_any_parts_join_to_the_table(
        texts in prop::collection::vec(any::<String>(), 0..40),
        size in 1usize..45,
        excel in any::<bool>(),
    ) {
        let dialect = if excel { CsvDialect::ExcelEuropean } else { CsvDialect::Standard };
        let rows: Vec<Vec<Cell>> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| vec![Cell::Text(t), Cell::Count(i as i64), Cell::Text("x")])
            .collect();
        let header = ["Name", "Number", "Other"];
        let whole = write_table(dialect, &header, rows.clone());
        let mut parts = write_header(dialect, &header);
        for part in rows.chunks(size) {
            parts.extend(write_records(dialect, part.iter().cloned()));
        }
        prop_assert_eq!(parts, whole);
    }
}
