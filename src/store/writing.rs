//! Writing: an action appended to this tab's journal (and, when no book in the current form is
//! stored yet, the book written whole with it); the journals folded into the stored book; a
//! book put in place of everything stored, or everything removed.
//!
//! Which writes may happen when. Only this tab writes its journal key, so an action, once
//! stored, is never replaced by another tab's write. The book key is rewritten only inside
//! `locks::exclusive`, one tab at a time, by a section that first reads storage afresh: so a
//! fold always starts from the book the previous fold wrote, and the entries a stored book holds
//! stay held by every later one, which is what lets a fold remove journals. Two writes of the
//! book happen outside the lock: the first (nothing is stored yet) and the rewrite of a book an
//! older release wrote. Each also writes the action into the journal and removes nothing, so
//! a second tab doing the same at the same moment can't lose it: a journal goes only in a fold,
//! which on shared storage runs when a tab opens or after 16 of its actions, never right after
//! a write of the whole book. A tab that read "nothing stored" and writes its first book after
//! another tab's fold removed journals would lose them; that takes a new page or sixteen
//! actions of the other tab inside the one task in which this tab reads and writes.

use super::backend::{lock, Backend, SaveError};
use super::event_loop::next_turn;
use super::folding::{encode_in_steps, release_in_steps};
use super::handle::Store;
use super::locks::{exclusive, OpenTabs};
use super::slot::{BookLoad, BookSlot, StoredBook, StoredText};
use super::{journal_key, BOOK_KEY, JOURNAL_PREFIX};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::storage::envelope::{encode_stored, Folded, Lineage};
use partnerdesk_core::storage::journal::{encode_journal, Entry, Merged};
use partnerdesk_core::storage::rebase::Delta;
use partnerdesk_core::storage::stepped_encoder::{EncodedBook, SteppedEncoder};
use std::sync::Arc;

/// A journal of this many entries, or this many characters, is folded into the book: merging
/// a journal re-checks its entries on every load, and rewriting it grows with it.
const FOLD_AFTER_ENTRIES: usize = 16;
const FOLD_AFTER_CHARACTERS: usize = 64 * 1024;

impl Store {
    /// Stores what turned `base` into `next`: an entry of this tab's journal; with `whole`,
    /// the book too. On any error nothing stored changed.
    pub(super) fn store_action(
        &self,
        base: &Book,
        next: Arc<Book>,
        whole: bool,
    ) -> Result<(), SaveError> {
        if Delta::between(base, &next).is_empty() {
            return Ok(());
        }
        let mut slot = lock(&self.book);
        let unwritten = slot.read_at == Some(self.backend.generation());
        let mut merged = slot
            .merged
            .clone()
            .unwrap_or_else(|| Merged::new(Arc::new(base.clone()), Folded::default()));
        let entry = Entry::recorded_on(slot.next_entry, &merged, base, &next);
        let mut journal = slot.own_journal();
        journal.entries.push(entry.clone());
        let journal_text = encode_journal(&journal);
        let key = journal_key(&slot.tab);
        self.backend.set(&key, &journal_text)?;
        merged.push_own(&slot.tab.clone(), &entry, next.clone());
        if whole {
            if let Err(e) = self.write_book(&mut slot, next, &merged.folded) {
                let previous = slot.journals.get(&slot.tab).map(|(raw, _)| raw.clone());
                let _ = match previous {
                    Some(raw) => self.backend.set(&key, &raw),
                    None => self.backend.remove(&key),
                };
                return Err(e);
            }
            // Later entries are recorded on the book just written.
            merged.revision = slot
                .stored_book()
                .and_then(|s| s.lineage.as_ref())
                .map(|l| l.revision.clone());
        }
        let tab = slot.tab.clone();
        slot.own.push(entry);
        slot.next_entry += 1;
        slot.journals.insert(tab, (journal_text.clone(), journal));
        slot.merged = Some(merged);
        slot.delivered = slot.seen;
        slot.read_at = unwritten.then(|| self.backend.generation());
        // A book written whole holds the entry already, and a fold would only remove the
        // journal; on shared storage the journal stays until a later fold (see above).
        let fold = (whole && !self.backend.is_shared())
            || slot.own.len() >= FOLD_AFTER_ENTRIES
            || journal_text.len() >= FOLD_AFTER_CHARACTERS;
        drop(slot);
        if fold {
            self.fold_soon();
        }
        Ok(())
    }

    /// Writes `book`, holding the journal entries `folded` names, under the book key as a new
    /// revision; its history is as the rules recorded it, so it is marked checked.
    pub(super) fn write_book(
        &self,
        slot: &mut BookSlot,
        book: Arc<Book>,
        folded: &Folded,
    ) -> Result<(), SaveError> {
        let lineage = slot.next_lineage();
        let text = encode_stored(&book, &lineage, folded, true);
        self.put_book(slot, book, folded, lineage, text).map(drop)
    }

