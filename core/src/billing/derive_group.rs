//! A derivation's events sorted out before any replay: the customers as their last details
//! stand, and each subscription's events in order, leaving out what an undo skips and the
//! customers deleted. Done at once, or a number of events a step (`derive_steps`).

use super::engine::SubscriptionEvents;
use crate::base::fast_hash::FastHashMap;
use crate::model::command::Command;
use crate::model::corrections::Corrections;
use crate::model::customer::Customer;
use crate::model::event::Event;
use chrono::NaiveDate;

/// The customers, and each subscription's events in order, the subscriptions in the order
/// they began.
pub(super) struct Grouped<'a> {
    pub customers: Vec<Customer>,
    pub subscriptions: Vec<SubscriptionEvents<'a>>,
    /// Each subscription's place in `subscriptions`, by id.
    pub places: FastHashMap<&'a str, usize>,
}

/// Events up to today being sorted out, in order.
pub(super) struct Grouping<'a, I> {
    events: I,
    today: NaiveDate,
    corrections: Corrections,
    customers: Vec<Customer>,
    customer_index: FastHashMap<&'a str, usize>,
    subscriptions: Vec<SubscriptionEvents<'a>>,
    subscription_index: FastHashMap<&'a str, usize>,
    ended: bool,
}

impl<'a, I: Iterator<Item = &'a Event> + Clone> Grouping<'a, I> {
    pub(super) fn new(events: I, today: NaiveDate) -> Grouping<'a, I> {
        Grouping {
            corrections: Corrections::of(events.clone(), today),
            events,
            today,
            customers: Vec::new(),
            customer_index: FastHashMap::default(),
            subscriptions: Vec::new(),
            subscription_index: FastHashMap::default(),
            ended: false,
        }
    }

    /// Sorts out the next `count` events; whether every event up to today is.
    pub(super) fn feed(&mut self, count: usize) -> bool {
        for _ in 0..count {
            match self.events.next() {
                Some(e) if e.date <= self.today => self.add(e),
                _ => {
                    self.ended = true;
                    break;
                }
            }
        }
        self.ended
    }

    fn add(&mut self, e: &'a Event) {
        if self.corrections.skips(e) {
            return;
        }
        match &e.command {
            Command::CreateCustomer(c) => {
                self.customer_index.insert(&c.id, self.customers.len());
                self.customers.push(c.clone());
            }
            Command::EditCustomer(c) => {
                if let Some(&i) = self.customer_index.get(c.id.as_str()) {
                    self.customers[i] = c.clone();
                }
            }
            other => {
                if let Some(id) = other.target_subscription() {
                    let next = self.subscriptions.len();
                    let i = *self.subscription_index.entry(id).or_insert(next);
                    if i == next {
                        self.subscriptions.push(SubscriptionEvents {
                            id,
                            events: Vec::new(),
                        });
                    }
                    self.subscriptions[i].events.push(e);
                }
            }
        }
    }

    /// Every event sorted out (the rest at once).
    pub(super) fn finish(mut self) -> Grouped<'a> {
        self.feed(usize::MAX);
        let corrections = self.corrections;
        self.customers.retain(|c| !corrections.is_deleted(&c.id));
        Grouped {
            customers: self.customers,
            subscriptions: self.subscriptions,
            places: self.subscription_index,
        }
    }
}

pub(super) fn group<'a>(
    events: impl Iterator<Item = &'a Event> + Clone,
    today: NaiveDate,
) -> Grouped<'a> {
    Grouping::new(events, today).finish()
}
