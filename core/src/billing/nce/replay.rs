//! The replay of one subscription: its creation, then automatic events by date (N24) and the
//! partner's actions, into its state and its lines. Actions reach the replay already checked;
//! the checks sit one layer up (`checks`), the order of both in `run`.

use super::action::{Creation, Dated};
use super::ids::derived_id;
use super::replay_start::{default_conversion, initial_view};
use crate::base::dates::{add_days, us_date};
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::model::nce::limits::CheckContext;
use crate::model::nce::line::{ChargeType, NceLine, Qualifier};
use crate::model::nce::offer::{NceCatalog, OfferKind};
use crate::model::nce::order::ScheduledChange;
use crate::model::nce::per_seat::PerSeat;
use crate::model::nce::subscription::{AutomaticConversion, Status, SubscriptionView};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// N31: an automatic renewal or conversion runs the checks of the manual action it stands for
/// (offer limits, orderable dates and countries, the owner of a trial's target, pooled seats).
/// The checks need the customer's other subscriptions, so they come from above.
pub trait AutomaticEventGuard {
    fn allow(
        &self,
        view: &SubscriptionView,
        day: NaiveDate,
        next: &ScheduledChange,
    ) -> Result<(), RuleError>;
}

/// N31 with the checks of the manual actions, on the customer's subscriptions as they stand.
impl AutomaticEventGuard for CheckContext<'_> {
    fn allow(
        &self,
        view: &SubscriptionView,
        day: NaiveDate,
        next: &ScheduledChange,
    ) -> Result<(), RuleError> {
        self.allows_automatic(view, day, next)
    }
}

/// What a replay needs besides the actions.
#[derive(Clone, Copy)]
pub struct ReplayContext<'a> {
    pub partner_id: &'a str,
    pub catalog: &'a NceCatalog,
    pub guard: &'a dyn AutomaticEventGuard,
}

/// A sentence for previews and the subscription page.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Note {
    pub day: NaiveDate,
    pub text: String,
}

/// The fields that differ between lines; the rest come from the subscription as it stands.
pub(super) struct LineSpec {
    pub charge_type: ChargeType,
    pub order_id: String,
    pub reference_id: String,
    pub order_date: NaiveDate,
    pub charge_start: NaiveDate,
    pub unit_price: Money,
    pub per_seat: PerSeat,
    pub quantity: u32,
}

pub struct Replay<'a> {
    pub(super) ctx: ReplayContext<'a>,
    pub(super) view: SubscriptionView,
    pub(super) lines: Vec<NceLine>,
    pub(super) notes: Vec<Note>,
    /// Automatic events have run for every day up to and including this one.
    pub(super) done_through: NaiveDate,
    pub(super) events: u32,
}

