//! The billing engine of profile 2022: each customer's subscriptions replayed together, lines
//! on calendar-month invoices dated the 8th of the next month, "G" numbers, due 60 days later
//! (N7), and each subscription's state in the shape every profile shares.

use super::calendar::{
    invoice_date, invoice_due_date, invoice_number, invoiced_month, last_order_day,
};
use super::customer::{notes_of, CustomerReplay, Member};
use super::replay::{Explain, ReplayContext};
use crate::base::dates::{add_days, add_months, first_of_month};
use crate::base::fast_hash::FastHashMap;
use crate::billing::engine::{BillingEngine, Program, Replay, ReplayInput, SubscriptionEvents};
use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::event::Event;
use crate::model::nce::subscription::NceSubscription;
use crate::model::subscription::{SubscriptionView, Term, TrialInfo};
use chrono::{Datelike, NaiveDate};
use std::sync::Arc;

/// Days a trial is usable (N18): it ends on its day 31.
const TRIAL_DAYS: i64 = 30;

pub struct NceEngine;

pub const NEW_COMMERCE: NceEngine = NceEngine;

impl BillingEngine for NceEngine {
    fn program(&self) -> Program {
        Program::NewCommerce
    }

    /// The new commerce offers, named as their SKUs; their prices are the catalog's rows.
    fn offers(&self, book: &Book, _today: NaiveDate) -> Catalog {
        book.nce_catalog().offer_catalog()
    }

    fn replay_all(
        &self,
        subscriptions: &[SubscriptionEvents<'_>],
        input: &ReplayInput<'_>,
    ) -> Vec<Replay> {
        let countries: FastHashMap<&str, &str> = input
            .customers
            .iter()
            .map(|c| (c.id.as_str(), c.country.as_str()))
            .collect();
        // Each customer's events in the order they were entered, and its subscriptions in the
        // order they began.
        let mut by_customer: Vec<(&str, Vec<&Event>)> = Vec::new();
        let mut index: FastHashMap<&str, usize> = FastHashMap::default();
        for sub in subscriptions {
            let Some(customer) = sub.events.first().and_then(|e| e.customer_id.as_deref()) else {
                continue;
            };
            let i = *index.entry(customer).or_insert_with(|| {
                by_customer.push((customer, Vec::new()));
                by_customer.len() - 1
            });
            by_customer[i].1.extend(sub.events.iter().copied());
        }
        let until = last_order_day(input.horizon);
        let mut replays = Vec::with_capacity(subscriptions.len());
        for (customer, mut events) in by_customer {
            events.sort_by_key(|e| e.seq);
            let ctx = ReplayContext {
                partner_id: input.partner_id,
                customer_id: Arc::from(customer),
                tax_percent: input.tax_percent,
                catalog: input.nce_catalog,
                explain: input.explain_on.map_or(Explain::Nothing, Explain::Day),
            };
            let country = countries.get(customer).copied().unwrap_or_default();
            let mut customer_replay = CustomerReplay::new(ctx, country);
            customer_replay.run(&events, input.today, until);
            replays.extend(
                customer_replay
                    .members
                    .into_iter()
                    .map(|m| finish(m, customer, input)),
            );
        }
        replays
    }

    /// The invoice of the current month: lines ordered up to its end are derived (N7).
    fn upcoming_billing_date(&self, today: NaiveDate, _billing_day: u32) -> NaiveDate {
        invoice_date(first_of_month(today))
    }

    /// A month's invoice is final once the month is over, though dated the 8th of the next.
    fn closed_through(&self, today: NaiveDate) -> NaiveDate {
        invoice_date(add_months(first_of_month(today), -1))
    }

    /// Far enough for next month's cycle charges and renewals that an action changes.
    fn preview_horizon(&self, today: NaiveDate, _billing_day: u32) -> NaiveDate {
        invoice_date(add_months(first_of_month(today), 1))
    }

    fn invoice_number(&self, billing_date: NaiveDate) -> String {
        invoice_number(invoiced_month(billing_date))
    }

    fn due_date(&self, billing_date: NaiveDate) -> NaiveDate {
        invoice_due_date(invoiced_month(billing_date))
    }
}

/// One subscription's outcome: its state as of today in the shared shape, the lines of the
/// invoices asked for, and the notes of the day explained.
fn finish(member: Member<'_>, customer: &str, input: &ReplayInput<'_>) -> Replay {
    let view = member
        .view_today
        .clone()
        .unwrap_or_else(|| member.replay.view());
    let view = shared_view(view, &member, customer, input.today);
    let (mut lines, notes) = member.replay.into_parts();
    lines.retain(|l| l.billing_date >= input.lines_from && l.billing_date <= input.horizon);
    Replay {
        view,
        lines,
        notes: notes_of(&notes, input.explain_on),
        terms: Default::default(),
    }
}

/// What every profile shows of a subscription, with the new commerce detail beside it.
fn shared_view(
    nce: NceSubscription,
    member: &Member<'_>,
    customer: &str,
    today: NaiveDate,
) -> SubscriptionView {
    let frequency = nce.term_plan.map(|tp| tp.plan.frequency());
    let term = nce.term_plan.map(|tp| Term {
        start: nce.term_start,
        end: nce.term_end,
        anchor_day: nce.cycle_anchor.day(),
        frequency: tp.plan.frequency(),
    });
    let trial = nce
        .trial_offer_id
        .clone()
        .or_else(|| nce.term_plan.is_none().then(|| nce.offer_id.clone()))
        .map(|offer_id| TrialInfo {
            offer_id,
            started: nce.created,
            expires: add_days(nce.created, TRIAL_DAYS),
            converted_on: nce.converted_on,
        });
    SubscriptionView {
        id: member.id.to_string(),
        billing_id: member.id.to_string(),
        order_id: member.order_id.clone(),
        customer_id: customer.to_string(),
        offer_id: nce.offer_id.clone(),
        nickname: member.nickname.clone(),
        quantity: nce.seats,
        frequency,
        status: nce.status_on(today),
        created: nce.created,
        term,
        unit_price: nce.term_plan.map(|_| nce.unit_price),
        auto_renew: nce.auto_renew,
        parent_id: member.parent_id.clone(),
        trial,
        suspended_on: None,
        pending_changes: Vec::new(),
        nce: Some(Box::new(nce)),
    }
}
