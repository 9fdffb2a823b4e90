//! Each tab's journal: the actions the tab stored since they were last folded into the stored
//! book, under a key that only this tab writes. Two tabs therefore never replace each other's
//! actions, whatever the order of their writes (issue 10 item 3), and an action is stored by
//! writing its journal of a few hundred bytes instead of the whole book (issue 13).
//!
//! Readers merge: the stored book, then every entry it does not hold yet (`Folded`), in one
//! order that every tab computes alike: by Lamport clock (an entry's clock is one more than
//! every clock its tab had merged when it was written, so an entry comes after everything its
//! tab saw), then by tab, then by number. An entry merged on the very book its tab recorded it
//! on (`Recorded`: one tab's actions, reloaded) is appended as recorded; any other entry's
//! commands go through the rules again on their own dates, so it is checked as it is merged,
//! and one the rules now refuse (another tab did at the same moment something that excludes
//! it) is dropped, and the merge says which.

use crate::base::rule_error::RuleError;
use crate::model::book::Book;
use crate::model::event::Event;
use crate::storage::compact_codec::{compress, decompress};
use crate::storage::crc32::Crc32;
use crate::storage::envelope::{DecodeError, Folded};
use crate::storage::rebase::Delta;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

pub const JOURNAL_FORMAT: &str = "partnerdesk-journal";
pub const JOURNAL_VERSION: u64 = 1;

/// One stored action of one tab.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// 1, 2, 3 … within the tab.
    pub n: u64,
    pub clock: u64,
    pub delta: Delta,
    /// What the rules recorded, on the book the tab had merged: absent in entries written
    /// before it was kept (they read as before), and when the tab had no stored book.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<Recorded>,
}

/// The book an entry was recorded on, and what the rules recorded beside its commands. A merge
/// that reaches the entry on that very book (the same stored revision, the same entries
/// merged into it, in the one merge order) appends the recorded events as they are: the rules
/// would record them again, each time the book is loaded, to the same events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recorded {
    /// The stored book's revision.
    pub revision: String,
    /// The entries merged into it, by tab (`Folded::tabs`).
    pub held: BTreeMap<String, u64>,
    /// The events its commands set off (add-ons following their base), in order.
    pub caused: Vec<Event>,
}

