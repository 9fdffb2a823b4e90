//! A large profile 2022 book for benchmarks: customers with a paid subscription in every term
//! and plan, seat additions and reductions inside their windows, an add-on, cancellations,
//! suspensions and scheduled changes, and trials converted by hand, left to convert by
//! themselves, or let go. Recorded through the rules, deterministic for a seed.

use super::generated_book::{customer_record, guid, merge_customer_histories, Rng, Step};
use crate::base::dates::add_days;
use crate::model::book::Book;
use crate::model::command::{Command, NewIds};
use crate::model::nce::order::{OrderIds, ScheduledChange};
use crate::model::nce::sample_catalog::{
    BUSINESS_BASIC, BUSINESS_PREMIUM, BUSINESS_PREMIUM_TRIAL, BUSINESS_STANDARD,
    EXCHANGE_ONLINE_ARCHIVING, O365_E1, O365_E3, O365_E3_TRIAL,
};
use crate::model::nce::term::{BillingPlan, Term, TermPlan};
use crate::model::sample_catalog::sample_catalog;
use crate::model::settings::{PartnerSettings, RulesProfile};
use chrono::NaiveDate;

/// The first day of the generated new commerce history: the sample catalog's first rows.
pub fn generated_nce_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 1, 3).expect("valid date")
}

struct NcePlan {
    rng: Rng,
    span: i64,
    /// Ids handed out so far.
    next_id: u64,
    steps: Vec<Step>,
}

/// A profile 2022 book of `customers` customers over `years` years.
pub fn generated_nce_book(customers: u64, years: i64, seed: u64) -> Book {
    let mut plan = NcePlan {
        rng: Rng(seed),
        span: 365 * years,
        next_id: 0,
        steps: Vec::new(),
    };
    for i in 0..customers {
        plan.customer(i);
    }
    let mut settings = PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into());
    settings.profile = RulesProfile::P2022;
    merge_customer_histories(Book::new(settings, sample_catalog()), plan.steps)
}

impl NcePlan {
    fn id(&mut self, kind: u32) -> String {
        self.next_id += 1;
        guid(kind, self.next_id)
    }

    fn order(&mut self) -> OrderIds {
        OrderIds {
            order_id: self.id(0x0dde),
            reference_id: self.id(0x2ef0),
        }
    }

    fn new_ids(&mut self) -> NewIds {
        let subscription_id = self.id(0x5ab5);
        let order = self.order();
        NewIds {
            billing_id: subscription_id.clone(),
            subscription_id,
            order_id: order.order_id,
            reference_id: Some(order.reference_id),
        }
    }

    /// Mostly a year billed monthly, as partners sell; every other combination too.
    fn term_plan(&mut self, offer: &str) -> TermPlan {
        let roll = self.rng.below(100);
        let (term, plan) = match roll {
            0..=29 => (Term::P1M, BillingPlan::Monthly),
            30..=74 => (Term::P1Y, BillingPlan::Monthly),
            75..=89 => (Term::P1Y, BillingPlan::Annual),
            _ if offer == O365_E3 => (Term::P3Y, BillingPlan::Monthly),
            _ => (Term::P1Y, BillingPlan::Monthly),
        };
        TermPlan::new(term, plan).expect("an N1 combination")
    }

    fn push(&mut self, day: NaiveDate, cid: &str, command: Command) {
        self.steps.push((day, Some(cid.to_string()), command));
    }

    fn customer(&mut self, i: u64) {
        let customer = customer_record(i);
        let cid = customer.id.clone();
        let created = add_days(generated_nce_start(), self.rng.below(60) as i64);
        self.push(created, &cid, Command::CreateCustomer(customer));
        self.base_subscription(&cid, created);
        self.trial(&cid, created);
    }

    /// A purchase, seat changes inside their windows, an add-on, and now and then a
    /// cancellation, a suspension or a change scheduled for the renewal.
    fn base_subscription(&mut self, cid: &str, created: NaiveDate) {
        let offer =
            [BUSINESS_BASIC, BUSINESS_STANDARD, O365_E1, O365_E3][self.rng.below(4) as usize];
        let term_plan = self.term_plan(offer);
        let ids = self.new_ids();
        let sub = ids.subscription_id.clone();
        let bought = add_days(created, 1 + self.rng.below((self.span / 3) as u64) as i64);
        let mut seats = 1 + self.rng.below(150) as u32;
        let purchase = Command::Purchase {
            ids,
            customer_id: cid.into(),
            offer_id: offer.into(),
            quantity: seats,
            frequency: term_plan.plan.frequency(),
            nickname: None,
            term_plan: Some(term_plan),
        };
        self.push(bought, cid, purchase);
        if self.rng.chance(5) {
            let order = Some(self.order());
            let day = add_days(bought, self.rng.below(7) as i64);
            self.push(
                day,
                cid,
                Command::Cancel {
                    subscription_id: sub,
                    order,
                },
            );
            return;
        }
        let mut day = bought;
        for _ in 0..2 {
            day = add_days(day, 20 + self.rng.below(200) as i64);
            let added = 1 + self.rng.below(20) as u32;
            seats += added;
            self.change_seats(cid, &sub, day, seats);
            if self.rng.chance(30) {
                seats -= 1 + self.rng.below(u64::from(added)) as u32;
                let reduced = add_days(day, self.rng.below(7) as i64);
                self.change_seats(cid, &sub, reduced, seats);
            }
        }
        let add_on = Command::BuyAddOn {
            ids: self.new_ids(),
            parent_id: sub.clone(),
            offer_id: EXCHANGE_ONLINE_ARCHIVING.into(),
            quantity: 1 + self.rng.below(50) as u32,
        };
        let add_on_day = add_days(bought, 5 + self.rng.below(15) as i64);
        self.push(add_on_day, cid, add_on);
        self.later_turn(cid, &sub, offer, day, seats);
    }