    /// Writes `text`, the stored form of `book`, under the book key; hands back the book key
    /// as this tab knew it before, for the caller to free.
    fn put_book(
        &self,
        slot: &mut BookSlot,
        book: Arc<Book>,
        folded: &Folded,
        lineage: Lineage,
        text: String,
    ) -> Result<Option<StoredText>, SaveError> {
        self.backend.set(BOOK_KEY, &text)?;
        let stored = StoredBook {
            book,
            folded: folded.clone(),
            checked: true,
            lineage: Some(lineage),
        };
        Ok(slot.stored.replace(StoredText {
            raw: text,
            read: Ok(stored),
        }))
    }

    /// Puts `book` (a checked backup) in place of whatever is stored: every journal entry
    /// stored so far is superseded by it, and this tab's subscribers are told.
    pub async fn replace_book(&self, book: Book) -> Result<Arc<Book>, SaveError> {
        self.replace_book_showing(book, |_| {}).await
    }

    /// `replace_book`, encoding the book a slice at a time with a turn of the event loop
    /// between (a 22 MB book took 375 ms as one task), `progress` told the events encoded and
    /// the events in all after each. Nothing is written until the text is whole: a restore
    /// interrupted or refused by the quota leaves everything stored as it was.
    pub async fn replace_book_showing(
        &self,
        book: Book,
        progress: impl Fn((usize, usize)) + 'static,
    ) -> Result<Arc<Book>, SaveError> {
        let store = self.clone();
        let book = Arc::new(book);
        let result = {
            let book = book.clone();
            exclusive(&self.backend.clone(), move |open| async move {
                // Lineage and journal entries held are known when it writes.
                let unsealed = Lineage {
                    revision: String::new(),
                    parent: None,
                };
                let mut encoder =
                    SteppedEncoder::new(book.clone(), unsealed, Folded::default(), true);
                // Memory storage: nothing to keep responsive, and nothing must wait.
                let local = matches!(store.backend, Backend::Local);
                if local {
                    encode_in_steps(&mut encoder, progress).await;
                    next_turn().await;
                }
                let data = encoder.finish_data();
                // Reading storage afresh, sealing and writing: a step of its own, with no turn
                // between reading and writing, so no entry stored meanwhile is superseded unseen.
                if local {
                    next_turn().await;
                }
                let replaced = store.replace_inside(book, &data, &open)?;
                if local {
                    release_in_steps(replaced).await;
                }
                Ok(())
            })
            .await
        };
        result?;
        self.announce(BookLoad::Loaded(book.clone()), None);
        Ok(book)
    }

    fn replace_inside(
        &self,
        book: Arc<Book>,
        data: &EncodedBook,
        open: &OpenTabs,
    ) -> Result<Option<StoredText>, SaveError> {
        let _ = self.sync();
        let mut slot = lock(&self.book);
        let mut folded = slot
            .merged
            .as_ref()
            .map(|m| m.folded.clone())
            .unwrap_or_default();
        for (tab, (_, journal)) in &slot.journals {
            for e in &journal.entries {
                let held = folded.tabs.entry(tab.clone()).or_default();
                *held = (*held).max(e.n);
                folded.clock = folded.clock.max(e.clock);
            }
        }
        let lineage = slot.next_lineage();
        let text = data.seal(&lineage, &folded);
        let revision = Some(lineage.revision.clone());
        let replaced = self.put_book(&mut slot, book.clone(), &folded, lineage, text)?;
        slot.merged = Some(Merged::on(book, folded, revision));
        let tab = slot.tab.clone();
        let gone: Vec<String> = slot
            .journals
            .keys()
            .filter(|t| **t == tab || !open.is_open(t))
            .cloned()
            .collect();
        for t in gone {
            let _ = self.backend.remove(&journal_key(&t));
            slot.journals.remove(&t);
        }
        slot.own.clear();
        slot.seen += 1;
        Ok(replaced)
    }

    /// Removes the stored book and every journal, readable or not: only after the partner
    /// confirmed.
    pub fn discard_book(&self) -> Result<(), SaveError> {
        for key in self.backend.keys_with_prefix(JOURNAL_PREFIX)? {
            self.backend.remove(&key)?;
        }
        self.backend.remove(BOOK_KEY)?;
        {
            let mut slot = lock(&self.book);
            slot.stored = None;
            slot.merged = None;
            slot.journals.clear();
            slot.own.clear();
            slot.seen += 1;
        }
        self.announce(BookLoad::Fresh, None);
        Ok(())
    }
}