impl<'a> Replay<'a> {
    /// The subscription as its creating action makes it, with its first line.
    pub fn create(
        ctx: ReplayContext<'a>,
        creation: &Dated<Creation>,
    ) -> Result<Replay<'a>, RuleError> {
        let view = initial_view(ctx.catalog, creation)?;
        let mut replay = Replay {
            ctx,
            view,
            lines: Vec::new(),
            notes: Vec::new(),
            done_through: creation.day,
            events: 0,
        };
        replay.first_line(creation);
        Ok(replay)
    }

    fn first_line(&mut self, creation: &Dated<Creation>) {
        let day = creation.day;
        self.events += 1;
        let (order_id, reference_id) = match &creation.action {
            Creation::Purchase { ids, .. } | Creation::AddOn { ids, .. } => {
                (ids.order_id.clone(), ids.reference_id.clone())
            }
            Creation::TrialSignUp { order_id, .. } => {
                (order_id.clone(), self.derived_id(ChargeType::New, day))
            }
        };
        let per_seat = match self.view.cycle_on(day) {
            Some(cycle) => PerSeat::prorated(self.view.unit_price, cycle, day),
            None => PerSeat::ZERO,
        };
        let spec = LineSpec {
            charge_type: ChargeType::New,
            order_id,
            reference_id,
            order_date: day,
            charge_start: day,
            unit_price: self.view.unit_price,
            per_seat,
            quantity: self.view.seats,
        };
        self.push_line(spec);
        self.note_windows(day);
    }

    /// Runs the automatic events of every day up to and including `day` (N24 step 1).
    pub fn advance_to(&mut self, day: NaiveDate) {
        while let Some(next) = self.next_automatic_day().filter(|d| *d <= day) {
            self.run_automatic_events(next);
            self.done_through = next;
        }
        self.done_through = self.done_through.max(day);
    }

    /// The state as it stands, with a trial's automatic conversion worked out (T10).
    pub fn view(&self) -> SubscriptionView {
        let mut view = self.view.clone();
        view.automatic_conversion = self.automatic_conversion();
        view
    }

    pub fn lines(&self) -> &[NceLine] {
        &self.lines
    }

    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    pub fn into_parts(self) -> (Vec<NceLine>, Vec<Note>) {
        (self.lines, self.notes)
    }

    /// The conversion a trial would get on its day 31 if left alone (N20).
    pub(super) fn automatic_conversion(&self) -> Option<AutomaticConversion> {
        if self.view.status != Status::Trial || !self.view.auto_renew {
            return None;
        }
        let day = self.view.renewal_day();
        let change = match &self.view.scheduled_change {
            Some(change) => change.clone(),
            None => default_conversion(self.ctx.catalog.offer(&self.view.offer_id)?)?,
        };
        let first_charge = self
            .ctx
            .catalog
            .prices
            .in_force(&change.offer_id, change.term_plan, day)
            .map(|row| row.unit_price * i64::from(change.quantity));
        Some(AutomaticConversion {
            day,
            change,
            first_charge,
        })
    }

    /// N28: the id of a line no partner action made.
    pub(super) fn derived_id(&self, charge_type: ChargeType, day: NaiveDate) -> String {
        let n = self
            .lines
            .iter()
            .filter(|l| l.charge_type == charge_type && l.order_date == day)
            .map(|l| l.event)
            .collect::<std::collections::BTreeSet<_>>()
            .len() as u32;
        derived_id(
            self.ctx.partner_id,
            &self.view.subscription_id,
            charge_type.label(),
            day,
            n + 1,
        )
    }

    /// A line of the current event, from the subscription as it stands now.
    pub(super) fn push_line(&mut self, spec: LineSpec) {
        let v = &self.view;
        let charge_end = v.cycle_on(spec.charge_start).map_or(v.term_end, |c| c.end);
        self.lines.push(NceLine {
            subscription_id: v.subscription_id.clone(),
            offer_id: v.offer_id.clone(),
            charge_type: spec.charge_type,
            order_id: spec.order_id,
            order_date: spec.order_date,
            charge_start: spec.charge_start,
            charge_end,
            unit_price: spec.unit_price,
            effective_unit_price: spec.per_seat,
            billable_quantity: spec.quantity,
            subtotal: spec.per_seat.subtotal(spec.quantity),
            term_start: v.term_start,
            term_end: v.term_end,
            term_plan: v.term_plan,
            reference_id: spec.reference_id,
            qualifier: match v.kind {
                OfferKind::Trial => Some(Qualifier::Trial),
                OfferKind::AddOn => Some(Qualifier::AddOn),
                OfferKind::Base => None,
            },
            event: self.events,
        });
    }

    pub(super) fn note(&mut self, day: NaiveDate, text: String) {
        self.notes.push(Note { day, text });
    }

    /// The deadlines a new term opens (N14, N15).
    pub(super) fn note_windows(&mut self, day: NaiveDate) {
        if self.view.status == Status::Trial {
            let text = format!(
                "The trial runs until {}; without a conversion it ends on {}.",
                us_date(self.view.term_end),
                us_date(self.view.renewal_day())
            );
            return self.note(day, text);
        }
        let last = us_date(add_days(day, 6));
        let text = format!(
            "These {} seats can be reduced, and the subscription cancelled, until {last}.",
            self.view.seats
        );
        self.note(day, text);
    }
}
