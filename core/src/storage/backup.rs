//! Backups: the whole book as a readable JSON file, and the complete check a file passes
//! before it may replace the partner's book. A file that fails any check changes nothing.

use crate::base::money::{Money, MoneyOverflow};
use crate::billing::derive::derive;
use crate::model::book::Book;
use crate::model::command::Command;
use crate::model::settings::RulesProfile;
pub use crate::storage::contents_check::{check_contents, BackupError};
use crate::storage::envelope::encode_json;
use crate::storage::history_check::{HistoryProblem, ReplayPlan};
use crate::storage::stepped_reader::SteppedReader;
use crate::storage::stored::ReadError;
use chrono::NaiveDate;

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

/// A backup checked a step at a time (the replay of 10,000 customers takes over a second in a
/// browser, reading 22 MB of JSON a fifth of one), so that a page can show the progress and
/// stay responsive: first the file read in steps (`stepped_reader`), then a few customers
/// replayed at a time.
pub struct BackupCheck {
    stage: CheckStage,
}

enum CheckStage {
    Reading(SteppedReader),
    Replaying(Box<Replay>),
}

struct Replay {
    book: Book,
    plan: ReplayPlan,
    replayed: usize,
    invoiced: Money,
}

/// Steps of the file's reading done by one `step`: each is a few milliseconds.
const READ_STEPS_AT_ONCE: usize = 2;

impl BackupCheck {
    /// Takes the file; `step` reads and checks it.
    pub fn start(bytes: &[u8]) -> Result<BackupCheck, BackupError> {
        let text = std::str::from_utf8(bytes).map_err(|_| BackupError::NotText)?;
        // Editors on Windows may save a byte order mark in front.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let reader = SteppedReader::backup(text.to_string());
        Ok(BackupCheck {
            stage: CheckStage::Reading(reader),
        })
    }

    /// (customers replayed, customers in all); none in all while the file is read.
    pub fn progress(&self) -> (usize, usize) {
        match &self.stage {
            CheckStage::Reading(_) => (0, 0),
            CheckStage::Replaying(replay) => (replay.replayed, replay.plan.len()),
        }
    }

    /// Reads more of the file and checks what reads each event once, or replays up to
    /// `customers` more customers, adding up what they invoiced; true when all have been
    /// replayed.
    pub fn step(&mut self, customers: usize) -> Result<bool, BackupError> {
        let replay = match &mut self.stage {
            CheckStage::Replaying(replay) => replay,
            CheckStage::Reading(reader) => {
                let read = (0..READ_STEPS_AT_ONCE).any(|_| reader.step());
                if read {
                    // Done: an empty reader takes its place until the replay takes the stage.
                    let reader = std::mem::replace(reader, SteppedReader::backup(String::new()));
                    let book = match reader.finish().1 {
                        Ok(stored) => stored.book,
                        Err(ReadError::Unreadable(e)) => return Err(BackupError::Unreadable(e)),
                        Err(ReadError::Invalid(e)) => return Err(e),
                    };
                    self.stage = CheckStage::Replaying(Box::new(Replay {
                        plan: ReplayPlan::of(&book),
                        book,
                        replayed: 0,
                        invoiced: Money::ZERO,
                    }));
                }
                return Ok(false);
            }
        };
        let end = replay
            .plan
            .len()
            .min(replay.replayed.saturating_add(customers));
        let up_to = replay.book.last_event_date();
        for group in replay.replayed..end {
            let small = replay
                .plan
                .replay(&replay.book, group)
                .map_err(BackupError::History)?;
            if let Some(day) = up_to {
                replay.invoiced = invoiced_up_to(&small, day)
                    .and_then(|amount| replay.invoiced.checked_add(amount))
                    .map_err(|overflow| {
                        BackupError::History(HistoryProblem {
                            seq: None,
                            message: format!("its invoices can't be added up: {overflow}"),
                        })
                    })?;
            }
        }
        replay.replayed = end;
        Ok(replay.replayed == replay.plan.len())
    }

    /// The checked backup, once `step` said that every customer was replayed.
    pub fn finish(self) -> CheckedBackup {
        let CheckStage::Replaying(replay) = self.stage else {
            panic!("a backup's check is finished once every customer is replayed");
        };
        let totals = BackupTotals {
            profile: replay.book.settings.profile,
            currency: replay.book.settings.currency.clone(),
            up_to: replay.book.last_event_date(),
            invoiced: replay.invoiced.round2(),
        };
        CheckedBackup {
            summary: summarize(&replay.book),
            book: replay.book,
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
