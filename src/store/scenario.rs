//! The scenario: a copy of the book played with a moved "today" (see `state::book_state`),
//! kept under its own key as what it adds to the real book (core `scenario_record`), so that
//! it survives a reload, never touches the real book or its journals, and costs a few
//! kilobytes and no long task to store at each action. A scenario an earlier release kept
//! whole, in the book's envelope, under the old key, is still read (ahead, in steps) and
//! replaced by the record at the next action.

use super::backend::{lock, SaveError};
use super::handle::Store;
use super::read_ahead::take_read_ahead;
use super::slot::UnreadableReason;
use super::{OLD_SCENARIO_KEY, SCENARIO_KEY};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::storage::scenario_record::{decode_scenario, encode_scenario, ScenarioError};
use partnerdesk_core::storage::stored::read_stored_book;

impl Store {
    /// The stored scenario, put together on `real` (the real book as loaded); `Ok(None)` when
    /// there is none, `Err` with the reason when it can't be read, fails the check on load or
    /// was played on another book.
    pub fn load_scenario(&self, real: &Book) -> Result<Option<Book>, UnreadableReason> {
        if let Some(text) = self.stored(SCENARIO_KEY)? {
            return decode_scenario(real, &text).map(Some).map_err(|e| match e {
                ScenarioError::Unreadable(e) => UnreadableReason::Book(e),
                ScenarioError::OtherBook => UnreadableReason::ScenarioOfAnotherBook,
            });
        }
        let Some(text) = self.stored(OLD_SCENARIO_KEY)? else {
            return Ok(None);
        };
        take_read_ahead(OLD_SCENARIO_KEY, &text)
            .unwrap_or_else(|| read_stored_book(&text))
            .map(|stored| Some(stored.book))
            .map_err(UnreadableReason::Book)
    }

    /// Stores `scenario`, a copy of `real` played on, in place of the one stored; on error
    /// nothing changed.
    pub fn save_scenario(&self, real: &Book, scenario: &Book) -> Result<(), SaveError> {
        let text = encode_scenario(real, scenario, self.stored_events());
        let written = match self.backend.set(SCENARIO_KEY, &text) {
            // A whole copy an earlier release left may be what fills the quota: it goes first.
            Err(SaveError::QuotaFull)
                if matches!(self.backend.get(OLD_SCENARIO_KEY), Ok(Some(_))) =>
            {
                self.backend.remove(OLD_SCENARIO_KEY)?;
                self.backend.set(SCENARIO_KEY, &text)
            }
            written => written,
        };
        written?;
        // The record now answers first; a whole copy left behind would only hold quota.
        let _ = self.backend.remove(OLD_SCENARIO_KEY);
        Ok(())
    }

    /// The events of the stored book as this tab last read it: the real book's first events,
    /// which no merge of journals renumbers.
    fn stored_events(&self) -> usize {
        lock(&self.book)
            .stored_book()
            .map_or(0, |stored| stored.book.events.len())
    }

    pub fn remove_scenario(&self) -> Result<(), SaveError> {
        self.backend.remove(SCENARIO_KEY)?;
        self.backend.remove(OLD_SCENARIO_KEY)
    }

    fn stored(&self, key: &str) -> Result<Option<String>, UnreadableReason> {
        self.backend.get(key).map_err(UnreadableReason::Storage)
    }
}

#[cfg(test)]
#[path = "scenario/tests.rs"]
mod tests;
