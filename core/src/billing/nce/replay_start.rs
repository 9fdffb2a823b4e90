//! The state a creating action starts a subscription in: a purchase (N8), a co-termed add-on
//! (N23, N34), a trial (N18), or one adopted from the partner's reconciliation file mid-term
//! (issue 12).

use super::action::{AdoptedStart, Creation, Dated};
use super::calendar::{term_cycles, term_end};
use crate::base::dates::add_days;
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::model::nce::offer::{NceCatalog, NceOffer};
use crate::model::nce::order::{BaseCalendar, ScheduledChange};
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
    let day = start_day(creation);
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
            co_term(&mut view, base, day);
        }
        Creation::TrialSignUp { order_id, .. } => start_trial(&mut view, offer, order_id),
        Creation::Adopt(adopted) => adopt(&mut view, offer, adopted),
    }
    Ok(view)
}

/// The first day of the subscription: the day of its action, or an adopted one's term start.
pub fn start_day(creation: &Dated<Creation>) -> NaiveDate {
    match &creation.action {
        Creation::Adopt(adopted) => adopted.term_start,
        _ => creation.day,
    }
}

fn start_trial(view: &mut NceSubscription, offer: &NceOffer, order_id: &str) {
    view.term_order_id = order_id.to_string();
    // T12: a trial without a conversion target cannot renew into anything.
    view.auto_renew = !offer.conversion_targets.is_empty();
}

/// N23: an add-on's term ends with its base's, and its cycles are the base's from `day` on.
fn co_term(view: &mut NceSubscription, base: &BaseCalendar, day: NaiveDate) {
    view.cycles = base
        .cycles
        .iter()
        .filter(|c| c.end >= day)
        .copied()
        .collect();
    view.term_end = base.term_end;
    view.cycle_anchor = base.cycles.first().map_or(day, |c| c.start);
}

/// Issue 12: the term as the file shows it, its price locked (N10), all its seats one batch
/// dated the term's start (the file can't tell which seats a later addition brought, so a
/// reduction window is open only within 7 days of the term's start, N14), auto-renew on as
/// on every paid subscription (N11: the file can't say it was turned off).
fn adopt(view: &mut NceSubscription, offer: &NceOffer, adopted: &AdoptedStart) {
    let Some(term_plan) = adopted.term_plan else {
        return start_trial(view, offer, &adopted.order_id);
    };
    start_paid(
        view,
        (term_plan, adopted.unit_price),
        adopted.quantity,
        &adopted.order_id,
    );
    match &adopted.base {
        Some((_, base)) => co_term(view, base, adopted.term_start),
        None => view.cycles = term_cycles(view.term_start, term_plan.term, term_plan.plan),
    }
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