impl Entry {
    /// The entry of the action that turned `base` into `next`, on the book `merged` holds.
    pub fn recorded_on(n: u64, merged: &Merged, base: &Book, next: &Book) -> Entry {
        let recorded = merged.revision.as_ref().map(|revision| Recorded {
            revision: revision.clone(),
            held: merged.folded.tabs.clone(),
            caused: next.events[base.events.len()..]
                .iter()
                .filter(|e| e.caused_by.is_some())
                .cloned()
                .collect(),
        });
        Entry {
            n,
            clock: merged.next_clock(),
            delta: Delta::between(base, next),
            recorded,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journal {
    pub tab: String,
    pub entries: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct JournalEnvelope<T> {
    format: String,
    version: u64,
    tab: String,
    checksum: String,
    data: T,
}

/// The CRC-32 of the tab and its entries' JSON: a damaged tab name would hand the entries to
/// another tab, and the merge would apply them again.
fn checksum(tab: &str, json: &[u8]) -> String {
    let crc = Crc32::new()
        .update(tab.as_bytes())
        .update(&[0])
        .update(json);
    format!("{:08x}", crc.value())
}

/// The journal as its key holds it: the entries' JSON, deflated and packed like the book,
/// with the CRC-32 of the tab and the JSON.
pub fn encode_journal(journal: &Journal) -> String {
    let json = serde_json::to_vec(&journal.entries).expect("entries always serialize");
    serde_json::to_string(&JournalEnvelope {
        format: JOURNAL_FORMAT.to_string(),
        version: JOURNAL_VERSION,
        tab: journal.tab.clone(),
        checksum: checksum(&journal.tab, &json),
        data: compress(&json),
    })
    .expect("a journal always serializes")
}

pub fn decode_journal(text: &str) -> Result<Journal, DecodeError> {
    let envelope: JournalEnvelope<String> =
        serde_json::from_str(text).map_err(|e| DecodeError::NotPartnerDesk(e.to_string()))?;
    if envelope.format != JOURNAL_FORMAT {
        return Err(DecodeError::NotPartnerDesk(format!(
            "its format is \"{}\"",
            envelope.format
        )));
    }
    if envelope.version > JOURNAL_VERSION {
        return Err(DecodeError::Newer {
            version: envelope.version,
        });
    }
    let json = decompress(&envelope.data).map_err(DecodeError::Damaged)?;
    if envelope.checksum != checksum(&envelope.tab, &json) {
        return Err(DecodeError::ChecksumMismatch);
    }
    let entries =
        serde_json::from_slice(&json).map_err(|e| DecodeError::NotABook(e.to_string()))?;
    Ok(Journal {
        tab: envelope.tab,
        entries,
    })
}

/// An entry the rules refused on top of the entries merged before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub tab: String,
    pub n: u64,
    pub refusal: RuleError,
}

/// Where an entry stands in the merge order.
type OrderKey = (u64, String, u64);

/// The stored book with the journals' entries merged in, and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    /// Shared with whoever shows it; copied only when an entry is merged while it is shown.
    pub book: Arc<Book>,
    /// The stored book's entries and every entry merged since, applied or dropped.
    pub folded: Folded,
    pub dropped: Vec<Dropped>,
    /// The revision of the stored book merged from, when it has one.
    pub revision: Option<String>,
    /// The last entry merged after the stored book's own.
    last: Option<OrderKey>,
}

impl Merged {
    /// The stored book as it is, holding the entries `folded` names.
    pub fn new(book: Arc<Book>, folded: Folded) -> Merged {
        Merged::on(book, folded, None)
    }

    /// The stored book of `revision` as it is, holding the entries `folded` names.
    pub fn on(book: Arc<Book>, folded: Folded, revision: Option<String>) -> Merged {
        Merged {
            book,
            folded,
            dropped: Vec::new(),
            revision,
            last: None,
        }
    }

    /// Whether the entries merged so far, on this stored book, are those `recorded` was
    /// recorded on.
    fn is_where(&self, recorded: &Recorded) -> bool {
        self.revision.as_deref() == Some(recorded.revision.as_str())
            && self.folded.tabs == recorded.held
    }

    /// The clock of an entry written now: after everything merged.
    pub fn next_clock(&self) -> u64 {
        self.folded.clock + 1
    }

    /// Whether the entry `n` of `tab` is merged (or was folded into the stored book).
    pub fn holds(&self, tab: &str, n: u64) -> bool {
        self.folded.holds(tab, n)
    }

    /// Merges the entries of `journals` not held yet, in the merge order. False, with nothing
    /// changed, when one of them orders before an entry merged earlier: the caller merges again
    /// from the stored book (`merge`).
    pub fn extend(&mut self, journals: &[&Journal]) -> bool {
        let mut new: Vec<(OrderKey, &Entry)> = journals
            .iter()
            .flat_map(|j| {
                j.entries
                    .iter()
                    .filter(|e| !self.holds(&j.tab, e.n))
                    .map(|e| ((e.clock, j.tab.clone(), e.n), e))
            })
            .collect();
        new.sort_by(|a, b| a.0.cmp(&b.0));
        if let (Some(last), Some((first, _))) = (&self.last, new.first()) {
            if first < last {
                return false;
            }
        }
        for (key, entry) in new {
            let recorded = entry.recorded.as_ref().filter(|r| self.is_where(r));
            let book = Arc::make_mut(&mut self.book);
            let appended = recorded.is_some_and(|r| entry.delta.append(book, &r.caused));
            let applied = if appended {
                Ok(())
            } else {
                entry.delta.apply(book)
            };
            if let Err(refusal) = applied {
                self.dropped.push(Dropped {
                    tab: key.1.clone(),
                    n: key.2,
                    refusal,
                });
            }
            self.folded.tabs.insert(key.1.clone(), key.2);
            self.folded.clock = self.folded.clock.max(key.0);
            self.last = Some(key);
        }
        true
    }

    /// `tab`'s own new entry, which it wrote after merging everything: `book` is what applying
    /// it gave.
    pub fn push_own(&mut self, tab: &str, entry: &Entry, book: Arc<Book>) {
        self.book = book;
        self.folded.tabs.insert(tab.to_string(), entry.n);
        self.folded.clock = self.folded.clock.max(entry.clock);
        self.last = Some((entry.clock, tab.to_string(), entry.n));
    }
}

/// The stored book (`book`, holding `folded`) with every journal's entries merged in.
pub fn merge(book: Arc<Book>, folded: Folded, journals: &[&Journal]) -> Merged {
    merge_on(book, folded, None, journals)
}

/// `merge`, from the stored book of `revision`: entries recorded on what it merges are appended
/// as recorded.
pub fn merge_on(
    book: Arc<Book>,
    folded: Folded,
    revision: Option<String>,
    journals: &[&Journal],
) -> Merged {
    let mut merged = Merged::on(book, folded, revision);
    merged.extend(journals);
    merged
}

#[cfg(test)]
mod recorded_tests;
#[cfg(test)]
mod tests;
