//! The partner's book: settings, the base catalog and the append-only history of accepted
//! commands, as plain data. Everything else is derived from it; recording a command is the
//! rules' business (`rules::record`).

use crate::model::catalog::{Catalog, PricePoint};
use crate::model::command::Command;
use crate::model::event::Event;
use crate::model::nce::offer::NceCatalog;
use crate::model::nce::sample_catalog::nce_sample_catalog;
use crate::model::price_list_plan::apply_price_list;
use crate::model::settings::PartnerSettings;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::{Deref, Index, IndexMut};
use std::slice::SliceIndex;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    pub settings: PartnerSettings,
    /// The catalog as imported or built in; list price changes live in the history.
    pub catalog: Catalog,
    /// The new commerce catalog (price rows per offer, term and plan) when it is not the built-in
    /// one of N3: a book that never set it (every stored book before profile 2022) has the sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nce_catalog: Option<NceCatalog>,
    pub events: History,
}

impl Book {
    pub fn new(settings: PartnerSettings, catalog: Catalog) -> Book {
        Book {
            settings,
            catalog,
            nce_catalog: None,
            events: History::default(),
        }
    }

    /// The new commerce catalog the book bills by under profile 2022 (N2, N3).
    pub fn nce_catalog(&self) -> Cow<'_, NceCatalog> {
        match &self.nce_catalog {
            Some(catalog) => Cow::Borrowed(catalog),
            None => Cow::Owned(nce_sample_catalog()),
        }
    }

    /// The date of the latest recorded action: the history never goes back before it (H1).
    pub fn last_event_date(&self) -> Option<NaiveDate> {
        self.events.last().map(|e| e.date)
    }

    /// The catalog with the list price changes accepted up to `today` (P8).
    pub fn catalog_on(&self, today: NaiveDate) -> Catalog {
        let mut catalog = self.catalog.clone();
        for e in self.events.iter().take_while(|e| e.date <= today) {
            if let Command::ChangePrice {
                offer_id,
                from,
                monthly,
                erp,
            } = &e.command
            {
                catalog.set_price(PricePoint {
                    offer_id: offer_id.clone(),
                    from: *from,
                    monthly: *monthly,
                    erp: *erp,
                });
            } else if let Command::ImportPriceList(plan) = &e.command {
                apply_price_list(&mut catalog, plan);
            }
        }
        catalog
    }

    /// The events of one customer, in order.
    pub fn customer_events<'a>(
        &'a self,
        customer_id: &'a str,
    ) -> impl Iterator<Item = &'a Event> + Clone {
        self.events
            .iter()
            .filter(move |e| e.customer_id.as_deref() == Some(customer_id))
    }

    /// The customer a subscription belongs to.
    pub fn customer_of(&self, subscription_id: &str) -> Option<&str> {
        self.events
            .iter()
            .find(|e| e.command.target_subscription() == Some(subscription_id))
            .and_then(|e| e.customer_id.as_deref())
    }

    /// Every event that touched one subscription, in order: its history.
    pub fn subscription_events<'a>(
        &'a self,
        subscription_id: &'a str,
    ) -> impl Iterator<Item = &'a Event> {
        self.events
            .iter()
            .filter(move |e| e.command.target_subscription() == Some(subscription_id))
    }
}

/// Where each customer's events are in a history: a customer's page reads its few events
/// without going through tens of thousands. Brought up to date by indexing only the events
/// appended since, when the history's lineage tells that is all that changed.
#[derive(Clone, Debug)]
pub struct CustomerEvents {
    positions: HashMap<String, Vec<usize>>,
    indexed: HistoryMark,
}

impl CustomerEvents {
    pub fn of(history: &History) -> CustomerEvents {
        let mut index = CustomerEvents {
            positions: HashMap::new(),
            indexed: history.mark(),
        };
        index.add(history, 0);
        index
    }

    /// This index for `history` now.
    pub fn brought_up_to(mut self, history: &History) -> CustomerEvents {
        if !history.continues(self.indexed) {
            return CustomerEvents::of(history);
        }
        let from = self.indexed.len;
        self.add(history, from);
        self.indexed = history.mark();
        self
    }

    fn add(&mut self, history: &History, from: usize) {
        for (at, e) in history.iter().enumerate().skip(from) {
            if let Some(customer) = &e.customer_id {
                self.positions.entry(customer.clone()).or_default().push(at);
            }
        }
    }

    /// The events of one customer in `history` (the one indexed), in order: what
    /// `Book::customer_events` gives.
    pub fn events<'a>(
        &'a self,
        history: &'a History,
        customer_id: &str,
    ) -> impl Iterator<Item = &'a Event> + Clone {
        let at = self
            .positions
            .get(customer_id)
            .map_or(&[][..], Vec::as_slice);
        at.iter().map(|&i| &history[i])
    }
}

/// The history: the events in order, read as a slice. Changed only through its own methods,
/// which tell an append from any other change: a derivation kept from an earlier book asks
/// `extends` instead of comparing tens of thousands of events.
#[derive(Default)]
pub struct History {
    events: Vec<Event>,
    lineage: Lineage,
}

/// Which runs of events this history is known to start with, never stored and never compared:
/// a history made anew (new, read, collected) knows only its own; a copy knows the one it was
/// copied from and that one's; appending keeps what it knows; any other change forgets it all.
struct Lineage {
    /// Unique to this history since it was made, copied or last changed other than by appending.
    id: u64,
    /// (id, length) of the histories it was copied from, at the copy: newest first.
    copied_from: Vec<(u64, usize)>,
}

