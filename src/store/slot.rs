//! What this tab knows of the stored book, and the shapes in which the store hands the book
//! out: the store's data, apart from the code that reads and writes it.

use super::backend::SaveError;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::storage::envelope::{DecodeError, Folded, Lineage};
use partnerdesk_core::storage::journal::{Entry, Journal, Merged};
use partnerdesk_core::storage::stored::ReadError;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::{Arc, Weak};

#[derive(Clone, Debug, PartialEq)]
pub enum BookLoad {
    Fresh,
    Loaded(Arc<Book>),
    /// The stored text, untouched, and why it can't be read.
    Unreadable {
        raw: String,
        reason: UnreadableReason,
    },
}

/// Why the stored book can't be read, as data: the pages word it in the partner's language
/// (`components::stored_problem`); its `Display` is the English.
#[derive(Clone, Debug, PartialEq)]
pub enum UnreadableReason {
    Book(ReadError),
    /// One tab's journal of actions.
    Journal(DecodeError),
    /// Storage itself refused to be read.
    Storage(SaveError),
    /// A scenario kept for a book that is no longer the real one.
    ScenarioOfAnotherBook,
}

impl fmt::Display for UnreadableReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnreadableReason::Book(e) => e.fmt(f),
            UnreadableReason::Journal(e) => {
                write!(
                    f,
                    "The actions stored by one of your tabs can't be read: {e}"
                )
            }
            UnreadableReason::Storage(e) => e.fmt(f),
            UnreadableReason::ScenarioOfAnotherBook => f.write_str(
                "it was played on another book: a backup was restored or the book was started anew",
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct BookChange {
    pub load: BookLoad,
    pub notice: Option<Notice>,
}

/// What another tab's change at the same moment did to the book, as data: the page words it
/// in the partner's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Two tabs acted at the same moment and both actions are in the book.
    BothKept,
    /// Actions that no longer fitted the book once the other tab's was in it, so not kept.
    NotKept(Vec<NotKept>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct NotKept {
    /// The action was this tab's own (else another tab's).
    pub own: bool,
    /// Why the rules refused it on the book as it now is.
    pub refusal: RuleError,
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
    pub notice: Option<Notice>,
}

#[derive(Clone)]
pub(super) enum Subscriber {
    Change(Arc<dyn Fn(&BookChange) + Send + Sync>),
    Failure(Arc<dyn Fn(&SaveError) + Send + Sync>),
}

/// The book key as it read: the book, the journal entries it holds, whether its history was
/// checked whole when written (not so for a book an older release wrote: the next action
/// rewrites it in the current form), and its revision.
#[derive(Clone)]
pub(super) struct StoredBook {
    pub(super) book: Arc<Book>,
    pub(super) folded: Folded,
    pub(super) checked: bool,
    pub(super) lineage: Option<Lineage>,
}

/// A copy of the book `of`, made ahead for the next action (`spare`). Weak: a spare never keeps
/// an old book in memory, and a book changed in place (`Arc::make_mut` of a journal merge) no
/// longer upgrades, so its spare is not taken.
pub(super) struct Spare {
    pub(super) of: Weak<Book>,
    pub(super) copy: Book,
}

/// The book key's text as last read or written, and what it read as.
pub(super) struct StoredText {
    pub(super) raw: String,
    pub(super) read: Result<StoredBook, ReadError>,
}

/// What this tab knows of the stored book.
pub(super) struct BookSlot {
    /// Names this tab's journal and its writes of the book.
    pub(super) tab: String,
    pub(super) writes: u64,
    /// None when nothing is stored under the book key.
    pub(super) stored: Option<StoredText>,
    /// Every journal key as last read or written, by tab: its text and its journal.
    pub(super) journals: BTreeMap<String, (String, Journal)>,
    /// The stored book with every journal merged in, while the stored book reads.
    pub(super) merged: Option<Merged>,
    /// This tab's journal entries, until a fold of its own finds them in the stored book.
    pub(super) own: Vec<Entry>,
    pub(super) next_entry: u64,
    /// Dropped entries the partner was told of.
    pub(super) told: HashSet<(String, u64)>,
    /// Counts changes of the stored state seen by this tab; `delivered` is the count the app
    /// was last handed, so a change is announced once, whichever path saw it first.
    pub(super) seen: u64,
    pub(super) delivered: u64,
    pub(super) subscribers: Vec<(u64, Subscriber)>,
    pub(super) next_subscriber: u64,
    /// The storage's generation (`Backend::generation`) when this tab last read all of it, or
    /// last wrote with nothing written since that read: while it stays, what the tab knows is
    /// what is stored.
    pub(super) read_at: Option<u64>,
    /// A copy of the book made ahead for the next action (`spare`).
    pub(super) spare: Option<Spare>,
}

impl BookSlot {
    /// Nothing known yet; `tab` names this tab's journal and writes.
    pub(super) fn new(tab: String) -> BookSlot {
        BookSlot {
            tab,
            writes: 0,
            stored: None,
            journals: BTreeMap::new(),
            merged: None,
            own: Vec::new(),
            next_entry: 1,
            told: HashSet::new(),
            seen: 0,
            delivered: 0,
            subscribers: Vec::new(),
            next_subscriber: 0,
            read_at: None,
            spare: None,
        }
    }

    /// The stored book as read, when it reads.
    pub(super) fn stored_book(&self) -> Option<&StoredBook> {
        self.stored.as_ref().and_then(|s| s.read.as_ref().ok())
    }

    /// A revision for this tab's next write of the book, built on the stored one.
    pub(super) fn next_lineage(&mut self) -> Lineage {
        self.writes += 1;
        Lineage {
            revision: format!("{}:{}", self.tab, self.writes),
            parent: self
                .stored_book()
                .and_then(|s| s.lineage.as_ref())
                .map(|l| l.revision.clone()),
        }
    }

    /// This tab's journal: its entries not yet found in the stored book by a fold of its own.
    pub(super) fn own_journal(&self) -> Journal {
        Journal {
            tab: self.tab.clone(),
            entries: self.own.clone(),
        }
    }
}
