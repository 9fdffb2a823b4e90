//! Reading storage into what this tab knows. The journals are read first, then the book key:
//! a fold writes the book before it removes the journals the book now holds, so a journal found
//! gone comes with the book that holds its entries. Each text is decoded (and checked) only
//! when it changed; then the stored book is merged with every journal, or only with the
//! entries that are new, when they order after everything merged before.

use super::backend::{lock, SaveError};
use super::handle::Store;
use super::read_ahead::take_read_ahead;
use super::slot::{BookLoad, BookSlot, NotKept, Notice, StoredBook, StoredText, UnreadableReason};
use super::{BOOK_KEY, JOURNAL_PREFIX};
use partnerdesk_core::storage::journal::{decode_journal, merge_on, Journal};
use partnerdesk_core::storage::stored::read_stored_book;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The texts of the book key and of every journal key, as storage holds them now.
struct Texts {
    book: Option<String>,
    /// (tab, text)
    journals: Vec<(String, String)>,
}

impl Store {
    /// The stored book now, with every tab's journal merged in; the notice says what the
    /// partner should know (actions of two tabs at the same moment).
    pub(super) fn sync(&self) -> (BookLoad, Option<Notice>) {
        let generation = self.backend.generation();
        match self.read_texts() {
            Ok(texts) => {
                let mut slot = lock(&self.book);
                slot.read_at = Some(generation);
                absorb(&mut slot, texts)
            }
            Err(e) => (
                BookLoad::Unreadable {
                    raw: String::new(),
                    reason: UnreadableReason::Storage(e),
                },
                None,
            ),
        }
    }

    /// What `sync` gives, without reading storage again when nothing was written since this
    /// tab read or wrote it and the stored book is in the current form (an action then only
    /// appends to this tab's journal): reading the 1.2-million-character book key alone took
    /// most of an action's storing.
    pub(super) fn sync_if_written(&self) -> (BookLoad, Option<Notice>) {
        {
            let slot = lock(&self.book);
            let unwritten = slot.read_at == Some(self.backend.generation());
            let current_form = slot.stored_book().is_some_and(|s| s.checked);
            if let (true, true, Some(merged)) = (unwritten, current_form, &slot.merged) {
                return (BookLoad::Loaded(merged.book.clone()), None);
            }
        }
        self.sync()
    }

    fn read_texts(&self) -> Result<Texts, SaveError> {
        let mut journals = Vec::new();
        for key in self.backend.keys_with_prefix(JOURNAL_PREFIX)? {
            if let Some(text) = self.backend.get(&key)? {
                journals.push((key[JOURNAL_PREFIX.len()..].to_string(), text));
            }
        }
        Ok(Texts {
            book: self.backend.get(BOOK_KEY)?,
            journals,
        })
    }
}

fn read_book_text(raw: String) -> StoredText {
    let read = take_read_ahead(BOOK_KEY, &raw)
        .unwrap_or_else(|| read_stored_book(&raw))
        .map(|s| StoredBook {
            book: Arc::new(s.book),
            folded: s.folded,
            checked: s.checked,
            lineage: s.lineage,
        });
    StoredText { raw, read }
}

fn absorb(slot: &mut BookSlot, texts: Texts) -> (BookLoad, Option<Notice>) {
    let Some(book_text) = texts.book else {
        // Nothing stored, or the partner started fresh: this tab's entries went with the book.
        if slot.stored.take().is_some() | slot.merged.take().is_some() {
            slot.seen += 1;
        }
        slot.own.clear();
        slot.journals.clear();
        return (BookLoad::Fresh, None);
    };
    let book_changed = slot.stored.as_ref().is_none_or(|s| s.raw != book_text);
    if book_changed {
        slot.stored = Some(read_book_text(book_text));
    }
    let base = match slot.stored.as_ref().map(|s| (&s.raw, &s.read)) {
        Some((_, Ok(base))) => base.clone(),
        Some((raw, Err(problem))) => {
            let reason = UnreadableReason::Book(problem.clone());
            return unreadable(slot, raw.clone(), reason);
        }
        None => unreachable!("the book key was just read"),
    };
    if let Err((raw, reason)) = absorb_journals(slot, texts.journals) {
        return unreadable(slot, raw, reason);
    }
    let previous = slot.merged.as_ref().map(|m| m.book.clone());
    let journals: Vec<&Journal> = slot.journals.values().map(|(_, j)| j).collect();
    let extended = match slot.merged.as_mut() {
        Some(merged) if !book_changed => merged.extend(&journals),
        _ => false,
    };
    let mut notice = None;
    if !extended {
        let revision = base.lineage.map(|l| l.revision);
        slot.merged = Some(merge_on(base.book, base.folded, revision, &journals));
        // Entries ordered before what this tab merged: two tabs acted at the same moment.
        if previous.is_some() && !book_changed {
            notice = Some(Notice::BothKept);
        }
    }
    let merged = slot.merged.as_ref().expect("merged above");
    let book = merged.book.clone();
    let dropped: Vec<NotKept> = merged
        .dropped
        .iter()
        .filter(|d| slot.told.insert((d.tab.clone(), d.n)))
        .map(|d| NotKept {
            own: d.tab == slot.tab,
            refusal: d.refusal.clone(),
        })
        .collect();
    if !dropped.is_empty() {
        notice = Some(Notice::NotKept(dropped));
    }
    if previous.is_none_or(|p| !Arc::ptr_eq(&p, &book) && *p != *book) {
        slot.seen += 1;
    }
    (BookLoad::Loaded(book), notice)
}

/// Takes in the journals' texts, decoding those that changed; a journal that can't be read
/// comes back as its text and why.
fn absorb_journals(
    slot: &mut BookSlot,
    texts: Vec<(String, String)>,
) -> Result<(), (String, UnreadableReason)> {
    let present: BTreeSet<String> = texts.iter().map(|(tab, _)| tab.clone()).collect();
    for (tab, text) in texts {
        if slot.journals.get(&tab).is_some_and(|(raw, _)| *raw == text) {
            continue;
        }
        match decode_journal(&text) {
            Ok(journal) => {
                slot.journals.insert(tab, (text, journal));
            }
            Err(e) => return Err((text, UnreadableReason::Journal(e))),
        }
    }
    slot.journals.retain(|tab, _| present.contains(tab));
    Ok(())
}

fn unreadable(
    slot: &mut BookSlot,
    raw: String,
    reason: UnreadableReason,
) -> (BookLoad, Option<Notice>) {
    if slot.merged.take().is_some() {
        slot.seen += 1;
    }
    (BookLoad::Unreadable { raw, reason }, None)
}
