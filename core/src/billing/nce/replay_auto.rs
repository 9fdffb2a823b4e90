//! The automatic events of a day, in N24's order: renewal or expiry (N11, N12), a trial's
//! conversion or expiry (N20), a billing-plan change taking effect (N21), the cycle charge (N9).

use super::calendar::{cycles_from, months_from, push_term_cycles, term_end};
use super::replay::{AutomaticEventGuard, LineSpec, Replay};
use super::replay_start::default_conversion;
use crate::base::dates::{add_days, add_months};
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::base::say::NceNote;
use crate::model::charge_line::ChargeType;
use crate::model::nce::cycle::{Cycle, CycleShare};
use crate::model::nce::line::{OrderId, Reference, TermOrderKind};
use crate::model::nce::order::ScheduledChange;
use crate::model::nce::per_seat::PerSeat;
use crate::model::nce::subscription::SeatBatch;
use crate::model::nce::term::{BillingPlan, TermPlan};
use crate::model::status::Status;
use chrono::NaiveDate;
use std::sync::Arc;

impl Replay<'_> {
    /// The next day after those already run on which something happens by itself.
    pub(super) fn next_automatic_day(&self) -> Option<NaiveDate> {
        let v = &self.view;
        let after = self.done_through;
        let renewal = matches!(v.status, Status::Trial | Status::Active | Status::Suspended)
            .then(|| v.renewal_day());
        let plan_change = v.pending_plan_change.as_ref().map(|p| p.takes_effect);
        let cycle = v
            .status
            .is_held()
            .then(|| {
                v.cycles
                    .iter()
                    .map(|c| c.start)
                    .find(|s| *s > after && *s > v.term_start)
            })
            .flatten();
        [renewal, plan_change, cycle]
            .into_iter()
            .flatten()
            .filter(|d| *d > after)
            .min()
    }

    pub(super) fn run_automatic_events(&mut self, day: NaiveDate, guard: &dyn AutomaticEventGuard) {
        if day == self.view.renewal_day() {
            match self.view.status {
                Status::Trial => self.end_trial(day, guard),
                Status::Active | Status::Suspended => self.renew_or_expire(day, guard),
                _ => {}
            }
        }
        let plan_changes_today = self.view.status.is_held()
            && self
                .view
                .pending_plan_change
                .as_ref()
                .is_some_and(|p| p.takes_effect == day);
        if plan_changes_today {
            self.change_plan(day);
        } else if self.view.status.is_held() && day > self.view.term_start {
            if let Some(cycle) = self.view.cycles.iter().find(|c| c.start == day).copied() {
                self.charge_cycle(&cycle);
            }
        }
    }

    pub(super) fn expire(&mut self, day: NaiveDate, because: Option<RuleError>) {
        let v = &mut self.view;
        v.status = Status::Expired;
        v.status_since = day;
        v.auto_renew = false;
        v.scheduled_change = None;
        v.pending_plan_change = None;
        let why = because.as_ref().and_then(|e| e.say.clone());
        v.expired_because = because;
        self.note(day, || NceNote::Expired { day, because: why });
    }

    /// The price of what comes next, after N31's checks; None when it expired instead.
    fn allowed_next(
        &mut self,
        day: NaiveDate,
        next: &ScheduledChange,
        guard: &dyn AutomaticEventGuard,
    ) -> Option<Money> {
        let catalog = self.ctx.catalog;
        let checked = guard.allow(&self.view, day, next).and_then(|()| {
            match catalog.prices.in_force(&next.offer_id, next.term_plan, day) {
                Some(row) => Ok(row.unit_price),
                // The refusal names the offer: spelled only when there is one (renewals are many).
                None => {
                    let offer_name = catalog
                        .offer(&next.offer_id)
                        .map_or(next.offer_id.clone(), |o| o.sku_name.clone());
                    catalog
                        .prices
                        .require(&next.offer_id, &offer_name, next.term_plan, day)
                }
            }
        });
        match checked {
            Ok(u) => Some(u),
            Err(e) => {
                self.expire(day, Some(e));
                None
            }
        }
    }

    fn renew_or_expire(&mut self, day: NaiveDate, guard: &dyn AutomaticEventGuard) {
        if self.view.status == Status::Suspended || !self.view.auto_renew {
            return self.expire(day, None);
        }
        let v = &self.view;
        let next = v
            .scheduled_change
            .clone()
            .unwrap_or_else(|| ScheduledChange {
                offer_id: v.offer_id.clone(),
                term_plan: v.term_plan.expect("a paid subscription has a term"),
                quantity: v.seats,
            });
        let Some(u) = self.allowed_next(day, &next, guard) else {
            return;
        };
        self.events += 1;
        let order = self.term_order(TermOrderKind::Renew, day);
        self.start_term(day, &next, u, OrderId::Term(order));
        self.push_line(LineSpec {
            charge_type: ChargeType::Renew,
            order_id: OrderId::Term(order),
            reference: Reference::Term(order),
            order_date: day,
            charge_start: day,
            unit_price: u,
            per_seat: PerSeat::of_cycle(u, CycleShare::WHOLE),
            quantity: next.quantity,
        });
        self.note(day, || NceNote::Renewed {
            day,
            term_plan: next.term_plan.into(),
        });
        self.note_windows(day);
    }

    fn end_trial(&mut self, day: NaiveDate, guard: &dyn AutomaticEventGuard) {
        let trial = self.ctx.catalog.offer(&self.view.offer_id);
        let next = self
            .view
            .scheduled_change
            .clone()
            .or_else(|| trial.and_then(default_conversion));
        match next.filter(|_| self.view.auto_renew) {
            None => self.expire(day, None),
            Some(next) => {
                let Some(u) = self.allowed_next(day, &next, guard) else {
                    return;
                };
                let order = self.term_order(TermOrderKind::Convert, day);
                let ids = (OrderId::Term(order), Reference::Term(order));
                self.convert(day, &next, u, ids);
            }
        }
    }

    /// N19, N20: the trial's 0.00 line, then the paid subscription's first cycle.
    pub(super) fn convert(
        &mut self,
        day: NaiveDate,
        change: &ScheduledChange,
        u: Money,
        (order_id, reference): (OrderId, Reference),
    ) {
        self.events += 1;
        let trial_line = LineSpec {
            charge_type: ChargeType::Convert,
            order_id: order_id.clone(),
            reference: reference.clone(),
            order_date: day,
            charge_start: self.view.term_start,
            unit_price: Money::ZERO,
            per_seat: PerSeat::ZERO,
            quantity: self.view.seats,
        };
        self.push_line(trial_line);
        let target = self.ctx.catalog.offer(&change.offer_id);
        self.view.trial_offer_id = Some(self.view.offer_id.clone());
        self.view.converted_on = Some(day);
        self.view.kind = target.map_or(self.view.kind, |o| o.kind);
        self.start_term(day, change, u, order_id.clone());
        self.view.auto_renew = true;
        self.push_line(LineSpec {
            charge_type: ChargeType::Convert,
            order_id,
            reference,
            order_date: day,
            charge_start: day,
            unit_price: u,
            per_seat: PerSeat::of_cycle(u, CycleShare::WHOLE),
            quantity: change.quantity,
        });
        self.note_windows(day);
    }

    /// A fresh term from `day`: one batch of all seats, a new cancellation window (N11, N19).
    fn start_term(&mut self, day: NaiveDate, next: &ScheduledChange, u: Money, order_id: OrderId) {
        let v = &mut self.view;
        // Into the strings already there: a renewal keeps the offer, and ids have one length.
        v.offer_id.clone_from(&next.offer_id);
        v.status = Status::Active;
        v.status_since = day;
        v.term_plan = Some(next.term_plan);
        v.term_start = day;
        v.term_end = term_end(day, next.term_plan.term);
        v.cycle_anchor = day;
        // Into the term's buffers already there: a book renews hundreds of thousands of times.
        v.cycles.clear();
        push_term_cycles(&mut v.cycles, day, next.term_plan.term, next.term_plan.plan);
        v.unit_price = u;
        v.seats = next.quantity;
        v.batches.clear();
        v.batches.push(SeatBatch {
            added: day,
            seats: next.quantity,
        });
        v.scheduled_change = None;
        self.set_term_order(order_id);
        self.share_offer_id();
    }

    /// N9: the cycle's whole amount for the seats held at the start of its first day.
    fn charge_cycle(&mut self, cycle: &Cycle) {
        self.events += 1;
        let u = self.view.unit_price;
        let spec = LineSpec {
            charge_type: ChargeType::CycleCharge,
            order_id: self.term_order_id(),
            reference: self.derived_reference(ChargeType::CycleCharge, cycle.start),
            order_date: cycle.start,
            charge_start: cycle.start,
            unit_price: u,
            per_seat: PerSeat::of_cycle(u, cycle.share),
            quantity: self.view.seats,
        };
        self.push_line(spec);
    }

    /// N21: the cycles from the change day on follow the new plan; the first is charged.
    fn change_plan(&mut self, day: NaiveDate) {
        let Some(pending) = self.view.pending_plan_change.take() else {
            return;
        };
        let v = &self.view;
        let Some(term_plan) = v
            .term_plan
            .and_then(|tp| TermPlan::new(tp.term, pending.plan))
        else {
            return;
        };
        // N10: the new plan's row in force on T; the request was refused without one.
        let Some(row) = self
            .ctx
            .catalog
            .prices
            .in_force(&v.offer_id, term_plan, v.term_start)
        else {
            return;
        };
        let u = row.unit_price;
        let Some(months) = months_from(v.cycle_anchor, day) else {
            return;
        };
        let mut cycles: Vec<Cycle> = v.cycles.iter().filter(|c| c.end < day).copied().collect();
        cycles.extend(plan_cycles_from(
            v.cycle_anchor,
            pending.plan,
            months,
            v.term_end,
        ));
        self.events += 1;
        self.view.cycles = cycles;
        self.view.term_plan = Some(term_plan);
        self.view.unit_price = u;
        let share = self
            .view
            .cycle_on(day)
            .map_or(CycleShare::WHOLE, |c| c.share);
        let spec = LineSpec {
            charge_type: ChargeType::ChangeBillingPlan,
            order_id: OrderId::Given(Arc::from(pending.order_id.as_str())),
            reference: self.derived_reference(ChargeType::ChangeBillingPlan, day),
            order_date: day,
            charge_start: day,
            unit_price: u,
            per_seat: PerSeat::of_cycle(u, share),
            quantity: self.view.seats,
        };
        self.push_line(spec);
        self.note(day, || NceNote::BilledFrom {
            plan: pending.plan.into(),
            day,
        });
    }
}

/// N21: the cycles of `plan` from the change day `months` after the anchor. A change to annual
/// first runs to the next anniversary and carries n/12 of the annual price.
fn plan_cycles_from(
    anchor: NaiveDate,
    plan: BillingPlan,
    months: i32,
    last_day: NaiveDate,
) -> Vec<Cycle> {
    if plan != BillingPlan::Annual || months % 12 == 0 {
        return cycles_from(anchor, plan, months, last_day);
    }
    let anniversary_months = (months / 12 + 1) * 12;
    let first = Cycle {
        start: add_months(anchor, months),
        end: add_days(add_months(anchor, anniversary_months), -1).min(last_day),
        plan,
        share: CycleShare {
            months: (anniversary_months - months) as u32,
            of_months: 12,
        },
    };
    let mut cycles = vec![first];
    cycles.extend(cycles_from(anchor, plan, anniversary_months, last_day));
    cycles
}
