//! A large, valid-by-construction book for benchmarks and load tests: customers with
//! purchases, trials (most converted), add-ons, license changes, cancellations and
//! reactivations, spread over `years` years. Deterministic for a seed.

use crate::base::dates::add_days;
use crate::model::book::Book;
use crate::model::catalog::BillingFrequency;
use crate::model::command::{Command, NewIds};
use crate::model::customer::{Customer, Segment};
use crate::model::event::Event;
use crate::model::sample_catalog::{
    sample_catalog, ATP, E1, E3, E5, E5_TRIAL, M365_BUSINESS_BASIC, M365_BUSINESS_STANDARD,
};
use crate::model::settings::PartnerSettings;
use chrono::NaiveDate;

/// splitmix64: enough randomness for test data, with no dependency.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(super) fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub(super) fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

pub(super) fn guid(kind: u32, n: u64) -> String {
    format!(
        "{kind:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        (n >> 32) & 0xffff,
        (n >> 20) & 0xfff,
        (n >> 8) & 0xfff,
        n
    )
}

fn new_ids(n: u64) -> NewIds {
    NewIds {
        subscription_id: guid(0x5ab5, n),
        billing_id: guid(0xb111, n),
        order_id: format!("{:018}", 100_000_000_000_000_000 + n),
        reference_id: None,
    }
}

/// The first day of the generated history.
pub fn generated_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 1, 1).expect("valid date")
}

/// A book without customers: default settings and the sample catalog.
pub fn empty_book() -> Book {
    generated_book(0, 1, 7)
}

/// The command creating the n-th (0 to 7) customer of a small generated book: a valid customer
/// without spelling one out.
pub fn generated_customer(n: usize) -> Command {
    generated_book(8, 1, 7)
        .events
        .into_iter()
        .map(|e| e.command)
        .filter(|c| matches!(c, Command::CreateCustomer(_)))
        .nth(n)
        .expect("the generated book creates eight customers")
}

/// The n-th generated customer.
pub(super) fn customer_record(i: u64) -> Customer {
    Customer {
        id: guid(0xc057, i),
        company_name: format!(
            "Customer {i:05} {}",
            ["Ltd.", "GmbH", "B.V.", "Inc.", "AB"][(i % 5) as usize]
        ),
        domain: format!("customer{i}.onmicrosoft.com"),
        country: ["US", "NL", "DE", "GB", "SE"][(i % 5) as usize].into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    }
}

/// One planned command: its day, its customer, the command.
pub(super) type Step = (NaiveDate, Option<String>, Command);

/// The commands planned so far, and what plans them.
struct Plan {
    rng: Rng,
    customers: u64,
    start: NaiveDate,
    /// Days of history.
    span: i64,
    steps: Vec<Step>,
}

/// A book of `customers` customers with three subscriptions each, over `years` years.
pub fn generated_book(customers: u64, years: i64, seed: u64) -> Book {
    let mut plan = Plan {
        rng: Rng(seed),
        customers,
        start: generated_start(),
        span: 365 * years,
        steps: Vec::new(),
    };
    for i in 0..customers {
        plan.customer(i);
    }
    let settings = PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into());
    merge_customer_histories(Book::new(settings, sample_catalog()), plan.steps)
}

impl Plan {
    fn frequency(&mut self) -> BillingFrequency {
        if self.rng.chance(35) {
            BillingFrequency::Annual
        } else {
            BillingFrequency::Monthly
        }
    }

    /// The n-th customer, its base subscription with an add-on, and its trial.
    fn customer(&mut self, i: u64) {
        let cid = guid(0xc057, i);
        let created = add_days(self.start, self.rng.below(60) as i64);
        self.steps.push((
            created,
            Some(cid.clone()),
            Command::CreateCustomer(customer_record(i)),
        ));
        self.base_subscription(i, &cid, created);
        self.trial(i, &cid, created);
    }

    /// A purchase, two license changes, an add-on, and sometimes a cancellation (reactivated
    /// half the time).
    fn base_subscription(&mut self, i: u64, cid: &str, created: NaiveDate) {
        let who = Some(cid.to_string());
        let base = new_ids(i * 3);
        let bought = add_days(created, 1 + self.rng.below((self.span / 3) as u64) as i64);
        let base_freq = self.frequency();
        let mut quantity = 1 + self.rng.below(300) as u32;
        let offer_id = [E1, E3][self.rng.below(2) as usize].into();
        self.steps.push((
            bought,
            who.clone(),
            Command::Purchase {
                ids: base.clone(),
                customer_id: cid.to_string(),
                offer_id,
                quantity,
                frequency: base_freq,
                nickname: None,
                term_plan: None,
            },
        ));
        let mut day = bought;
        for _ in 0..2 {
            day = add_days(day, 20 + self.rng.below(200) as i64);
            quantity = if quantity > 10 && self.rng.chance(40) {
                quantity - 1 - self.rng.below(10) as u32
            } else {
                quantity + 1 + self.rng.below(20) as u32
            };
            self.steps.push((
                day,
                who.clone(),
                Command::ChangeQuantity {
                    subscription_id: base.subscription_id.clone(),
                    quantity,
                    order: None,
                },
            ));
        }
        let add_on_day = add_days(bought, 5 + self.rng.below(15) as i64);
        let add_on_quantity = 1 + self.rng.below(50) as u32;
        self.steps.push((
            add_on_day,
            who.clone(),
            Command::BuyAddOn {
                ids: new_ids(i * 3 + 1),
                parent_id: base.subscription_id.clone(),
                offer_id: ATP.into(),
                quantity: add_on_quantity,
            },
        ));
        if self.rng.chance(10) {
            self.cancellation(&who, &base.subscription_id, day);
        }
    }

