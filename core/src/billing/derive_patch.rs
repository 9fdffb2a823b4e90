//! Incremental derivation (issue 13): after an action, only the customers whose events changed
//! are derived again, and their customers, subscriptions and lines take the places a
//! derivation from scratch gives them in the previous derivation. Anything else (another day,
//! other settings or catalog, a history that is not the previous one with events added, an event
//! that concerns no single customer) derives the whole book again. Either way the result is
//! exactly `derive` / `derive_months` from scratch (core/tests/derive_cache.rs checks it after
//! random actions).

use super::billing_engine;
use super::derive::{derive_all_of, derive_months_of, Derived, MonthWindow};
pub use super::derive_change::changed_customers;
use super::derive_change::Change;
use super::derive_lines::{splice_lines, Places};
use super::engine::Program;
use crate::model::book::Book;
use crate::model::customer::Customer;
use crate::model::event::Event;
use crate::model::subscription::SubscriptionView;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// Which lines a derivation keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineSpan {
    /// Every line ever billed, up to the upcoming invoice (`derive`).
    Every,
    /// The lines of the months of a window (`derive_months`).
    Months(MonthWindow),
}

/// `book` as of `today` with the lines of `span`, derived from scratch.
pub fn derive_span(book: &Book, today: NaiveDate, span: LineSpan) -> Derived {
    derive_span_of(book, book.events.iter(), today, span)
}

fn derive_span_of<'a>(
    book: &Book,
    events: impl Iterator<Item = &'a Event> + Clone,
    today: NaiveDate,
    span: LineSpan,
) -> Derived {
    match span {
        LineSpan::Every => derive_all_of(book, events, today),
        LineSpan::Months(window) => derive_months_of(book, events, today, window),
    }
}

/// What `derive_span(book, today, span)` gives, from `previous`: `derive_span(before, …, span)`
/// of an earlier day or book. Only the customers of the events added since `before` are derived
/// again when that is all that changed; otherwise the whole book is.
pub fn derive_again(
    previous: Derived,
    before: &Book,
    book: &Book,
    today: NaiveDate,
    span: LineSpan,
) -> Derived {
    patch_again(previous, before, book, today, span)
        .unwrap_or_else(|| derive_span(book, today, span))
}

/// What the changed customers had before the added events: where a derivation from scratch
/// puts what they have now depends on it.
struct Earlier<'a> {
    /// Customers with any event before.
    customers: HashSet<&'a str>,
    /// Subscriptions some event targeted before.
    subscriptions: HashSet<&'a str>,
    /// Customers with a subscription's event before.
    subscribers: HashSet<&'a str>,
}

/// `previous` with the changed `customers` derived again from their events, and the billing
/// dates whose lines changed; none when the places of what they have now can't be told from
/// `previous`.
fn splice(
    previous: Derived,
    book: &Book,
    kept: usize,
    span: LineSpan,
    customers: &[&str],
) -> Option<(Derived, Vec<NaiveDate>)> {
    let changed = |id: &str| customers.binary_search(&id).is_ok();
    let events: Vec<&Event> = book
        .events
        .iter()
        .filter(|e| e.customer_id.as_deref().is_some_and(changed))
        .collect();
    let last_kept = kept.checked_sub(1).map_or(0, |i| book.events[i].seq);
    let earlier = Earlier::of(&events, last_kept);
    let part = derive_span_of(book, events.iter().copied(), previous.today, span);
    if !part.notes.is_empty() || !previous.notes.is_empty() {
        return None;
    }
    let program = billing_engine(previous.profile).program();
    let spliced = splice_subscriptions(
        previous.subscriptions,
        part.subscriptions,
        program,
        &changed,
        &earlier,
    )?;
    let customers_now = splice_customers(previous.customers, part.customers, &changed, &earlier)?;
    let (lines, dates) = splice_lines(previous.lines, part.lines, &places(&spliced))?;
    let derived = Derived {
        customers: customers_now,
        subscriptions: spliced.subscriptions,
        lines,
        ..part
    };
    Some((derived, dates))
}

