//! Backups: the whole book as a readable JSON file, and the complete check a file passes
//! before it may replace the partner's book. A file that fails any check changes nothing.

use crate::base::field_error::FieldError;
use crate::model::book::Book;
use crate::model::command::Command;
use crate::storage::catalog_check::catalog_problems;
use crate::storage::envelope::{decode, encode_json, DecodeError};
use crate::storage::history_check::{check_history, check_without_replay, HistoryProblem};
use chrono::NaiveDate;
use std::fmt;

/// What a backup holds, shown before the partner confirms the restore.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupSummary {
    pub partner_name: String,
    pub partner_id: String,
    pub customers: usize,
    pub subscriptions: usize,
    pub events: usize,
    /// The first and last recorded day; none for a book without events.
    pub dates: Option<(NaiveDate, NaiveDate)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedBackup {
    pub book: Book,
    pub summary: BackupSummary,
}

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

/// The file's contents: the current envelope with the book as JSON.
pub fn backup_text(book: &Book) -> String {
    encode_json(book)
}

/// e.g. "partnerdesk-backup-Contoso-Partners-2018-06-01.json".
pub fn backup_file_name(partner_name: &str, today: NaiveDate) -> String {
    let words: Vec<&str> = partner_name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let name = if words.is_empty() {
        "partner".to_string()
    } else {
        words.join("-")
    };
    format!("partnerdesk-backup-{name}-{today}.json")
}

/// Reads a file of any known format version and checks all of it: settings, catalog, history.
pub fn check_backup(bytes: &[u8]) -> Result<CheckedBackup, BackupError> {
    let text = std::str::from_utf8(bytes).map_err(|_| BackupError::NotText)?;
    // Editors on Windows may save a byte order mark in front.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let book = decode(text).map_err(BackupError::Unreadable)?.book;
    check_contents(&book, true)?;
    let summary = summarize(&book);
    Ok(CheckedBackup { book, summary })
}

/// What a backup's book and the stored book must both pass: valid settings, a consistent
/// catalog, a history in order and within bounds, and (with `replay`) every customer's history
/// recorded again by the rules exactly as it was.
pub fn check_contents(book: &Book, replay: bool) -> Result<(), BackupError> {
    let settings_errors = book.settings.validate();
    if !settings_errors.is_empty() {
        return Err(BackupError::Settings(settings_errors));
    }
    let problems = catalog_problems(&book.catalog);
    if !problems.is_empty() {
        return Err(BackupError::Catalog(problems));
    }
    if replay {
        check_history(book)
    } else {
        check_without_replay(book)
    }
    .map_err(BackupError::History)
}

pub fn summarize(book: &Book) -> BackupSummary {
    let count = |wanted: fn(&Command) -> bool| {
        book.events
            .iter()
            .filter(|e| e.caused_by.is_none() && wanted(&e.command))
            .count()
    };
    BackupSummary {
        partner_name: book.settings.name.clone(),
        partner_id: book.settings.partner_id.clone(),
        customers: count(|c| matches!(c, Command::CreateCustomer(_))),
        subscriptions: count(|c| {
            matches!(
                c,
                Command::SignUpTrial { .. } | Command::Purchase { .. } | Command::BuyAddOn { .. }
            )
        }),
        events: book.events.len(),
        dates: book
            .events
            .first()
            .zip(book.events.last())
            .map(|(a, b)| (a.date, b.date)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_name_carries_the_partner_and_the_date() {
        let day = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
        assert_eq!(
            backup_file_name("Contoso Partners, Inc.", day),
            "partnerdesk-backup-Contoso-Partners-Inc-2018-06-01.json"
        );
        assert_eq!(
            backup_file_name(" ?? ", day),
            "partnerdesk-backup-partner-2018-06-01.json"
        );
    }
}