    fn cancellation(&mut self, who: &Option<String>, subscription_id: &str, after: NaiveDate) {
        let cancelled = add_days(after, 1 + self.rng.below(30) as i64);
        let subscription_id = subscription_id.to_string();
        self.steps.push((
            cancelled,
            who.clone(),
            Command::Cancel {
                subscription_id: subscription_id.clone(),
                order: None,
            },
        ));
        if self.rng.chance(50) {
            self.steps.push((
                add_days(cancelled, 1 + self.rng.below(20) as i64),
                who.clone(),
                Command::Reactivate { subscription_id },
            ));
        }
    }

    /// A trial, converted most of the time, else sometimes followed by another purchase.
    fn trial(&mut self, i: u64, cid: &str, created: NaiveDate) {
        let who = Some(cid.to_string());
        let trial = new_ids(i * 3 + 2);
        let signed = add_days(created, 1 + self.rng.below((self.span / 2) as u64) as i64);
        self.steps.push((
            signed,
            who.clone(),
            Command::SignUpTrial {
                ids: trial.clone(),
                customer_id: cid.to_string(),
                offer_id: E5_TRIAL.into(),
            },
        ));
        if self.rng.chance(70) {
            let converted = add_days(signed, self.rng.below(29) as i64);
            let quantity = 25 + self.rng.below(100) as u32;
            let frequency = self.frequency();
            self.steps.push((
                converted,
                who,
                Command::ConvertTrial {
                    subscription_id: trial.subscription_id,
                    target_offer_id: E5.into(),
                    quantity,
                    frequency,
                    term_plan: None,
                    order: None,
                },
            ));
        } else if self.rng.chance(30) {
            let offer_id =
                [M365_BUSINESS_BASIC, M365_BUSINESS_STANDARD][self.rng.below(2) as usize];
            let quantity = 1 + self.rng.below(300) as u32;
            self.steps.push((
                add_days(signed, 31),
                who,
                Command::Purchase {
                    ids: new_ids(self.customers * 3 + i),
                    customer_id: cid.to_string(),
                    offer_id: offer_id.into(),
                    quantity,
                    frequency: BillingFrequency::Monthly,
                    nickname: None,
                    term_plan: None,
                },
            ));
        }
    }
}

/// Runs each customer's commands through the rules on a book of its own (customers are
/// independent, and a small book checks fast), then merges the histories by date.
pub(super) fn merge_customer_histories(empty: Book, planned: Vec<Step>) -> Book {
    let mut per_customer: Vec<Vec<Step>> = Vec::new();
    for step in planned {
        match per_customer.last_mut() {
            Some(list) if list[0].1 == step.1 => list.push(step),
            _ => per_customer.push(vec![step]),
        }
    }
    let mut events: Vec<(usize, Event)> = Vec::new();
    for (n, mut steps) in per_customer.into_iter().enumerate() {
        steps.sort_by_key(|(day, _, _)| *day);
        let mut own = empty.clone();
        for (day, _, command) in steps {
            // A random plan can ask for what the rules refuse (a reactivation after the term
            // ended): such a step is left out, as the app would refuse it.
            let _ = own.execute(command, day);
        }
        events.extend(own.events.into_iter().map(|e| (n, e)));
    }
    events.sort_by_key(|(n, e)| (e.date, *n, e.seq));
    let mut renumbered = std::collections::HashMap::new();
    let mut book = empty;
    book.events = events
        .into_iter()
        .enumerate()
        .map(|(i, (n, e))| {
            let seq = i as u64 + 1;
            renumbered.insert((n, e.seq), seq);
            Event {
                seq,
                caused_by: e.caused_by.map(|c| renumbered[&(n, c)]),
                ..e
            }
        })
        .collect();
    book
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::billing::derive::derive;

    #[test]
    fn the_generated_history_replays_through_the_rules_to_the_same_state() {
        let generated = generated_book(60, 3, 7);
        let mut replayed = Book::new(generated.settings.clone(), generated.catalog.clone());
        for e in generated.events.iter().filter(|e| e.caused_by.is_none()) {
            if let Err(err) = replayed.execute(e.command.clone(), e.date) {
                panic!("{} on {} refused: {err}", e.command.action_name(), e.date);
            }
        }
        let today = add_days(generated_start(), 3 * 365);
        assert!(derive(&replayed, today) == derive(&generated, today));
        assert!(generated.events.iter().any(|e| e.caused_by.is_some()));
    }
}
