//! Microsoft's reconciliation file as partners get it, read in chunks: the license-based file
//! (SPEC R2) or the new commerce file (SPEC-NCE R6), told apart by its header, its columns
//! found by name (`columns`), its cells as Partner Center or Excel wrote them (`cells`), each
//! row read or skipped with its line and reason (`rows`). The file is never held whole: each
//! chunk's complete records become `ReconLine`s that the caller takes as they come.

mod cells;
mod collected;
mod columns;
mod rows;
mod splitter;

pub use collected::FileSummary;
pub use rows::SkippedRow;

use crate::imports::import_error::ImportError;
use crate::model::recon_line::{ReconLine, ReconProgram};
use collected::Collected;
use splitter::Splitter;

/// Reads one file, chunk by chunk.
#[derive(Default)]
pub struct ReconFileReader {
    splitter: Splitter,
    collected: Collected,
}

impl ReconFileReader {
    pub fn new() -> ReconFileReader {
        ReconFileReader::default()
    }

    /// Reads the rows `chunk` completes. A header that can't be reconciled is the error, and
    /// the rest of the file is then not read.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<(), Vec<ImportError>> {
        let collected = &mut self.collected;
        self.splitter
            .feed(chunk, &mut |line, record| collected.record(line, record));
        self.collected.header_result()
    }

    /// The file's program, once its header is read.
    pub fn program(&self) -> Option<ReconProgram> {
        self.collected.program()
    }

    /// The lines read since the last call, in file order.
    pub fn take_lines(&mut self) -> Vec<ReconLine> {
        std::mem::take(&mut self.collected.ready)
    }

    /// Reads the end of the file: its last lines (those not taken yet) and what the whole
    /// file held, or why it can't be reconciled.
    pub fn finish(mut self) -> Result<(Vec<ReconLine>, FileSummary), Vec<ImportError>> {
        let collected = &mut self.collected;
        self.splitter
            .finish(&mut |line, record| collected.record(line, record));
        let semicolons = self.splitter.semicolons();
        self.collected.into_summary(semicolons)
    }
}

/// A whole file at once: its lines and summary, or why it can't be reconciled.
pub fn read_recon_file(bytes: &[u8]) -> Result<(Vec<ReconLine>, FileSummary), Vec<ImportError>> {
    let mut reader = ReconFileReader::new();
    reader.feed(bytes)?;
    let mut lines = reader.take_lines();
    let (rest, summary) = reader.finish()?;
    lines.extend(rest);
    Ok((lines, summary))
}
