//! Month-end reconciliation (issue 12): Microsoft's file, read line by line by
//! `imports::recon_file`, against the book's invoice for the same billing date (legacy) or
//! month (new commerce). Both sides meet as `ReconLine`s, whatever program wrote them: the
//! book's legacy invoice becomes lines in `expected`, the matching is `matcher`, new commerce
//! seats are rebuilt from refund/charge pairs by `model::recon_seats` (which starting a book
//! from the file shares), the groups and totals are `finding` and `totals`, and the
//! differences download as CSV through `differences_csv`.

mod differences_csv;
mod expected;
mod expected_nce;
mod finding;
mod matcher;
mod totals;

pub use crate::model::recon_seats::{SeatLedger, Seats};
pub use differences_csv::{differences_file_name, write_differences_csv, DIFFERENCES_HEADER};
pub use expected::{book_lines, legacy_book_lines};
pub use expected_nce::nce_book_lines;
pub use finding::{Counted, CustomerTotals, Finding, Group, Totals};
pub use matcher::Reconciler;
pub use totals::{FindingFilter, Reconciliation};
