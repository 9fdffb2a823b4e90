//! Is a history one that PartnerDesk could have recorded? Used before a backup replaces the
//! partner's book: a file edited by hand or damaged must not become the book of record.
//!
//! The history must be in order (seq strictly increasing, dates never going back, a caused
//! event pointing back to an earlier one), and every command the partner gave (an event not
//! caused by another) must be accepted again by the rules on its date, setting off exactly
//! the recorded events. Replaying the whole book through `Book::execute` is quadratic (each
//! check looks up the book), so each customer is replayed on a small book of its own with the
//! catalog events; what spans customers (ids and domains) is checked across the book.

use crate::base::bounds::plausible_day;
use crate::model::book::Book;
use crate::model::command::Command;
use crate::model::corrections::Corrections;
use crate::model::event::Event;
use crate::rules::bounds::check_bounds;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryProblem {
    /// The event at fault, when one is.
    pub seq: Option<u64>,
    pub message: String,
}

impl HistoryProblem {
    fn at(seq: u64, message: impl Into<String>) -> HistoryProblem {
        HistoryProblem {
            seq: Some(seq),
            message: message.into(),
        }
    }
}

impl fmt::Display for HistoryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.seq {
            Some(seq) => write!(f, "event {seq}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Every check: values and order first (cheap), then what spans customers, then the replay.
pub fn check_history(book: &Book) -> Result<(), HistoryProblem> {
    check_without_replay(book)?;
    check_replay(book)
}

/// The checks that read each event once: what a book that passed the replay when it was
/// written (and whose checksum still matches) is checked with on load.
pub fn check_without_replay(book: &Book) -> Result<(), HistoryProblem> {
    check_ranges(&book.events)?;
    check_order(&book.events)?;
    check_across_customers(&book.events)
}

/// Dates, prices and quantities within what the rules can compute with (`base::bounds`).
pub fn check_ranges(events: &[Event]) -> Result<(), HistoryProblem> {
    for e in events {
        if !plausible_day(e.date) {
            return Err(HistoryProblem::at(
                e.seq,
                format!("its date {} is implausible", e.date),
            ));
        }
        check_bounds(&e.command, e.date).map_err(|refusal| {
            HistoryProblem::at(
                e.seq,
                format!("a value is implausible: {}", refusal.message),
            )
        })?;
    }
    Ok(())
}

/// seq strictly increasing from 1, dates non-decreasing, causes earlier and present.
pub fn check_order(events: &[Event]) -> Result<(), HistoryProblem> {
    let mut seen = HashSet::new();
    let mut previous: Option<&Event> = None;
    for e in events {
        if let Some(p) = previous {
            if e.seq <= p.seq {
                return Err(HistoryProblem::at(
                    e.seq,
                    format!("its number does not follow event {}", p.seq),
                ));
            }
            if e.date < p.date {
                return Err(HistoryProblem::at(
                    e.seq,
                    format!(
                        "its date {} is before the previous event's {}",
                        e.date, p.date
                    ),
                ));
            }
        } else if e.seq == 0 {
            return Err(HistoryProblem::at(0, "events are numbered from 1"));
        }
        if let Some(cause) = e.caused_by.filter(|c| !seen.contains(c)) {
            return Err(HistoryProblem::at(
                e.seq,
                format!("it follows from event {cause}, which is not an earlier event"),
            ));
        }
        seen.insert(e.seq);
        previous = Some(e);
    }
    Ok(())
}

/// Customer ids, subscription ids and (at any moment) domains are unique across customers,
/// which the replay of one customer at a time cannot see.
pub fn check_across_customers(events: &[Event]) -> Result<(), HistoryProblem> {
    let mut subscriptions: HashMap<&str, Option<&str>> = HashMap::new();
    let mut domains: HashMap<String, &str> = HashMap::new();
    let mut domain_of: HashMap<&str, String> = HashMap::new();
    let corrections = Corrections::of(events, NaiveDate::MAX);
    for e in events
        .iter()
        .filter(|e| e.caused_by.is_none() && !corrections.skips(e))
    {
        match &e.command {
            Command::SignUpTrial { ids, .. }
            | Command::Purchase { ids, .. }
            | Command::BuyAddOn { ids, .. } => {
                let owner = e.customer_id.as_deref();
                if let Some(first) = subscriptions.insert(&ids.subscription_id, owner) {
                    if first != owner {
                        return Err(HistoryProblem::at(
                            e.seq,
                            format!(
                                "subscription {} belongs to two customers",
                                ids.subscription_id
                            ),
                        ));
                    }
                }
            }
            Command::CreateCustomer(c) | Command::EditCustomer(c) => {
                let domain = c.domain.trim().to_ascii_lowercase();
                if let Some(other) = domains.get(&domain).filter(|other| **other != c.id) {
                    return Err(HistoryProblem::at(
                        e.seq,
                        format!("customer {other} already uses the domain {domain}"),
                    ));
                }
                if let Some(old) = domain_of.insert(&c.id, domain.clone()) {
                    domains.remove(&old);
                }
                domains.insert(domain, &c.id);
            }
            Command::DeleteCustomer { customer_id } => {
                if let Some(old) = domain_of.remove(customer_id.as_str()) {
                    domains.remove(&old);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Each customer's history, with the catalog events among it, replayed on a small book.
pub fn check_replay(book: &Book) -> Result<(), HistoryProblem> {
    let plan = ReplayPlan::of(book);
    for group in 0..plan.len() {
        plan.replay(book, group)?;
    }
    Ok(())
}

/// The replay of a history one customer at a time, so that it can be run a few customers at a
/// time: each group is one customer's events with the catalog events among them (positions in
/// the book's history); a history without customers is one group of its catalog events.
pub struct ReplayPlan {
    groups: Vec<Vec<usize>>,
}

impl ReplayPlan {
    pub fn of(book: &Book) -> ReplayPlan {
        let mut catalog_events = Vec::new();
        let mut by_customer: HashMap<&str, usize> = HashMap::new();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (i, e) in book.events.iter().enumerate() {
            match e.customer_id.as_deref() {
                None => catalog_events.push(i),
                Some(id) => {
                    let group = *by_customer.entry(id).or_insert_with(|| {
                        groups.push(Vec::new());
                        groups.len() - 1
                    });
                    groups[group].push(i);
                }
            }
        }
        if groups.is_empty() {
            groups.push(Vec::new());
        }
        for group in &mut groups {
            group.extend(&catalog_events);
            group.sort_unstable();
        }
        ReplayPlan { groups }
    }

    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Replays group `group`: the small book on which the rules recorded the same events.
    pub fn replay(&self, book: &Book, group: usize) -> Result<Book, HistoryProblem> {
        let recorded: Vec<&Event> = self.groups[group]
            .iter()
            .map(|&i| &book.events[i])
            .collect();
        replay_one(book, &recorded)
    }
}

/// `command` as recorded on the small book: an undo names its event by the small book's number.
fn in_small_book(command: &Command, position: &HashMap<u64, u64>) -> Command {
    match command {
        Command::UndoAction { customer_id, seq } => Command::UndoAction {
            customer_id: customer_id.clone(),
            seq: position.get(seq).copied().unwrap_or(0),
        },
        other => other.clone(),
    }
}

/// Replays `recorded` (in seq order) on an empty book with `book`'s settings and catalog
/// and compares what the rules record with what was recorded.
fn replay_one(book: &Book, recorded: &[&Event]) -> Result<Book, HistoryProblem> {
    let mut small = Book::new(book.settings.clone(), book.catalog.clone());
    let position: HashMap<u64, u64> = recorded
        .iter()
        .enumerate()
        .map(|(i, e)| (e.seq, i as u64 + 1))
        .collect();
    for e in recorded.iter().filter(|e| e.caused_by.is_none()) {
        small
            .execute(in_small_book(&e.command, &position), e.date)
            .map_err(|refusal| {
                HistoryProblem::at(e.seq, format!("the rules refuse it: {refusal}"))
            })?;
    }
    for (i, e) in recorded.iter().enumerate() {
        let Some(replayed) = small.events.get(i) else {
            return Err(HistoryProblem::at(
                e.seq,
                "the rules do not set it off from the event it follows",
            ));
        };
        let same = replayed.date == e.date
            && replayed.customer_id == e.customer_id
            && replayed.command == in_small_book(&e.command, &position)
            && replayed.caused_by == e.caused_by.and_then(|c| position.get(&c).copied());
        if !same {
            return Err(HistoryProblem::at(
                e.seq,
                "it differs from what the rules record for the same commands",
            ));
        }
    }
    if let Some(extra) = small.events.get(recorded.len()) {
        let after = recorded.last().map_or(0, |e| e.seq);
        return Err(HistoryProblem::at(
            after,
            format!(
                "the rules also record \"{}\" after it, which is missing",
                extra.command.action_name()
            ),
        ));
    }
    Ok(small)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::generated_book::generated_book;

    #[test]
    fn a_generated_history_passes_every_check() {
        assert_eq!(check_history(&generated_book(40, 2, 3)), Ok(()));
    }

    #[test]
    fn events_out_of_order_are_named() {
        let mut book = generated_book(5, 1, 1);
        book.events.swap(3, 4);
        let problem = check_history(&book).unwrap_err();
        assert_eq!(problem.seq, Some(4));
        assert_eq!(problem.message, "its number does not follow event 5");
    }

    #[test]
    fn a_dropped_caused_event_is_found_by_the_replay() {
        let mut book = generated_book(30, 1, 5);
        let caused = book
            .events
            .iter()
            .position(|e| e.caused_by.is_some())
            .expect("the generated book has caused events");
        book.events.remove(caused);
        assert!(check_history(&book).is_err());
    }
}
