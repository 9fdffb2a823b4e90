//! The partner's actions on a subscription that exists, applied after they were checked.

use super::action::NceAction;
use super::replay::{LineSpec, Replay};
use crate::base::rule_error::RuleError;
use crate::base::say::NceNote;
use crate::model::charge_line::ChargeType;
use crate::model::nce::line::{OrderId, Reference};
use crate::model::nce::order::{OrderIds, ScheduledChange};
use crate::model::nce::per_seat::PerSeat;
use crate::model::nce::subscription::{PendingPlanChange, SeatBatch};
use crate::model::nce::term::BillingPlan;
use crate::model::status::Status;
use chrono::NaiveDate;
use std::sync::Arc;

impl Replay<'_> {
    /// Applies a checked action on `day`, once the replay has advanced to it (that day's
    /// automatic events come first, N24). A price that the checks should have found missing is
    /// refused here too, before anything changes.
    pub fn apply(&mut self, day: NaiveDate, action: &NceAction) -> Result<(), RuleError> {
        match action {
            NceAction::ChangeQuantity { quantity, ids } => {
                self.change_quantity(day, *quantity, ids)
            }
            NceAction::Cancel { ids } => self.cancel(day, ids),
            NceAction::Suspend => {
                let v = &mut self.view;
                v.status = Status::Suspended;
                v.status_since = day;
                v.auto_renew = false;
                v.scheduled_change = None;
            }
            NceAction::Reactivate => {
                self.view.status = Status::Active;
                self.view.status_since = day;
            }
            NceAction::SetAutoRenew { on } => {
                self.view.auto_renew = *on;
                if !on {
                    self.view.scheduled_change = None;
                }
            }
            NceAction::ScheduleChange(change) => self.view.scheduled_change = Some(change.clone()),
            NceAction::CancelScheduledChange => self.view.scheduled_change = None,
            NceAction::ChangeBillingPlan { plan, order_id } => {
                self.request_plan_change(day, *plan, order_id)
            }
            NceAction::ConvertTrial {
                target_offer_id,
                term_plan,
                quantity,
                ids,
            } => {
                let target = self.ctx.catalog.known_offer(target_offer_id)?;
                let u = self.ctx.catalog.prices.require(
                    target_offer_id,
                    &target.sku_name,
                    *term_plan,
                    day,
                )?;
                let change = ScheduledChange {
                    offer_id: target_offer_id.clone(),
                    term_plan: *term_plan,
                    quantity: *quantity,
                };
                self.convert(day, &change, u, shared_ids(ids));
            }
        }
        Ok(())
    }

    /// N13, N14: a refund of the old quantity and a charge of the new one, sharing a ReferenceId.
    fn change_quantity(&mut self, day: NaiveDate, quantity: u32, ids: &OrderIds) {
        let old = self.view.seats;
        let Some(cycle) = self.view.cycle_on(day).copied() else {
            return;
        };
        let per_seat = PerSeat::prorated(self.view.unit_price, &cycle, day);
        let charge_type = if quantity > old {
            ChargeType::AddQuantity
        } else {
            ChargeType::RemoveQuantity
        };
        self.events += 1;
        let (order_id, reference) = shared_ids(ids);
        for (sign, seats) in [(per_seat.negated(), old), (per_seat, quantity)] {
            self.push_line(LineSpec {
                charge_type,
                order_id: order_id.clone(),
                reference: reference.clone(),
                order_date: day,
                charge_start: day,
                unit_price: self.view.unit_price,
                per_seat: sign,
                quantity: seats,
            });
        }
        if quantity > old {
            self.view.batches.push(SeatBatch {
                added: day,
                seats: quantity - old,
            });
            self.note(day, || NceNote::SeatsReducible {
                added: day,
                last: crate::base::dates::add_days(day, 6),
            });
        } else {
            take_from_oldest_open(&mut self.view.batches, day, old - quantity);
        }
        self.view.seats = quantity;
        self.view.scheduled_change = None;
    }

    /// N15: the rest of the current cycle comes back for every seat.
    fn cancel(&mut self, day: NaiveDate, ids: &OrderIds) {
        let Some(cycle) = self.view.cycle_on(day).copied() else {
            return;
        };
        self.events += 1;
        let u = self.view.unit_price;
        self.push_line(LineSpec {
            charge_type: ChargeType::CancelImmediate,
            order_id: OrderId::Given(Arc::from(ids.order_id.as_str())),
            reference: Reference::Given(Arc::from(ids.reference_id.as_str())),
            order_date: day,
            charge_start: day,
            unit_price: u,
            per_seat: PerSeat::prorated(u, &cycle, day).negated(),
            quantity: self.view.seats,
        });
        let v = &mut self.view;
        v.status = Status::Canceled;
        v.status_since = day;
        v.auto_renew = false;
        v.scheduled_change = None;
        v.pending_plan_change = None;
    }

    /// N21, N33: one pending change at a time; asking for the current plan withdraws it.
    fn request_plan_change(&mut self, day: NaiveDate, plan: BillingPlan, order_id: &str) {
        let current = self.view.term_plan.map(|tp| tp.plan);
        let takes_effect = self.view.cycles.iter().map(|c| c.start).find(|s| *s > day);
        self.view.pending_plan_change = match takes_effect {
            Some(takes_effect) if current != Some(plan) => Some(PendingPlanChange {
                plan,
                requested: day,
                takes_effect,
                order_id: order_id.to_string(),
            }),
            _ => None,
        };
    }
}

/// The ids of an action's lines, shared by every line it makes.
pub(super) fn shared_ids(ids: &OrderIds) -> (OrderId, Reference) {
    (
        OrderId::Given(Arc::from(ids.order_id.as_str())),
        Reference::Given(Arc::from(ids.reference_id.as_str())),
    )
}

/// O5: a reduction takes seats from the oldest batch open on `day` first.
fn take_from_oldest_open(batches: &mut Vec<SeatBatch>, day: NaiveDate, mut seats: u32) {
    for batch in batches.iter_mut().filter(|b| b.is_open_on(day)) {
        let taken = batch.seats.min(seats);
        batch.seats -= taken;
        seats -= taken;
    }
    batches.retain(|b| b.seats > 0);
}
