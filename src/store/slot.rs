//! What this tab knows of the stored book, and the shapes in which the store hands the book
//! out: the store's data, apart from the code that reads and writes it.

use super::backend::SaveError;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::storage::envelope::Lineage;
use partnerdesk_core::storage::rebase::Delta;
use std::sync::Arc;

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
pub(super) enum Subscriber {
    Change(Arc<dyn Fn(&BookChange) + Send + Sync>),
    Failure(Arc<dyn Fn(&SaveError) + Send + Sync>),
}

/// What this tab knows of the stored book.
pub(super) struct BookSlot {
    /// Names this tab's writes: "<tab>:<n>".
    pub(super) tab: String,
    pub(super) writes: u64,
    /// The stored text last read or written, decoded: a re-read that finds the same text
    /// needs no decoding. None when nothing is stored.
    pub(super) known: Option<Known>,
    /// Counts changes of the stored state seen by this tab; `delivered` is the count the app
    /// was last handed, so a change is announced once, whichever path saw it first.
    pub(super) seen: u64,
    pub(super) delivered: u64,
    /// This tab's last write and what it did, until a sibling write shows it was replaced.
    pub(super) last_write: Option<(Lineage, Delta)>,
    pub(super) subscribers: Vec<(u64, Subscriber)>,
    pub(super) next_subscriber: u64,
}

pub(super) struct Known {
    pub(super) raw: String,
    /// The book and its revision, or why the text can't be read.
    pub(super) decoded: Result<(Arc<Book>, Option<String>), String>,
}

impl Known {
    pub(super) fn load(&self) -> BookLoad {
        match &self.decoded {
            Ok((book, _)) => BookLoad::Loaded(book.clone()),
            Err(reason) => BookLoad::Unreadable {
                raw: self.raw.clone(),
                reason: reason.clone(),
            },
        }
    }
}

impl BookSlot {
    /// Nothing known yet; `tab` names this tab's writes.
    pub(super) fn new(tab: String) -> BookSlot {
        BookSlot {
            tab,
            writes: 0,
            known: None,
            seen: 0,
            delivered: 0,
            last_write: None,
            subscribers: Vec::new(),
            next_subscriber: 0,
        }
    }
}
