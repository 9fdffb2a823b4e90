//! Where the partner's data is kept: the browser's localStorage, or memory when the browser
//! refuses storage (then nothing survives a reload, and the app says so).
//!
//! # The book
//!
//! The book is stored under [`BOOK_KEY`] in the core's versioned envelope (compact: about a
//! quarter of Chromium's quota for 10,000 customers over a year). BookState uses:
//!
//! - [`Store::load_book`] → [`BookLoad`]: `Fresh` (nothing stored), `Loaded(Arc<Book>)` (any
//!   format version, upgraded), or `Unreadable { raw, reason }`. Never writes. Unreadable data
//!   stays exactly as it is: the app shows the recovery page (`pages::recovery`), and
//!   `commit_action` refuses to store over it.
//! - [`Store::commit_action`]`(new_book, action)`: re-reads the stored book first (another tab
//!   may have written since), runs `action` on a copy (`new_book()` when nothing is stored),
//!   and stores the result whole. Refused by the action (`CommitError::Refused`) or not
//!   stored (`CommitError::NotSaved(SaveError::QuotaFull | Unavailable | Unreadable | Other)`):
//!   nothing changed, in storage or in the returned state. On success the caller shows
//!   `Committed::book`, which includes what other tabs did, and `Committed::notice` if set.
//! - [`Store::subscribe_changes`]`(callback)`: the callback gets a [`BookChange`] when another
//!   tab changed the stored book (the window's "storage" event), or this tab replaced or
//!   discarded it. Keep the returned handle alive as long as the callback should run.
//! - [`Store::subscribe_failures`]`(callback)`: the callback gets the [`SaveError`] of every
//!   action that could not be stored; `backup_ui::StorageFailureNotice` uses it to say that
//!   storage is full and offer a backup download. `SaveError::advice` is the sentence to show.
//! - [`Store::replace_book`] (a restored backup) and [`Store::discard_book`] (start fresh after
//!   the partner confirmed): the only writes that don't build on the stored book.
//! - [`Store::in_memory_with_quota`]: memory storage that fills up like localStorage, for
//!   tests of a full quota.
//!
//! Two tabs acting at once both build on the same stored revision; the later write wins in
//! localStorage. Each write names its revision and parent (core `storage_envelope`), so the
//! tab whose write was replaced sees a sibling of it and puts its actions back on top
//! (core `book_rebase`): no update is lost.
//!
//! # Small values
//!
//! [`Store::load`] and [`Store::save`] keep any serde value as plain JSON under its own key
//! (settings, the moved "today").

use crate::storage_backend::{local_storage_works, lock, Backend};
use crate::storage_events::ChangeSubscription;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::storage::envelope::{decode, encode_compact, Lineage};
use partnerdesk_core::storage::rebase::Delta;
use serde::{de::DeserializeOwned, Serialize};
use std::fmt;
use std::sync::{Arc, Mutex};

pub use crate::storage_backend::SaveError;

/// The partner's profile (core `PartnerSettings`).
pub const SETTINGS_KEY: &str = "partnerdesk.settings.v1";
/// The date "today" was moved to, if it was (see `clock`).
pub const TODAY_KEY: &str = "partnerdesk.today.v1";
/// The book. The key keeps the name it had when it held the bare book of format version 1;
/// the format version now lives in the envelope, so one key holds every version and each
/// write replaces the book whole (setItem is atomic).
pub const BOOK_KEY: &str = "partnerdesk.book.v1";

