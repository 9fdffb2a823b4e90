//! The view benchmark's CSV row in the core's parts: the latest invoice's reconciliation file
//! made as Billing makes it (`ReconJob`: a copy when asked, then steps between turns), each part
//! timed, beside the file made at once.

use crate::now;
use partnerdesk::pages::billing::recon_steps::{make_in_steps, ROWS_PER_STEP};
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::invoice_list::invoice_list;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconciliation::{invoice_recon_file, ReconJob};
use std::cell::RefCell;
use wasm_bindgen_test::console_log;

/// Times the copy, each step (with the turn before it) and the file at once; checks that the
/// stepped file has the bytes of the one made at once.
pub async fn recon_file_in_steps(book: &Book, every: &Derived) {
    let date = invoice_list(every).latest_date();
    let dialect = CsvDialect::Standard;
    let t = now();
    let at_once = invoice_recon_file(every, book, date, dialect).unwrap();
    let at_once_ms = now() - t;
    let t = now();
    let job = ReconJob::of(every, book, date, dialect).unwrap();
    let copy_ms = now() - t;
    // When each step was announced: a step runs from the turn after one to the next.
    let marks = RefCell::new(Vec::new());
    let started = now();
    let stepped = make_in_steps(job, |_, _| marks.borrow_mut().push(now()))
        .await
        .unwrap();
    let ended = now();
    assert!(stepped.bytes == at_once.bytes, "the stepped file differs");
    let mut marks = marks.into_inner();
    marks.push(ended);
    let longest = marks.windows(2).map(|w| w[1] - w[0]).fold(0.0, f64::max);
    console_log!(
        "the reconciliation CSV in the core ({} rows, {} KB): at once {at_once_ms:.0} ms; in \
         steps of {ROWS_PER_STEP} rows: copy when asked {copy_ms:.0} ms, {} steps, longest \
         {longest:.0} ms with the turn before it, {:.0} ms in all",
        at_once.rows,
        at_once.bytes.len() / 1024,
        marks.len() - 1,
        ended - started
    );
}