impl<'a> Earlier<'a> {
    /// What `events` (the changed customers', in order) tell up to the event `last_kept`.
    fn of(events: &[&'a Event], last_kept: u64) -> Earlier<'a> {
        let mut earlier = Earlier {
            customers: HashSet::new(),
            subscriptions: HashSet::new(),
            subscribers: HashSet::new(),
        };
        for e in events.iter().take_while(|e| e.seq <= last_kept) {
            let customer = e.customer_id.as_deref().unwrap_or_default();
            earlier.customers.insert(customer);
            if let Some(sub) = e.command.target_subscription() {
                earlier.subscriptions.insert(sub);
                earlier.subscribers.insert(customer);
            }
        }
        earlier
    }
}

/// Where the lines of the spliced subscriptions were, and go.
fn places(spliced: &Spliced) -> Places<'_> {
    let mut places = Places {
        was_at: HashMap::with_capacity(spliced.subscriptions.len()),
        changed: spliced.was_changed.iter().map(|(_, i)| *i).collect(),
        after: HashMap::new(),
    };
    let mut last_unchanged = None;
    for (s, at) in spliced.subscriptions.iter().zip(&spliced.was_at) {
        match at {
            Some(i) => {
                places.was_at.insert(s.id.as_str(), *i);
                last_unchanged = Some(*i);
            }
            None => {
                places.after.insert(s.id.as_str(), last_unchanged);
            }
        }
    }
    let changed = spliced.was_changed.iter();
    places
        .was_at
        .extend(changed.map(|(id, i)| (id.as_str(), *i)));
    places
}

/// The customers in the order they were created: a changed one where it was, or gone when
/// deleted; a new one (created by an added event) after all the others.
fn splice_customers(
    old: Vec<Customer>,
    part: Vec<Customer>,
    changed: &impl Fn(&str) -> bool,
    earlier: &Earlier<'_>,
) -> Option<Vec<Customer>> {
    let mut now: HashMap<String, Customer> =
        part.iter().map(|c| (c.id.clone(), c.clone())).collect();
    let mut customers: Vec<Customer> = old
        .into_iter()
        .filter_map(|c| {
            if changed(c.id.as_str()) {
                now.remove(&c.id)
            } else {
                Some(c)
            }
        })
        .collect();
    for c in part {
        if now.contains_key(&c.id) {
            if earlier.customers.contains(c.id.as_str()) {
                return None;
            }
            customers.push(c);
        }
    }
    Some(customers)
}

/// Subscriptions in order, beside the previous index of each unchanged one, and the changed
/// customers' previous subscriptions (id, index).
#[derive(Default)]
struct Spliced {
    subscriptions: Vec<SubscriptionView>,
    was_at: Vec<Option<usize>>,
    was_changed: Vec<(String, usize)>,
}

impl Spliced {
    fn push(&mut self, sub: SubscriptionView, was_at: Option<usize>) {
        self.subscriptions.push(sub);
        self.was_at.push(was_at);
    }
}

/// The subscriptions in the order the profile's engine replays them: a changed customer's where
/// they were, new ones where their beginning puts them; none when that place is unknown.
fn splice_subscriptions(
    old: Vec<SubscriptionView>,
    part: Vec<SubscriptionView>,
    program: Program,
    changed: &impl Fn(&str) -> bool,
    earlier: &Earlier<'_>,
) -> Option<Spliced> {
    match program {
        Program::LicenseBased => in_order_begun(old, part, changed, earlier),
        Program::NewCommerce => by_customer(old, part, changed, earlier),
    }
}

/// License-based books replay subscriptions in the order they began: a changed customer's
/// where they were (replaced in place: the others don't move), one that began with an added
/// event after all the others.
fn in_order_begun(
    mut old: Vec<SubscriptionView>,
    part: Vec<SubscriptionView>,
    changed: &impl Fn(&str) -> bool,
    earlier: &Earlier<'_>,
) -> Option<Spliced> {
    let index: HashMap<String, usize> = part
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    let mut slots: Vec<Option<SubscriptionView>> = part.into_iter().map(Some).collect();
    let mut spliced = Spliced {
        was_at: Vec::with_capacity(old.len() + slots.len()),
        ..Spliced::default()
    };
    let mut kept = vec![true; old.len()];
    for (i, s) in old.iter_mut().enumerate() {
        if !changed(&s.customer_id) {
            spliced.was_at.push(Some(i));
            continue;
        }
        spliced.was_changed.push((s.id.clone(), i));
        match index.get(&s.id).and_then(|&j| slots[j].take()) {
            Some(now) => {
                *s = now;
                spliced.was_at.push(None);
            }
            None => kept[i] = false,
        }
    }
    let mut kept = kept.into_iter();
    old.retain(|_| kept.next().unwrap_or(true));
    spliced.subscriptions = old;
    for s in slots.into_iter().flatten() {
        if earlier.subscriptions.contains(s.id.as_str()) {
            return None;
        }
        spliced.push(s, None);
    }
    Some(spliced)
}

/// New commerce replays each customer's subscriptions together, the customers in the order
/// their first subscription began: a changed customer's block stays where it was while it
/// begins with the same subscription; a customer's first block comes after all the others.
fn by_customer(
    old: Vec<SubscriptionView>,
    part: Vec<SubscriptionView>,
    changed: &impl Fn(&str) -> bool,
    earlier: &Earlier<'_>,
) -> Option<Spliced> {
    let mut order: Vec<String> = Vec::new();
    let mut blocks: HashMap<String, Vec<SubscriptionView>> = HashMap::new();
    for s in part {
        if !blocks.contains_key(&s.customer_id) {
            order.push(s.customer_id.clone());
        }
        blocks.entry(s.customer_id.clone()).or_default().push(s);
    }
    let mut spliced = Spliced::default();
    let mut placed: HashSet<String> = HashSet::new();
    for (i, s) in old.into_iter().enumerate() {
        if !changed(&s.customer_id) {
            spliced.push(s, Some(i));
            continue;
        }
        spliced.was_changed.push((s.id.clone(), i));
        if placed.insert(s.customer_id.clone()) {
            let block = blocks.remove(&s.customer_id).unwrap_or_default();
            if block.first().is_some_and(|first| first.id != s.id) {
                return None;
            }
            block.into_iter().for_each(|b| spliced.push(b, None));
        }
    }
    for customer in order {
        if let Some(block) = blocks.remove(&customer) {
            if earlier.subscribers.contains(customer.as_str()) {
                return None;
            }
            block.into_iter().for_each(|b| spliced.push(b, None));
        }
    }
    Some(spliced)
}

/// `derive_again` without its fallback: none when the whole book must be derived again (the
/// app then derives it in steps, `derive_steps`, rather than in one long task).
pub fn patch_again(
    previous: Derived,
    before: &Book,
    book: &Book,
    today: NaiveDate,
    span: LineSpan,
) -> Option<Derived> {
    patch_noting(previous, before, book, today, span).map(|(derived, _)| derived)
}

/// `patch_again`, with what it changed: what a view made of `previous` must make again.
pub fn patch_noting(
    previous: Derived,
    before: &Book,
    book: &Book,
    today: NaiveDate,
    span: LineSpan,
) -> Option<(Derived, Change)> {
    let customers = changed_customers(&previous, before, book, today)?;
    if customers.is_empty() {
        return Some((previous, Change::default()));
    }
    let (derived, dates) = splice(previous, book, before.events.len(), span, &customers)?;
    let customers = customers.into_iter().map(String::from).collect();
    Some((derived, Change { customers, dates }))
}
