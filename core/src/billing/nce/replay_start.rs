//! The state a creating action starts a subscription in: a purchase (N8), a co-termed add-on
//! (N23, N34) or a trial (N18).

use super::action::{Creation, Dated};
use super::calendar::{term_cycles, term_end};
use crate::base::dates::add_days;
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::model::nce::offer::{NceCatalog, NceOffer};
use crate::model::nce::order::ScheduledChange;
use crate::model::nce::subscription::{NceSubscription, SeatBatch};
use crate::model::nce::term::{BillingPlan, Term, TermPlan};
use crate::model::status::Status;
use chrono::NaiveDate;

/// T2: every trial has 25 seats.
pub const TRIAL_SEATS: u32 = 25;

/// N20: without a scheduled change, a trial converts to its first target, P1Y monthly, 25 seats.
pub fn default_conversion(trial: &NceOffer) -> Option<ScheduledChange> {
    Some(ScheduledChange {
        offer_id: trial.conversion_targets.first()?.clone(),
        term_plan: TermPlan::new(Term::P1Y, BillingPlan::Monthly).expect("N1 combination"),
        quantity: TRIAL_SEATS,
    })
}

/// The subscription on its first day, before its first line.
pub(super) fn initial_view(
    catalog: &NceCatalog,
    creation: &Dated<Creation>,
) -> Result<NceSubscription, RuleError> {
    let day = creation.day;
    let offer = catalog.known_offer(creation.action.offer_id())?;
    let mut view = fresh_view(creation.action.subscription_id(), offer, day);
    match &creation.action {
        Creation::Purchase {
            ids,
            term_plan,
            quantity,
            ..
        } => {
            let u = catalog
                .prices
                .require(&offer.id(), &offer.sku_name, *term_plan, day)?;
            start_paid(&mut view, (*term_plan, u), *quantity, &ids.order_id);
            view.cycles = term_cycles(day, term_plan.term, term_plan.plan);
        }
        Creation::AddOn {
            ids,
            quantity,
            base,
            ..
        } => {
            let u = catalog
                .prices
                .require(&offer.id(), &offer.sku_name, base.term_plan, day)?;
            start_paid(&mut view, (base.term_plan, u), *quantity, &ids.order_id);
            view.cycles = base
                .cycles
                .iter()
                .filter(|c| c.end >= day)
                .copied()
                .collect();
            view.term_end = base.term_end;
            view.cycle_anchor = base.cycles.first().map_or(day, |c| c.start);
        }
        Creation::TrialSignUp { order_id, .. } => {
            view.term_order_id = order_id.clone();
            // T12: a trial without a conversion target cannot renew into anything.
            view.auto_renew = !offer.conversion_targets.is_empty();
        }
    }
    Ok(view)
}

fn start_paid(
    view: &mut NceSubscription,
    (term_plan, unit_price): (TermPlan, Money),
    seats: u32,
    order_id: &str,
) {
    view.status = Status::Active;
    view.term_plan = Some(term_plan);
    view.term_end = term_end(view.term_start, term_plan.term);
    view.unit_price = unit_price;
    view.seats = seats;
    view.batches = vec![SeatBatch {
        added: view.term_start,
        seats,
    }];
    view.auto_renew = true;
    view.term_order_id = order_id.to_string();
}

/// A trial of 25 seats for D … D+29 (N18); a paid start overwrites what differs.
fn fresh_view(subscription_id: &str, offer: &NceOffer, day: NaiveDate) -> NceSubscription {
    NceSubscription {
        subscription_id: subscription_id.to_string(),
        offer_id: offer.id(),
        trial_offer_id: None,
        converted_on: None,
        kind: offer.kind,
        created: day,
        status: Status::Trial,
        status_since: day,
        term_plan: None,
        term_start: day,
        term_end: add_days(day, 29),
        cycle_anchor: day,
        unit_price: Money::ZERO,
        seats: TRIAL_SEATS,
        batches: vec![],
        auto_renew: false,
        scheduled_change: None,
        pending_plan_change: None,
        cycles: vec![],
        term_order_id: String::new(),
        expired_because: None,
        automatic_conversion: None,
    }
}
