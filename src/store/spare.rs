//! A copy of the book made ahead, between actions, for the next action to change in place.
//! An action runs on a copy of the stored book (it is all or nothing, and the page still shows
//! the book as it was); copying 70,000 events took a quarter of an action's time in Chromium.
//! The copy is made on the browser's next turn after the book changed, when nothing waits
//! for it, and is taken only while it is a copy of exactly the book the action starts from.
//! The price is a second copy of the book in memory between actions (the page held two at
//! every action already: the book shown and the one changed).

use super::backend::lock;
use super::handle::Store;
use super::slot::Spare;
use partnerdesk_core::model::book::Book;
use std::sync::Arc;

impl Store {
    /// A copy of `base` to change: the one made ahead when it is of `base`, else a new one.
    pub(super) fn copy_to_change(&self, base: &Arc<Book>) -> Book {
        let spare = lock(&self.book).spare.take();
        match spare {
            Some(spare) if spare.of.upgrade().is_some_and(|of| Arc::ptr_eq(&of, base)) => {
                spare.copy
            }
            _ => base.as_ref().clone(),
        }
    }

    /// Makes the copy for the next action once the browser had its turn; natively, where no
    /// event loop runs, at once.
    pub(super) fn copy_ahead_soon(&self) {
        #[cfg(target_arch = "wasm32")]
        {
            let store = self.clone();
            wasm_bindgen_futures::spawn_local(async move {
                super::event_loop::next_turn().await;
                store.copy_ahead();
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        self.copy_ahead();
    }

    /// Copies the book as this tab knows it now, unless the spare is a copy of it already.
    fn copy_ahead(&self) {
        let current = {
            let slot = lock(&self.book);
            let Some(current) = slot.merged.as_ref().map(|m| m.book.clone()) else {
                return;
            };
            let held = slot.spare.as_ref().and_then(|s| s.of.upgrade());
            if held.is_some_and(|of| Arc::ptr_eq(&of, &current)) {
                return;
            }
            current
        };
        let copy = current.as_ref().clone();
        let mut slot = lock(&self.book);
        // The book may have changed while it was copied: the copy is then of an old one.
        if slot
            .merged
            .as_ref()
            .is_some_and(|m| Arc::ptr_eq(&m.book, &current))
        {
            slot.spare = Some(Spare {
                of: Arc::downgrade(&current),
                copy,
            });
        }
    }
}

#[cfg(test)]
mod tests;