/// A history's lineage and length at one moment: its events then are the first `len` of that
/// lineage's, which only grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HistoryMark {
    lineage: u64,
    len: usize,
}

/// Ancestors a copy remembers: enough for a book copied a few times on its way to the view.
const LINEAGE_KEPT: usize = 8;

static NEXT_LINEAGE: AtomicU64 = AtomicU64::new(1);

impl Default for Lineage {
    fn default() -> Lineage {
        Lineage {
            id: NEXT_LINEAGE.fetch_add(1, Ordering::Relaxed),
            copied_from: Vec::new(),
        }
    }
}

impl History {
    /// Whether this history is `earlier`'s with events appended (or `earlier` itself), as far
    /// as their lineage tells: both hold a run of one lineage's events, which only grows, and
    /// `earlier` holds nothing else. Never true wrongly: false only means "unknown", and the
    /// caller compares the events.
    pub fn extends(&self, earlier: &History) -> bool {
        let len = earlier.len();
        earlier
            .runs()
            .filter(|&(_, run)| run == len)
            .any(|(id, _)| self.runs().any(|(i, run)| i == id && run >= len))
    }

    /// What this history holds now, to ask later whether another `continues` it.
    pub fn mark(&self) -> HistoryMark {
        HistoryMark {
            lineage: self.lineage.id,
            len: self.events.len(),
        }
    }

    /// Whether this history starts with the events `mark` was taken of, as far as its lineage
    /// tells (never true wrongly).
    pub fn continues(&self, mark: HistoryMark) -> bool {
        self.runs()
            .any(|(id, run)| id == mark.lineage && run >= mark.len)
    }

    /// (lineage, how many of its events this history starts with), its own first.
    fn runs(&self) -> impl Iterator<Item = (u64, usize)> + '_ {
        let own = (self.lineage.id, self.events.len());
        std::iter::once(own).chain(self.lineage.copied_from.iter().copied())
    }

    pub fn push(&mut self, event: Event) {
        self.events.push(event);
    }

    /// Appends: the lineage is kept.
    pub fn extend(&mut self, events: impl IntoIterator<Item = Event>) {
        self.events.extend(events);
    }

    /// Every other change goes through here: the history is no longer known to extend any.
    fn changed(&mut self) -> &mut Vec<Event> {
        self.lineage = Lineage::default();
        &mut self.events
    }

    pub fn truncate(&mut self, len: usize) {
        if len < self.events.len() {
            self.changed().truncate(len);
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    pub fn retain(&mut self, keep: impl FnMut(&Event) -> bool) {
        self.changed().retain(keep);
    }

    pub fn remove(&mut self, at: usize) -> Event {
        self.changed().remove(at)
    }

    pub fn insert(&mut self, at: usize, event: Event) {
        self.changed().insert(at, event);
    }

    pub fn swap(&mut self, a: usize, b: usize) {
        self.changed().swap(a, b);
    }

    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, Event> {
        self.changed().iter_mut()
    }
}

impl Clone for History {
    fn clone(&self) -> History {
        let mut copied_from = Vec::with_capacity(LINEAGE_KEPT);
        copied_from.push((self.lineage.id, self.events.len()));
        copied_from.extend(self.lineage.copied_from.iter().take(LINEAGE_KEPT - 1));
        History {
            events: self.events.clone(),
            lineage: Lineage {
                copied_from,
                ..Lineage::default()
            },
        }
    }
}

impl Deref for History {
    type Target = [Event];

    fn deref(&self) -> &[Event] {
        &self.events
    }
}

impl<I: SliceIndex<[Event]>> Index<I> for History {
    type Output = I::Output;

    fn index(&self, at: I) -> &I::Output {
        &self.events[at]
    }
}

impl<I: SliceIndex<[Event]>> IndexMut<I> for History {
    fn index_mut(&mut self, at: I) -> &mut I::Output {
        &mut self.changed()[at]
    }
}

impl IntoIterator for History {
    type Item = Event;
    type IntoIter = std::vec::IntoIter<Event>;

    fn into_iter(self) -> Self::IntoIter {
        self.events.into_iter()
    }
}

impl<'a> IntoIterator for &'a History {
    type Item = &'a Event;
    type IntoIter = std::slice::Iter<'a, Event>;

    fn into_iter(self) -> Self::IntoIter {
        self.events.iter()
    }
}

impl<'a> IntoIterator for &'a mut History {
    type Item = &'a mut Event;
    type IntoIter = std::slice::IterMut<'a, Event>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl From<Vec<Event>> for History {
    fn from(events: Vec<Event>) -> History {
        History {
            events,
            lineage: Lineage::default(),
        }
    }
}

impl FromIterator<Event> for History {
    fn from_iter<T: IntoIterator<Item = Event>>(events: T) -> History {
        History::from(events.into_iter().collect::<Vec<_>>())
    }
}

/// Two histories are equal when their events are, whatever their lineage.
impl PartialEq for History {
    fn eq(&self, other: &History) -> bool {
        self.events == other.events
    }
}

impl Eq for History {}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.events.fmt(f)
    }
}

/// Stored as the list of events it is: the lineage lives only in memory.
impl Serialize for History {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.events.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for History {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<History, D::Error> {
        Vec::<Event>::deserialize(deserializer).map(History::from)
    }
}
