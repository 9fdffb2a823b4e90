//! The Store: the app's one handle on storage. Small values as plain JSON under their own
//! keys; the book in the core's envelope with every tab's journal merged in, re-read before an
//! action when anything was written since, so that two tabs build on each other's actions (see
//! the module above for the whole contract).

use super::backend::{local_storage_works, lock, Backend, SaveError};
use super::locks::{hold_tab, TabGuard};
use super::other_tabs::OtherTabWrites;
use super::slot::{BookChange, BookLoad, BookSlot, CommitError, Committed, Notice, Subscriber};
use super::{BOOK_KEY, JOURNAL_PREFIX};
use partnerdesk_core::model::book::Book;
use serde::{de::DeserializeOwned, Serialize};
use std::fmt;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct Store {
    pub(super) backend: Backend,
    pub(super) book: Arc<Mutex<BookSlot>>,
    /// Tells other tabs that this one is open, while any clone of the store lives.
    _tab: Arc<TabGuard>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// localStorage when it can be written, memory otherwise.
    pub fn open() -> Store {
        if local_storage_works() {
            Store::with(Backend::Local)
        } else {
            Store::in_memory()
        }
    }

    /// A store that forgets everything on reload.
    pub fn in_memory() -> Store {
        Store::with(Backend::memory(None))
    }

    /// A store in memory that refuses writes beyond `characters` (keys and values), as a
    /// full localStorage does: for tests of a full quota.
    pub fn in_memory_with_quota(characters: usize) -> Store {
        Store::with(Backend::memory(Some(characters)))
    }

    pub(super) fn with(backend: Backend) -> Store {
        let tab = uuid::Uuid::new_v4().simple().to_string()[..12].to_string();
        Store {
            _tab: Arc::new(hold_tab(&backend, &tab)),
            backend,
            book: Arc::new(Mutex::new(BookSlot::new(tab))),
        }
    }

    /// False when nothing survives a reload: the app then says so.
    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local)
    }

    /// The value stored under `key`; `Ok(None)` when there is none.
    pub fn load<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, String> {
        match self.load_text(key)? {
            Some(text) => serde_json::from_str(&text)
                .map(Some)
                .map_err(|e| e.to_string()),
            None => Ok(None),
        }
    }

    /// The text stored under `key` as it is; `Ok(None)` when there is none.
    pub fn load_text(&self, key: &str) -> Result<Option<String>, String> {
        self.backend.get(key).map_err(|e| e.to_string())
    }

    pub fn save<T: Serialize>(&self, key: &str, value: &T) -> Result<(), String> {
        let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
        self.backend.set(key, &text).map_err(|e| e.to_string())
    }

    pub fn load_book(&self) -> BookLoad {
        let (load, _) = self.sync();
        {
            let mut slot = lock(&self.book);
            slot.delivered = slot.seen;
        }
        self.copy_ahead_soon();
        load
    }

    /// Runs `action` on a copy of the stored book (`new_book()` when nothing is stored) and
    /// stores what it did: on success the book that includes every tab's actions, else
    /// nothing changed.
    pub fn commit_action<T, E>(
        &self,
        new_book: impl FnOnce() -> Book,
        action: impl FnOnce(&mut Book) -> Result<T, E>,
    ) -> Result<Committed<T>, CommitError<E>> {
        let (load, notice) = self.sync_if_written();
        let (base, whole) = match load {
            BookLoad::Fresh => (Arc::new(new_book()), true),
            BookLoad::Loaded(book) => {
                let current_form = lock(&self.book).stored_book().is_some_and(|s| s.checked);
                (book, !current_form)
            }
            BookLoad::Unreadable { reason, .. } => {
                let error = self.report_failure(SaveError::Unreadable(reason.to_string()));
                return Err(CommitError::NotSaved(error));
            }
        };
        let mut next = self.copy_to_change(&base);
        let acted = action(&mut next).map_err(CommitError::Refused);
        let stored = acted.and_then(|value| {
            let next = Arc::new(next);
            self.store_action(&base, next.clone(), whole)
                .map_err(|e| CommitError::NotSaved(self.report_failure(e)))?;
            Ok(Committed {
                book: next,
                value,
                notice,
            })
        });
        // Taken or spoilt by the action: the next action's copy is made ahead again.
        self.copy_ahead_soon();
        stored
    }

    /// Calls `on_change` whenever the stored book changes other than by this tab's actions.
    pub fn subscribe_changes(
        &self,
        on_change: impl Fn(&BookChange) + Send + Sync + 'static,
    ) -> ChangeSubscription {
        let id = self.add_subscriber(Subscriber::Change(Arc::new(on_change)));
        ChangeSubscription::new(self.clone(), id, true)
    }

    /// Calls `on_failure` whenever an action could not be stored (a full quota above all), so
    /// the app can offer a backup download wherever the partner is.
    pub fn subscribe_failures(
        &self,
        on_failure: impl Fn(&SaveError) + Send + Sync + 'static,
    ) -> ChangeSubscription {
        let id = self.add_subscriber(Subscriber::Failure(Arc::new(on_failure)));
        ChangeSubscription::new(self.clone(), id, false)
    }

    fn add_subscriber(&self, subscriber: Subscriber) -> u64 {
        let mut slot = lock(&self.book);
        slot.next_subscriber += 1;
        let id = slot.next_subscriber;
        slot.subscribers.push((id, subscriber));
        id
    }

    fn subscribers(&self) -> Vec<Subscriber> {
        let slot = lock(&self.book);
        slot.subscribers.iter().map(|(_, s)| s.clone()).collect()
    }

    fn unsubscribe(&self, id: u64) {
        lock(&self.book).subscribers.retain(|(i, _)| *i != id);
    }

    /// Another tab wrote: read what is stored now and tell the subscribers if it is new.
    pub(super) fn refresh_from_other_tab(&self) {
        let (load, notice) = self.sync();
        let news = {
            let slot = lock(&self.book);
            slot.seen != slot.delivered
        };
        if news || notice.is_some() {
            self.announce(load, notice);
        }
    }

    pub(super) fn announce(&self, load: BookLoad, notice: Option<Notice>) {
        {
            let mut slot = lock(&self.book);
            slot.delivered = slot.seen;
        }
        let change = BookChange { load, notice };
        // Called with the lock released: a subscriber may well use the store.
        for s in self.subscribers() {
            if let Subscriber::Change(on_change) = s {
                on_change(&change);
            }
        }
    }

    fn report_failure(&self, error: SaveError) -> SaveError {
        for s in self.subscribers() {
            if let Subscriber::Failure(on_failure) = s {
                on_failure(&error);
            }
        }
        error
    }
}

/// A subscription to the store's news; dropping it ends the subscription.
pub struct ChangeSubscription {
    store: Store,
    id: u64,
    _other_tabs: Option<OtherTabWrites>,
}

impl ChangeSubscription {
    /// With `other_tabs`, writes of the book and the journals in other tabs reach the store.
    fn new(store: Store, id: u64, other_tabs: bool) -> ChangeSubscription {
        let other_tabs = (other_tabs && store.is_persistent()).then(|| {
            let target = store.clone();
            OtherTabWrites::matching(
                |key| key == BOOK_KEY || key.starts_with(JOURNAL_PREFIX),
                move || target.refresh_from_other_tab(),
            )
        });
        ChangeSubscription {
            store,
            id,
            _other_tabs: other_tabs,
        }
    }
}

impl Drop for ChangeSubscription {
    fn drop(&mut self) {
        self.store.unsubscribe(self.id);
    }
}

#[cfg(test)]
mod tests;
