//! One reconciliation as the page runs it: the chosen file read slice by slice (so a 40 MB file
//! is never in memory whole, and the page stays responsive between slices), each slice's lines
//! handed to the core's reconciler at once, the progress shown as it goes.

use leptos::prelude::*;
use partnerdesk_core::imports::book_start::BookStart;
use partnerdesk_core::imports::import_error::ImportError;
use partnerdesk_core::imports::recon_file::{FileSummary, ReconFileReader};
use partnerdesk_core::model::recon_line::{ReconLine, ReconProgram};
use partnerdesk_core::reports::reconcile::{Reconciler, Reconciliation};
use partnerdesk_l10n::{Lang, ReconcileText as T};
use std::sync::Arc;
use wasm_bindgen_futures::JsFuture;

/// How much of the file is read at a time.
const SLICE: f64 = 1024.0 * 1024.0;

/// Bytes read so far, of how many.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Progress {
    pub read: f64,
    pub total: f64,
    /// Milliseconds since the file was chosen; set once it is reconciled.
    pub took_ms: Option<f64>,
}

/// What a finished reconciliation shows.
#[derive(Debug)]
pub struct Outcome {
    pub file_name: String,
    pub summary: FileSummary,
    pub reconciliation: Reconciliation,
    /// The invoice the book's side is.
    pub invoice_date: chrono::NaiveDate,
    /// The file's customers and subscriptions, gathered when the book is to be started.
    pub book_start: Option<Arc<BookStart>>,
}

/// What the run needs of the book: the invoice's lines and the program the book bills under.
pub struct BookSide {
    pub program: ReconProgram,
    pub invoice_date: chrono::NaiveDate,
    pub lines: Vec<ReconLine>,
    /// The book is new: the file's customers and subscriptions are gathered to start the
    /// book (not otherwise: a 100,000-row file holds as many subscriptions).
    pub starts_book: bool,
}

/// Why a run stopped: the partner's words, for the file field.
pub type Stopped = String;

/// Reads `file` and reconciles it against `book`, telling `progress` as it goes; `still_wanted`
/// says whether the partner still waits for this run (another file may have been chosen); a
/// file's problems are said in `lang`.
pub async fn reconcile_file(
    file: web_sys::File,
    lang: Lang,
    book: BookSide,
    progress: RwSignal<Option<Progress>>,
    still_wanted: impl Fn() -> bool,
) -> Result<Option<Arc<Outcome>>, Stopped> {
    let started = js_sys::Date::now();
    let total = file.size();
    progress.set(Some(Progress {
        read: 0.0,
        total,
        took_ms: None,
    }));
    let mut reader = ReconFileReader::new();
    let mut reconciler = Reconciler::new(book.program, book.lines);
    let mut book_start = book.starts_book.then(|| BookStart::new(book.program));
    let mut read = 0.0;
    while read < total {
        let end = (read + SLICE).min(total);
        let bytes = slice(&file, read, end).await?;
        if !still_wanted() {
            return Ok(None);
        }
        reader.feed(&bytes).map_err(|e| reasons(lang, &e))?;
        check_program(lang, reader.program(), book.program)?;
        take(reader.take_lines(), &mut reconciler, book_start.as_mut());
        read = end;
        progress.update(|p| p.iter_mut().for_each(|p| p.read = read));
    }
    let (rest, summary) = reader.finish().map_err(|e| reasons(lang, &e))?;
    check_program(lang, Some(summary.program), book.program)?;
    take(rest, &mut reconciler, book_start.as_mut());
    let outcome = Outcome {
        file_name: file.name(),
        summary,
        reconciliation: reconciler.finish(),
        invoice_date: book.invoice_date,
        book_start: book_start.map(Arc::new),
    };
    let took = js_sys::Date::now() - started;
    progress.update(|p| p.iter_mut().for_each(|p| p.took_ms = Some(took)));
    Ok(Some(Arc::new(outcome)))
}

/// The lines to the reconciler and, when the book is to be started, to its start.
fn take(lines: Vec<ReconLine>, reconciler: &mut Reconciler, book_start: Option<&mut BookStart>) {
    if let Some(book_start) = book_start {
        for line in &lines {
            book_start.feed(line);
        }
    }
    reconciler.feed_all(lines);
}

/// A header's problems, one sentence after the other.
pub fn reasons(lang: Lang, errors: &[ImportError]) -> Stopped {
    let reasons: Vec<String> = errors.iter().map(|e| lang.import_error(e)).collect();
    reasons.join(" ")
}

/// A file of the other program has no invoice of this book to be compared with.
fn check_program(
    lang: Lang,
    file: Option<ReconProgram>,
    book: ReconProgram,
) -> Result<(), Stopped> {
    match file {
        Some(program) if program != book => {
            let (file, program) = match program {
                ReconProgram::Legacy => (T::LegacyKindOfFile, T::NceProgram),
                ReconProgram::NewCommerce => (T::NceKindOfFile, T::LegacyProgram),
            };
            let words = [lang.text(file), lang.text(program)];
            Err(lang.fill(T::WrongProgram, &words))
        }
        _ => Ok(()),
    }
}

/// The bytes `start..end` of the file (a Blob slice, read as an ArrayBuffer).
async fn slice(file: &web_sys::File, start: f64, end: f64) -> Result<Vec<u8>, Stopped> {
    let failed = |e: wasm_bindgen::JsValue| format!("The file could not be read ({e:?}).");
    let part = file.slice_with_f64_and_f64(start, end).map_err(failed)?;
    let buffer = JsFuture::from(part.array_buffer()).await.map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
