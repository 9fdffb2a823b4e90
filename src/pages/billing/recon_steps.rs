//! An invoice's reconciliation file made a few thousand rows a step, between turns of the event
//! loop (issue 13, "No long tasks"): a month's file of a 10,000-customer book is some 18,500
//! rows, and written at once it kept the page from answering for over 150 ms. What the file is
//! made from is copied when the partner asks for it, so a derivation replaced meanwhile (an
//! action in another tab) doesn't change it half-way: the file is of the book as it was then,
//! and its name carries its billing date.

use crate::store::event_loop::next_turn;
use chrono::NaiveDate;
use partnerdesk_core::base::money::Money;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::engine::Program;
use partnerdesk_core::billing::invoice::{lines_on, total_of};
use partnerdesk_core::billing::{billing_engine, offer_catalog};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::charge_line::ChargeLine;
use partnerdesk_core::model::settings::PartnerSettings;
use partnerdesk_core::reports::nce_recon_csv::copied::CopiedNceFile;
use partnerdesk_core::reports::nce_recon_csv::{nce_recon_header, NceRows};
use partnerdesk_core::reports::recon_csv::copied::CopiedLookup;
use partnerdesk_core::reports::recon_csv::{
    recon_file_name, recon_rows, write_recon_header, write_recon_records, CsvDialect,
};
use partnerdesk_core::reports::reconciliation::{with_nce_invoice, ReconFile};
use std::ops::Range;

/// Rows written a step: some 15–25 ms in wasm on the generated 10,000-customer book's
/// invoices (the view benchmark's CSV row prints the longest task).
pub const ROWS_PER_STEP: usize = 2_000;

/// What one invoice's file is made from, owned by the task that makes it.
pub struct ReconJob {
    name: String,
    dialect: CsvDialect,
    rows: usize,
    /// The sum of the invoice's amounts (R4).
    total: Money,
    rules: Rules,
}

/// What the rows are written from, by program.
enum Rules {
    /// The license-based file (R2–R5): the invoice's lines, and what their rows name.
    LicenseBased {
        settings: Box<PartnerSettings>,
        lines: Vec<ChargeLine>,
        lookup: CopiedLookup,
    },
    /// The new commerce file (R6), whose rows sort across customers.
    NewCommerce(Box<CopiedNceFile>),
}

impl ReconJob {
    /// The file of the invoice of `billing_date` as `state` derives `book`; an error names what
    /// the book lacks.
    pub fn of(
        state: &Derived,
        book: &Book,
        billing_date: NaiveDate,
        dialect: CsvDialect,
    ) -> Result<ReconJob, String> {
        let settings = &book.settings;
        let lines = lines_on(&state.lines, billing_date);
        let rules = match billing_engine(settings.profile).program() {
            Program::LicenseBased => {
                let catalog = offer_catalog(book, state.today);
                Rules::LicenseBased {
                    settings: Box::new(settings.clone()),
                    lines: lines.to_vec(),
                    lookup: CopiedLookup::of(lines, state, &catalog),
                }
            }
            Program::NewCommerce => Rules::NewCommerce(Box::new(with_nce_invoice(
                state,
                book,
                billing_date,
                |f| {
                    Ok(CopiedNceFile::of(
                        f.partner,
                        f.month,
                        f.customers,
                        f.catalog,
                    ))
                },
            )?)),
        };
        Ok(ReconJob {
            name: recon_file_name(&settings.name, billing_date, dialect),
            dialect,
            rows: lines.len(),
            total: total_of(lines),
            rules,
        })
    }

    /// How many rows the file has.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The file, with `progress(rows written, rows)` before each step.
    pub async fn make(self, progress: impl Fn(usize, usize)) -> Result<ReconFile, String> {
        let dialect = self.dialect;
        let bytes = match &self.rules {
            Rules::LicenseBased {
                settings,
                lines,
                lookup,
            } => {
                let part = |range: Range<usize>| {
                    let rows = recon_rows(&lines[range], lookup, settings)?;
                    Ok(write_recon_records(&rows, dialect))
                };
                in_steps(write_recon_header(dialect), lines.len(), &progress, part).await?
            }
            Rules::NewCommerce(file) => {
                let (partner, customers) = (file.partner(), file.customers());
                // The rows are sorted once, in the first step.
                progress(0, self.rows);
                next_turn().await;
                let rows = NceRows::new(&partner, file.month(), &customers, file.catalog());
                let part = |range: Range<usize>| rows.write(range, dialect);
                in_steps(nce_recon_header(dialect), rows.len(), &progress, part).await?
            }
        };
        Ok(ReconFile {
            name: self.name,
            bytes,
            rows: self.rows,
            total: self.total,
        })
    }
}

/// `start` and the parts `part` writes of `rows` rows, `ROWS_PER_STEP` a step, a turn of the
/// event loop before each.
async fn in_steps(
    start: Vec<u8>,
    rows: usize,
    progress: &impl Fn(usize, usize),
    part: impl Fn(Range<usize>) -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    let mut bytes = start;
    for from in (0..rows).step_by(ROWS_PER_STEP) {
        progress(from, rows);
        next_turn().await;
        bytes.extend(part(from..rows.min(from + ROWS_PER_STEP))?);
    }
    Ok(bytes)
}