#[derive(Clone, Debug, PartialEq)]
pub enum BookLoad {
    Fresh,
    Loaded(Arc<Book>),
    /// The stored text, untouched, and why it can't be read.
    Unreadable {
        raw: String,
        reason: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct BookChange {
    pub load: BookLoad,
    /// Something the partner should know, e.g. that an action of this tab was put back on top
    /// of another tab's.
    pub notice: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CommitError<E> {
    Refused(E),
    NotSaved(SaveError),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Committed<T> {
    pub book: Arc<Book>,
    pub value: T,
    pub notice: Option<String>,
}

#[derive(Clone)]
enum Subscriber {
    Change(Arc<dyn Fn(&BookChange) + Send + Sync>),
    Failure(Arc<dyn Fn(&SaveError) + Send + Sync>),
}

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

/// What this tab knows of the stored book.
struct BookSlot {
    /// Names this tab's writes: "<tab>:<n>".
    tab: String,
    writes: u64,
    /// The stored text last read or written, decoded: a re-read that finds the same text
    /// needs no decoding. None when nothing is stored.
    known: Option<Known>,
    /// Counts changes of the stored state seen by this tab; `delivered` is the count the app
    /// was last handed, so a change is announced once, whichever path saw it first.
    seen: u64,
    delivered: u64,
    /// This tab's last write and what it did, until a sibling write shows it was replaced.
    last_write: Option<(Lineage, Delta)>,
    subscribers: Vec<(u64, Subscriber)>,
    next_subscriber: u64,
}

struct Known {
    raw: String,
    /// The book and its revision, or why the text can't be read.
    decoded: Result<(Arc<Book>, Option<String>), String>,
}

impl Known {
    fn load(&self) -> BookLoad {
        match &self.decoded {
            Ok((book, _)) => BookLoad::Loaded(book.clone()),
            Err(reason) => BookLoad::Unreadable {
                raw: self.raw.clone(),
                reason: reason.clone(),
            },
        }
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
            book: Arc::new(Mutex::new(BookSlot {
                tab: tab[..12].to_string(),
                writes: 0,
                known: None,
                seen: 0,
                delivered: 0,
                last_write: None,
                subscribers: Vec::new(),
                next_subscriber: 0,
            })),
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

    pub(crate) fn unsubscribe(&self, id: u64) {
        lock(&self.book).subscribers.retain(|(i, _)| *i != id);
    }

    /// Another tab wrote: read what is stored now and tell the subscribers if it is new.
    pub(crate) fn refresh_from_other_tab(&self) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use partnerdesk_core::base::rule_error::RuleError;
    use partnerdesk_core::model::command::Command;
    use partnerdesk_core::storage::envelope::encode_compact;
    use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
    use partnerdesk_core::NaiveDate;
    use std::sync::Mutex;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
    }

    fn act(store: &Store, n: usize) -> Result<Committed<()>, CommitError<RuleError>> {
        store.commit_action(empty_book, |b| {
            b.execute(generated_customer(n), day()).map(|_| ())
        })
    }

    fn customers(load: &BookLoad) -> usize {
        match load {
            BookLoad::Loaded(book) => book.events.len(),
            other => panic!("expected a book, got {other:?}"),
        }
    }

    /// Two tabs: two stores over the same storage.
    fn tabs() -> (Store, Store) {
        let shared = Backend::memory(None);
        (Store::with(shared.clone()), Store::with(shared))
    }

    #[test]
    fn memory_store_round_trips_and_reports_missing_keys() {
        let store = Store::in_memory();
        assert!(!store.is_persistent());
        assert_eq!(store.load::<u32>("k"), Ok(None));
        store.save("k", &42u32).unwrap();
        assert_eq!(store.load::<u32>("k"), Ok(Some(42)));
    }

    #[test]
    fn unreadable_values_are_errors_not_defaults() {
        let store = Store::in_memory();
        store.save("k", &"text").unwrap();
        assert!(store.load::<u32>("k").is_err());
    }

    #[test]
    fn an_action_is_stored_whole_and_a_refusal_stores_nothing() {
        let store = Store::in_memory();
        assert_eq!(store.load_book(), BookLoad::Fresh);
        let done = act(&store, 1).unwrap();
        assert_eq!(done.book.events.len(), 1);
        assert_eq!(customers(&store.load_book()), 1);
        let stored = store.backend.get(BOOK_KEY).unwrap();
        assert!(matches!(act(&store, 1), Err(CommitError::Refused(_))));
        assert_eq!(store.backend.get(BOOK_KEY).unwrap(), stored);
    }

    #[test]
    fn a_full_quota_refuses_the_action_and_changes_nothing() {
        const QUOTA: usize = 10_000;
        let store = Store::in_memory_with_quota(QUOTA);
        act(&store, 1).unwrap();
        let before = store.backend.get(BOOK_KEY).unwrap().unwrap();
        let used = BOOK_KEY.len() + before.encode_utf16().count() + "filler".len();
        store
            .backend
            .set("filler", &"x".repeat(QUOTA - used))
            .unwrap();
        let failures = Arc::new(Mutex::new(Vec::new()));
        let log = failures.clone();
        let _subscription = store.subscribe_failures(move |e| log.lock().unwrap().push(e.clone()));
        assert_eq!(
            act(&store, 2),
            Err(CommitError::NotSaved(SaveError::QuotaFull))
        );
        assert_eq!(store.backend.get(BOOK_KEY).unwrap().unwrap(), before);
        assert_eq!(customers(&store.load_book()), 1);
        assert_eq!(*failures.lock().unwrap(), vec![SaveError::QuotaFull]);
    }

    #[test]
    fn unreadable_data_is_kept_untouched_and_not_stored_over() {
        let store = Store::in_memory();
        store
            .backend
            .set(BOOK_KEY, "{\"format\":\"partnerdesk\",garbage")
            .unwrap();
        let BookLoad::Unreadable { raw, reason } = store.load_book() else {
            panic!("garbage must not read as a book");
        };
        assert_eq!(raw, "{\"format\":\"partnerdesk\",garbage");
        assert!(reason.starts_with("The data is not JSON"), "{reason}");
        assert!(matches!(
            act(&store, 1),
            Err(CommitError::NotSaved(SaveError::Unreadable(_)))
        ));
        assert_eq!(store.backend.get(BOOK_KEY).unwrap().unwrap(), raw);
        store.discard_book().unwrap();
        assert_eq!(store.load_book(), BookLoad::Fresh);
    }

    #[test]
    fn a_book_of_format_version_1_is_read_and_rewritten_in_the_envelope() {
        let store = Store::in_memory();
        let mut v1 = empty_book();
        v1.execute(generated_customer(1), day()).unwrap();
        store.save(BOOK_KEY, &v1).unwrap();
        assert_eq!(store.load_book(), BookLoad::Loaded(Arc::new(v1)));
        act(&store, 2).unwrap();
        let stored = store.backend.get(BOOK_KEY).unwrap().unwrap();
        assert!(stored.starts_with("{\"format\":\"partnerdesk\",\"version\":2,"));
    }

    #[test]
    fn an_action_in_one_tab_builds_on_the_other_tabs_action() {
        let (a, b) = tabs();
        a.load_book();
        b.load_book();
        act(&a, 1).unwrap();
        let done = act(&b, 2).unwrap();
        assert_eq!(done.book.events.len(), 2);
        assert_eq!(done.notice, None);
    }

    #[test]
    fn a_write_replaced_by_another_tabs_is_put_back_on_top() {
        let (a, b) = tabs();
        act(&a, 1).unwrap();
        b.load_book();
        act(&b, 2).unwrap();
        // Tab A acts on the revision B built on, as if B's write had not reached it yet.
        let parent = b.book.lock().unwrap().last_write.clone().unwrap().0.parent;
        let mut theirs = match a.load_book() {
            BookLoad::Loaded(book) => book.as_ref().clone(),
            other => panic!("{other:?}"),
        };
        theirs.events.truncate(1);
        theirs.execute(generated_customer(3), day()).unwrap();
        let sibling = Lineage {
            revision: "a-tab:9".into(),
            parent,
        };
        a.backend
            .set(BOOK_KEY, &encode_compact(&theirs, &sibling))
            .unwrap();

        let heard = Arc::new(Mutex::new(Vec::new()));
        let log = heard.clone();
        let _subscription =
            b.subscribe_changes(move |change| log.lock().unwrap().push(change.clone()));
        b.refresh_from_other_tab();
        let heard = heard.lock().unwrap();
        assert_eq!(heard.len(), 1);
        assert_eq!(
            heard[0].notice.as_deref(),
            Some("Another tab changed the book at the same moment; both changes are kept.")
        );
        let BookLoad::Loaded(merged) = a.load_book() else {
            panic!()
        };
        let kept: Vec<&Command> = merged.events.iter().map(|e| &e.command).collect();
        assert_eq!(
            kept,
            vec![
                &generated_customer(1),
                &generated_customer(3),
                &generated_customer(2)
            ]
        );
    }

    #[test]
    fn replacing_or_discarding_the_book_tells_the_subscribers() {
        let store = Store::in_memory();
        let heard = Arc::new(Mutex::new(Vec::new()));
        let log = heard.clone();
        let subscription =
            store.subscribe_changes(move |change| log.lock().unwrap().push(change.load.clone()));
        let mut restored = empty_book();
        restored.execute(generated_customer(4), day()).unwrap();
        store.replace_book(restored.clone()).unwrap();
        store.discard_book().unwrap();
        drop(subscription);
        store.replace_book(restored.clone()).unwrap();
        assert_eq!(
            *heard.lock().unwrap(),
            vec![BookLoad::Loaded(Arc::new(restored)), BookLoad::Fresh]
        );
    }
}
