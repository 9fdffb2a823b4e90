//! The scenario: while "today" is moved, the partner plays the book forward (or back) without
//! touching it. The actions recorded then go into a copy of the book, stored under its own key
//! (`store::SCENARIO_KEY`) as what it adds to the real book, which the views show while today
//! is moved; the real book is never written, and so never blocked, by it. Going back to the
//! real date discards the copy or keeps its actions (`BookState::keep_scenario`); moving today
//! again continues it.

use crate::store::Store;
use leptos::prelude::*;
use partnerdesk_core::model::book::Book;
use partnerdesk_l10n::Key;
use std::sync::Arc;

#[derive(Clone, Copy, Debug)]
pub struct Scenario {
    /// None until the first action recorded with today moved.
    book: RwSignal<Option<Arc<Book>>>,
}

impl Scenario {
    /// The scenario a reload left, put together on `real` (none while the real book can't be
    /// read: it would not fit the placeholder, and stays stored as it is), with a sentence for
    /// the storage banner when it can't be read (it is then replaced by the next action
    /// recorded with today moved).
    pub fn load(store: &Store, real: Option<&Book>) -> (Scenario, Option<String>) {
        let loaded = real.map_or(Ok(None), |real| store.load_scenario(real));
        let (book, problem) = match loaded {
            Ok(book) => (book.map(Arc::new), None),
            Err(reason) => (None, {
                let lang = super::language::current_lang();
                let why = super::stored_problem::unreadable_text(&reason, lang);
                Some(lang.fill(Key::ScenarioUnreadable, &[&why]))
            }),
        };
        let scenario = Scenario {
            book: RwSignal::new(book),
        };
        (scenario, problem)
    }

    /// The scenario's book (reactive).
    pub fn book(&self) -> Option<Arc<Book>> {
        self.book.get()
    }

    pub fn book_untracked(&self) -> Option<Arc<Book>> {
        self.book.get_untracked()
    }

    pub(super) fn set(&self, book: Option<Arc<Book>>) {
        self.book.set(book);
    }
}
