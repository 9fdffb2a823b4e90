//! The scenario: a copy of the book played with a moved "today" (see `state::book_state`),
//! stored whole under its own key in the same envelope and check as the book, so that it
//! survives a reload and never touches the real book or its journals.

use super::backend::SaveError;
use super::handle::Store;
use super::read_ahead::take_read_ahead;
use super::slot::UnreadableReason;
use super::SCENARIO_KEY;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::storage::envelope::{encode_stored, Folded, Lineage};
use partnerdesk_core::storage::stored::read_stored_book;

impl Store {
    /// The stored scenario (as the start read it ahead, if it did); `Ok(None)` when there is
    /// none, `Err` with the reason when it can't be read or fails the check of a backup.
    pub fn load_scenario(&self) -> Result<Option<Book>, UnreadableReason> {
        let Some(text) = self
            .backend
            .get(SCENARIO_KEY)
            .map_err(UnreadableReason::Storage)?
        else {
            return Ok(None);
        };
        take_read_ahead(SCENARIO_KEY, &text)
            .unwrap_or_else(|| read_stored_book(&text))
            .map(|stored| Some(stored.book))
            .map_err(UnreadableReason::Book)
    }

    /// Stores `scenario` whole in place of the one stored; on error nothing changed.
    pub fn save_scenario(&self, scenario: &Book) -> Result<(), SaveError> {
        // The scenario has no journals and no history of writes: one revision, checked
        // (its history is as the rules recorded it).
        let lineage = Lineage {
            revision: "scenario".to_string(),
            parent: None,
        };
        let text = encode_stored(scenario, &lineage, &Folded::default(), true);
        self.backend.set(SCENARIO_KEY, &text)
    }

    pub fn remove_scenario(&self) -> Result<(), SaveError> {
        self.backend.remove(SCENARIO_KEY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::BookLoad;
    use partnerdesk_core::model::sample_catalog::sample_catalog;
    use partnerdesk_core::model::settings::PartnerSettings;

    #[test]
    fn a_scenario_is_stored_apart_from_the_book_and_read_back_checked() {
        let store = Store::in_memory();
        assert_eq!(store.load_scenario(), Ok(None));
        let partner = "3f2504e0-4f89-41d3-9a0c-0305e82c3301".to_string();
        let scenario = Book::new(PartnerSettings::new(partner), sample_catalog());
        store.save_scenario(&scenario).unwrap();
        assert_eq!(store.load_scenario(), Ok(Some(scenario)));
        assert_eq!(
            store.load_book(),
            BookLoad::Fresh,
            "the real book is untouched"
        );

        store
            .backend
            .set(SCENARIO_KEY, r#"{"hello":"world"}"#)
            .unwrap();
        assert!(store.load_scenario().is_err());
        store.remove_scenario().unwrap();
        assert_eq!(store.load_scenario(), Ok(None));
    }
}
