//! An invoice's reconciliation file made a few thousand rows a step, between turns of the event
//! loop (issue 13, "No long tasks"): a month's file of a 10,000-customer book is some 18,500
//! rows, and written at once it kept the page from answering for over 150 ms. The core's
//! `ReconJob` copies what the file is made from when the partner asks for it, so a derivation
//! replaced meanwhile (an action in another tab) doesn't change it half-way, and writes its
//! parts; here they are only spaced out between turns.

use crate::store::event_loop::next_turn;
use partnerdesk_core::reports::reconciliation::{ReconFile, ReconJob};

/// Rows written a step: some 15–25 ms in wasm on the generated 10,000-customer book's
/// invoices (the view benchmark's CSV row prints the longest task).
pub const ROWS_PER_STEP: usize = 2_000;

/// `job`'s file, with `progress(rows written, rows)` before each step, a turn of the event loop
/// after it. Its first step only readies the parts: R6's rows are sorted there.
pub async fn make_in_steps(
    job: ReconJob,
    progress: impl Fn(usize, usize),
) -> Result<ReconFile, String> {
    let rows = job.rows();
    progress(0, rows);
    next_turn().await;
    let parts = job.parts();
    let mut bytes = parts.header();
    for from in (0..parts.rows()).step_by(ROWS_PER_STEP) {
        progress(from, rows);
        next_turn().await;
        bytes.extend(parts.write(from..parts.rows().min(from + ROWS_PER_STEP))?);
    }
    Ok(job.file(bytes))
}
