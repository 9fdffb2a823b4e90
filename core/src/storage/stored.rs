//! The book key as the app may use it: decoded (any format version), its checksum matched, and
//! checked as a backup is before it replaces the book. The replay of every customer's history
//! is skipped only for a book whose envelope says it passed it when written, which its checksum
//! vouches for: a book that fails goes to the recovery page, never silently into the app.

use crate::storage::contents_check::{check_contents, BackupError};
use crate::storage::envelope::{decode, DecodeError, StoredBook};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Unreadable(DecodeError),
    Invalid(BackupError),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Unreadable(e) => e.fmt(f),
            ReadError::Invalid(e) => write!(f, "It fails the check a backup must pass. {e}"),
        }
    }
}

pub fn read_stored_book(text: &str) -> Result<StoredBook, ReadError> {
    let stored = decode(text).map_err(ReadError::Unreadable)?;
    check_contents(&stored.book, !stored.checked).map_err(ReadError::Invalid)?;
    Ok(stored)
}
