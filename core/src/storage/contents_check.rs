//! The check of a book's contents that a backup's book and the stored book both pass, and
//! what it finds: apart from `backup`, so that the stepped reader (`stepped_reader`), which
//! `backup` uses, can run it in parts.

use crate::base::field_error::FieldError;
use crate::model::book::Book;
use crate::storage::catalog_check::catalog_problems;
use crate::storage::envelope::DecodeError;
use crate::storage::history_check::{check_history, check_without_replay, HistoryProblem};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    NotText,
    Unreadable(DecodeError),
    Settings(Vec<FieldError>),
    Catalog(Vec<String>),
    History(HistoryProblem),
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::NotText => write!(f, "The file is not a text file (it is not UTF-8)."),
            BackupError::Unreadable(e) => e.fmt(f),
            BackupError::Settings(errors) => write!(
                f,
                "The partner settings are invalid: {}",
                errors
                    .iter()
                    .map(|e| format!("{} ({})", e.message, e.field))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            BackupError::Catalog(problems) => {
                write!(f, "The catalog is inconsistent: {}.", problems.join("; "))
            }
            BackupError::History(problem) => {
                write!(f, "The history is not valid: {problem}.")
            }
        }
    }
}

/// What a backup's book and the stored book must both pass: valid settings, a consistent
/// catalog, a history in order and within bounds, and (with `replay`) every customer's history
/// recorded again by the rules exactly as it was.
pub fn check_contents(book: &Book, replay: bool) -> Result<(), BackupError> {
    check_settings_and_catalog(book)?;
    if replay {
        check_history(book)
    } else {
        check_without_replay(book)
    }
    .map_err(BackupError::History)
}

/// The first part of `check_contents`: valid settings and a consistent catalog.
pub(crate) fn check_settings_and_catalog(book: &Book) -> Result<(), BackupError> {
    let settings_errors = book.settings.validate();
    if !settings_errors.is_empty() {
        return Err(BackupError::Settings(settings_errors));
    }
    let problems = catalog_problems(&book.catalog);
    if !problems.is_empty() {
        return Err(BackupError::Catalog(problems));
    }
    Ok(())
}
