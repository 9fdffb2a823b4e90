//! The Store: the app's one handle on storage. Small values as plain JSON under their own
//! keys; the book in the core's envelope, re-read before every action so that two tabs build
//! on each other's writes (see the module above for the whole contract).

use super::backend::{local_storage_works, lock, Backend, SaveError};
use super::other_tabs::OtherTabWrites;
use super::slot::{BookChange, BookLoad, BookSlot, CommitError, Committed, Known, Subscriber};
use super::BOOK_KEY;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::storage::envelope::{decode, encode_compact, Lineage};
use partnerdesk_core::storage::rebase::Delta;
use serde::{de::DeserializeOwned, Serialize};
use std::fmt;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct Store {
    backend: Backend,
    book: Arc<Mutex<BookSlot>>,
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

    fn with(backend: Backend) -> Store {
        let tab = uuid::Uuid::new_v4().simple().to_string();
        Store {
            backend,
            book: Arc::new(Mutex::new(BookSlot::new(tab[..12].to_string()))),
        }
    }

    /// False when nothing survives a reload: the app then says so.
    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local)
    }

    /// The value stored under `key`; `Ok(None)` when there is none.
    pub fn load<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, String> {
        match self.backend.get(key).map_err(|e| e.to_string())? {
            Some(text) => serde_json::from_str(&text)
                .map(Some)
                .map_err(|e| e.to_string()),
            None => Ok(None),
        }
    }

    pub fn save<T: Serialize>(&self, key: &str, value: &T) -> Result<(), String> {
        let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
        self.backend.set(key, &text).map_err(|e| e.to_string())
    }

    pub fn load_book(&self) -> BookLoad {
        let (load, _) = self.sync();
        let mut slot = lock(&self.book);
        slot.delivered = slot.seen;
        load
    }

    pub fn commit_action<T, E>(
        &self,
        new_book: impl FnOnce() -> Book,
        action: impl FnOnce(&mut Book) -> Result<T, E>,
    ) -> Result<Committed<T>, CommitError<E>> {
        let (load, notice) = self.sync();
        let base = match load {
            BookLoad::Fresh => Arc::new(new_book()),
            BookLoad::Loaded(book) => book,
            BookLoad::Unreadable { reason, .. } => {
                let error = self.report_failure(SaveError::Unreadable(reason));
                return Err(CommitError::NotSaved(error));
            }
        };
        let mut next = base.as_ref().clone();
        let value = action(&mut next).map_err(CommitError::Refused)?;
        let next = Arc::new(next);
        let lineage = self
            .write(next.clone())
            .map_err(|e| CommitError::NotSaved(self.report_failure(e)))?;
        let mut slot = lock(&self.book);
        slot.last_write = Some((lineage, Delta::between(&base, &next)));
        slot.delivered = slot.seen;
        Ok(Committed {
            book: next,
            value,
            notice,
        })
    }

    /// Stores `book` in place of whatever is stored (a restored backup), and tells this
    /// tab's subscribers.
    pub fn replace_book(&self, book: Book) -> Result<Arc<Book>, SaveError> {
        let book = Arc::new(book);
        self.write(book.clone())?;
        lock(&self.book).last_write = None;
        self.announce(BookLoad::Loaded(book.clone()), None);
        Ok(book)
    }

    /// Removes the stored book, readable or not: only after the partner confirmed.
    pub fn discard_book(&self) -> Result<(), SaveError> {
        self.backend.remove(BOOK_KEY)?;
        {
            let mut slot = lock(&self.book);
            slot.known = None;
            slot.last_write = None;
            slot.seen += 1;
        }
        self.announce(BookLoad::Fresh, None);
        Ok(())
    }

    /// Calls `on_change` whenever the stored book changes other than by this tab's actions.
    pub fn subscribe_changes(
        &self,
        on_change: impl Fn(&BookChange) + Send + Sync + 'static,
    ) -> ChangeSubscription {
        let id = self.add_subscriber(Subscriber::Change(Arc::new(on_change)));
        ChangeSubscription::new(self.clone(), id, Some(BOOK_KEY))
    }

    /// Calls `on_failure` whenever an action could not be stored (a full quota above all), so
    /// the app can offer a backup download wherever the partner is.
    pub fn subscribe_failures(
        &self,
        on_failure: impl Fn(&SaveError) + Send + Sync + 'static,
    ) -> ChangeSubscription {
        let id = self.add_subscriber(Subscriber::Failure(Arc::new(on_failure)));
        ChangeSubscription::new(self.clone(), id, None)
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
    fn refresh_from_other_tab(&self) {
        let (load, notice) = self.sync();
        let news = {
            let slot = lock(&self.book);
            slot.seen != slot.delivered
        };
        if news || notice.is_some() {
            self.announce(load, notice);
        }
    }

    fn announce(&self, load: BookLoad, notice: Option<String>) {
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

    /// The stored book now. If another tab's write replaced this tab's last one (both built
    /// on the same revision), this tab's actions are put back on top and stored; the notice
    /// says what happened.
    fn sync(&self) -> (BookLoad, Option<String>) {
        let raw = match self.backend.get(BOOK_KEY) {
            Ok(raw) => raw,
            Err(e) => {
                let reason = e.to_string();
                return (
                    BookLoad::Unreadable {
                        raw: String::new(),
                        reason,
                    },
                    None,
                );
            }
        };
        let mut slot = lock(&self.book);
        let Some(raw) = raw else {
            if slot.known.take().is_some() {
                slot.seen += 1;
            }
            return (BookLoad::Fresh, None);
        };
        if let Some(known) = slot.known.as_ref().filter(|k| k.raw == raw) {
            return (known.load(), None);
        }
        slot.seen += 1;
        let decoded = decode(&raw).map_err(|e| e.to_string());
        let lineage = decoded.as_ref().ok().and_then(|s| s.lineage.clone());
        let known = Known {
            raw,
            decoded: decoded.map(|s| (Arc::new(s.book), s.lineage.map(|l| l.revision))),
        };
        let load = known.load();
        slot.known = Some(known);
        let replaced_ours = match (&slot.last_write, &lineage) {
            (Some((ours, _)), Some(theirs)) => {
                theirs.parent == ours.parent && theirs.revision != ours.revision
            }
            _ => false,
        };
        let (BookLoad::Loaded(theirs), true) = (&load, replaced_ours) else {
            return (load, None);
        };
        let (_, delta) = slot.last_write.take().expect("checked above");
        drop(slot);
        self.put_back(theirs.clone(), &delta)
    }

    /// Stores `delta` on top of `theirs`, or says why it can't be kept.
    fn put_back(&self, theirs: Arc<Book>, delta: &Delta) -> (BookLoad, Option<String>) {
        const BOTH: &str = "Another tab changed the book at the same moment";
        let merged = match delta.apply_to(&theirs) {
            Ok(merged) => Arc::new(merged),
            Err(refusal) => {
                let notice = format!(
                    "{BOTH}, and this tab's last action no longer fits it, so it was not kept. {}",
                    refusal.message
                );
                return (BookLoad::Loaded(theirs), Some(notice));
            }
        };
        match self.write(merged.clone()) {
            Ok(lineage) => {
                lock(&self.book).last_write = Some((lineage, Delta::between(&theirs, &merged)));
                let notice = format!("{BOTH}; both changes are kept.");
                (BookLoad::Loaded(merged), Some(notice))
            }
            Err(e) => {
                let notice = format!(
                    "{BOTH}, and this tab's last action could not be stored again ({e}), so it was not kept."
                );
                (BookLoad::Loaded(theirs), Some(notice))
            }
        }
    }

    /// Stores `book` as a new revision built on the known one, and remembers it as known.
    fn write(&self, book: Arc<Book>) -> Result<Lineage, SaveError> {
        let lineage = {
            let mut slot = lock(&self.book);
            slot.writes += 1;
            let parent = slot
                .known
                .as_ref()
                .and_then(|k| k.decoded.as_ref().ok())
                .and_then(|(_, revision)| revision.clone());
            Lineage {
                revision: format!("{}:{}", slot.tab, slot.writes),
                parent,
            }
        };
        let raw = encode_compact(&book, &lineage);
        self.backend.set(BOOK_KEY, &raw)?;
        let mut slot = lock(&self.book);
        slot.known = Some(Known {
            raw,
            decoded: Ok((book, Some(lineage.revision.clone()))),
        });
        slot.seen += 1;
        Ok(lineage)
    }
}

/// A subscription to the store's news; dropping it ends the subscription.
pub struct ChangeSubscription {
    store: Store,
    id: u64,
    _other_tabs: Option<OtherTabWrites>,
}

impl ChangeSubscription {
    /// With a `key`, changes of it in other tabs reach the store too.
    fn new(store: Store, id: u64, key: Option<&'static str>) -> ChangeSubscription {
        let other_tabs = key.filter(|_| store.is_persistent()).map(|key| {
            let target = store.clone();
            OtherTabWrites::new(key, move || target.refresh_from_other_tab())
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