    fn change_seats(&mut self, cid: &str, sub: &str, day: NaiveDate, quantity: u32) {
        let order = Some(self.order());
        let command = Command::ChangeQuantity {
            subscription_id: sub.into(),
            quantity,
            order,
        };
        self.push(day, cid, command);
    }

    /// A suspension (reactivated half the time) or a smaller renewal scheduled.
    fn later_turn(&mut self, cid: &str, sub: &str, offer: &str, after: NaiveDate, seats: u32) {
        let day = add_days(after, 1 + self.rng.below(60) as i64);
        if self.rng.chance(8) {
            self.push(
                day,
                cid,
                Command::Suspend {
                    subscription_id: sub.into(),
                },
            );
            if self.rng.chance(50) {
                let back = add_days(day, 1 + self.rng.below(20) as i64);
                self.push(
                    back,
                    cid,
                    Command::Reactivate {
                        subscription_id: sub.into(),
                    },
                );
            }
        } else if self.rng.chance(15) {
            let change = ScheduledChange {
                offer_id: offer.into(),
                term_plan: TermPlan::new(Term::P1Y, BillingPlan::Monthly).expect("N1"),
                quantity: seats.div_ceil(2),
            };
            let command = Command::ScheduleChange {
                subscription_id: sub.into(),
                change,
            };
            self.push(day, cid, command);
        }
    }

    /// A trial converted by hand, left to convert by itself on day 31, or let go.
    fn trial(&mut self, cid: &str, created: NaiveDate) {
        let (trial, target) = if self.rng.chance(50) {
            (BUSINESS_PREMIUM_TRIAL, BUSINESS_PREMIUM)
        } else {
            (O365_E3_TRIAL, O365_E3)
        };
        let ids = self.new_ids();
        let sub = ids.subscription_id.clone();
        let signed = add_days(created, 1 + self.rng.below((self.span / 2) as u64) as i64);
        let sign_up = Command::SignUpTrial {
            ids,
            customer_id: cid.into(),
            offer_id: trial.into(),
        };
        self.push(signed, cid, sign_up);
        let roll = self.rng.below(100);
        if roll < 40 {
            let term_plan = self.term_plan(target);
            let convert = Command::ConvertTrial {
                subscription_id: sub,
                target_offer_id: target.into(),
                quantity: 25 + self.rng.below(100) as u32,
                frequency: term_plan.plan.frequency(),
                term_plan: Some(term_plan),
                order: Some(self.order()),
            };
            let converted = add_days(signed, self.rng.below(29) as i64);
            self.push(converted, cid, convert);
        } else if roll < 60 {
            let off = Command::SetAutoRenew {
                subscription_id: sub,
                on: false,
            };
            let let_go = add_days(signed, self.rng.below(29) as i64);
            self.push(let_go, cid, off);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::billing::derive::derive;
    use crate::model::status::Status;

    #[test]
    fn the_generated_2022_history_replays_through_the_rules_to_the_same_state() {
        let generated = generated_nce_book(60, 3, 7);
        let mut replayed = Book::new(generated.settings.clone(), generated.catalog.clone());
        for e in generated.events.iter().filter(|e| e.caused_by.is_none()) {
            if let Err(err) = replayed.execute(e.command.clone(), e.date) {
                panic!("{} on {} refused: {err}", e.command.action_name(), e.date);
            }
        }
        let today = add_days(generated_nce_start(), 3 * 365);
        let state = derive(&generated, today);
        assert!(derive(&replayed, today) == state);
        let statuses: Vec<Status> = state.subscriptions.iter().map(|s| s.status).collect();
        for expected in [Status::Active, Status::Canceled, Status::Deleted] {
            assert!(
                statuses.contains(&expected),
                "some subscription is {expected:?}"
            );
        }
        assert!(state.lines.iter().all(|l| l.nce.is_some()));
    }
}
