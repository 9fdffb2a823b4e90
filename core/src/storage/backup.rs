//! Backups: the whole book as a readable JSON file, and the complete check a file passes
//! before it may replace the partner's book. A file that fails any check changes nothing.

use crate::base::field_error::FieldError;
use crate::base::money::{Money, MoneyOverflow};
use crate::billing::derive::derive;
use crate::model::book::Book;
use crate::model::command::Command;
use crate::model::settings::RulesProfile;
use crate::storage::catalog_check::catalog_problems;
use crate::storage::envelope::{decode, encode_json, DecodeError};
use crate::storage::history_check::{
    check_history, check_without_replay, HistoryProblem, ReplayPlan,
};
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

/// What a backup bills, shown before the partner confirms the restore: the rules profile it
/// bills by and the total of its invoices up to its last recorded day, so that an amount
/// edited in the file is seen before it becomes the book.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupTotals {
    pub profile: RulesProfile,
    pub currency: String,
    /// The last recorded day; none for a book without events.
    pub up_to: Option<NaiveDate>,
    pub invoiced: Money,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedBackup {
    pub book: Book,
    pub summary: BackupSummary,
    pub totals: BackupTotals,
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
    let mut check = BackupCheck::start(bytes)?;
    while !check.step(usize::MAX)? {}
    Ok(check.finish())
}

/// A backup checked a few customers at a time (the replay of 10,000 customers takes over a
/// second in a browser), so that a page can show the progress and stay responsive.
pub struct BackupCheck {
    book: Book,
    plan: ReplayPlan,
    replayed: usize,
    invoiced: Money,
}

impl BackupCheck {
    /// Reads the file and checks what reads each event once; the replay is left to `step`.
    pub fn start(bytes: &[u8]) -> Result<BackupCheck, BackupError> {
        let text = std::str::from_utf8(bytes).map_err(|_| BackupError::NotText)?;
        // Editors on Windows may save a byte order mark in front.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let book = decode(text).map_err(BackupError::Unreadable)?.book;
        check_contents(&book, false)?;
        let plan = ReplayPlan::of(&book);
        Ok(BackupCheck {
            book,
            plan,
            replayed: 0,
            invoiced: Money::ZERO,
        })
    }

    /// (customers replayed, customers in all).
    pub fn progress(&self) -> (usize, usize) {
        (self.replayed, self.plan.len())
    }

    /// Replays up to `customers` more customers, adding up what they invoiced; true when all
    /// have been replayed.
    pub fn step(&mut self, customers: usize) -> Result<bool, BackupError> {
        let end = self.plan.len().min(self.replayed.saturating_add(customers));
        let up_to = self.book.last_event_date();
        for group in self.replayed..end {
            let small = self
                .plan
                .replay(&self.book, group)
                .map_err(BackupError::History)?;
            if let Some(day) = up_to {
                self.invoiced = invoiced_up_to(&small, day)
                    .and_then(|amount| self.invoiced.checked_add(amount))
                    .map_err(|overflow| {
                        BackupError::History(HistoryProblem {
                            seq: None,
                            message: format!("its invoices can't be added up: {overflow}"),
                        })
                    })?;
            }
        }
        self.replayed = end;
        Ok(self.replayed == self.plan.len())
    }

    /// The checked backup, once `step` said that every customer was replayed.
    pub fn finish(self) -> CheckedBackup {
        let totals = BackupTotals {
            profile: self.book.settings.profile,
            currency: self.book.settings.currency.clone(),
            up_to: self.book.last_event_date(),
            invoiced: self.invoiced.round2(),
        };
        CheckedBackup {
            summary: summarize(&self.book),
            book: self.book,
            totals,
        }
    }
}

/// The total of the invoices a customer's small book issued up to `day`.
fn invoiced_up_to(small: &Book, day: NaiveDate) -> Result<Money, MoneyOverflow> {
    let derived = derive(small, day);
    let issued = derived.lines.iter().filter(|l| l.billing_date <= day);
    Money::checked_sum(issued.map(|l| &l.amount))
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
