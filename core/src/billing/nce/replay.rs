//! The replay of one subscription: its creation, then automatic events by date (N24) and the
//! partner's actions, into its state and its lines. Actions reach the replay already checked;
//! the checks sit one layer up (`checks`), the order of both in `run`.

use super::action::{Creation, Dated};
use super::calendar::invoice_date;
use super::invoice::TaxRate;
use super::replay_start::{default_conversion, initial_view};
use crate::base::dates::{add_days, first_of_month};
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::base::say::{NceNote, PreviewNote};
use crate::model::catalog::BillingFrequency;
use crate::model::charge_line::{ChargeLine, ChargeType};
use crate::model::nce::ids::IdNamespace;
use crate::model::nce::limits::CheckContext;
use crate::model::nce::line::{NceCharge, OrderId, Qualifier, Reference, TermOrder, TermOrderKind};
use crate::model::nce::offer::{NceCatalog, OfferKind};
use crate::model::nce::order::ScheduledChange;
use crate::model::nce::per_seat::PerSeat;
use crate::model::nce::subscription::{AutomaticConversion, NceSubscription};
use crate::model::status::Status;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// N31: an automatic renewal or conversion runs the checks of the manual action it stands for
/// (offer limits, orderable dates and countries, the owner of a trial's target, pooled seats).
/// The checks need the customer's other subscriptions as they stand that day, so the one who
/// drives the replay hands them in.
pub trait AutomaticEventGuard {
    fn allow(
        &self,
        view: &NceSubscription,
        day: NaiveDate,
        next: &ScheduledChange,
    ) -> Result<(), RuleError>;
}

/// N31 with the checks of the manual actions, on the customer's subscriptions as they stand.
impl AutomaticEventGuard for CheckContext<'_> {
    fn allow(
        &self,
        view: &NceSubscription,
        day: NaiveDate,
        next: &ScheduledChange,
    ) -> Result<(), RuleError> {
        self.allows_automatic(view, day, next)
    }
}

/// What a replay needs besides the actions.
#[derive(Clone)]
pub struct ReplayContext<'a> {
    /// The namespace of the ids of lines no action made (N28).
    pub partner_id: &'a str,
    /// The customer the lines are billed to.
    pub customer_id: Arc<str>,
    /// Percent of Subtotal written as TaxTotal (R6); a line's amount is Subtotal + TaxTotal.
    pub tax_percent: Decimal,
    pub catalog: &'a NceCatalog,
    pub explain: Explain,
}

/// Which days a replay explains in sentences: writing them costs time in a large book.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Explain {
    EveryDay,
    Day(NaiveDate),
    Nothing,
}

impl Explain {
    pub fn covers(self, day: NaiveDate) -> bool {
        match self {
            Explain::EveryDay => true,
            Explain::Day(d) => d == day,
            Explain::Nothing => false,
        }
    }
}

/// An explanation for previews and the subscription page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub day: NaiveDate,
    pub note: PreviewNote,
}

/// The fields that differ between lines; the rest come from the subscription as it stands.
pub(super) struct LineSpec {
    pub charge_type: ChargeType,
    pub order_id: OrderId,
    pub reference: Reference,
    pub order_date: NaiveDate,
    pub charge_start: NaiveDate,
    pub unit_price: Money,
    pub per_seat: PerSeat,
    pub quantity: u32,
}

pub struct Replay<'a> {
    pub(super) ctx: ReplayContext<'a>,
    pub(super) view: NceSubscription,
    pub(super) lines: Vec<ChargeLine>,
    pub(super) notes: Vec<Note>,
    /// Automatic events have run for every day up to and including this one.
    pub(super) done_through: NaiveDate,
    pub(super) events: u32,
    /// The subscription's and offer's ids as every line shares them (a subscription keeps its
    /// id; only a new term changes its offer).
    shared_ids: [Arc<str>; 2],
    /// The OrderId of the current term's purchase, conversion or renewal, which its cycle
    /// charges carry; the view's `term_order_id` spells it only when the view is taken.
    term_order: OrderId,
    /// The partner's namespace of derived ids (N28), parsed once.
    id_namespace: IdNamespace,
    tax_rate: TaxRate,
}

impl<'a> Replay<'a> {
    /// The subscription as its creating action makes it, with its first line.
    pub fn create(
        ctx: ReplayContext<'a>,
        creation: &Dated<Creation>,
    ) -> Result<Replay<'a>, RuleError> {
        let view = initial_view(ctx.catalog, creation)?;
        let shared_ids = [&view.subscription_id, &view.offer_id].map(|id| Arc::from(id.as_str()));
        let term_order = OrderId::Given(Arc::from(view.term_order_id.as_str()));
        let id_namespace = IdNamespace::of(ctx.partner_id);
        let tax_rate = TaxRate::of(ctx.tax_percent);
        let mut replay = Replay {
            ctx,
            view,
            lines: Vec::new(),
            notes: Vec::new(),
            done_through: creation.day,
            events: 0,
            shared_ids,
            term_order,
            id_namespace,
            tax_rate,
        };
        replay.first_line(creation);
        Ok(replay)
    }

    fn first_line(&mut self, creation: &Dated<Creation>) {
        let day = creation.day;
        let (order_id, reference) = match &creation.action {
            Creation::Purchase { ids, .. } | Creation::AddOn { ids, .. } => (
                OrderId::Given(Arc::from(ids.order_id.as_str())),
                Reference::Given(Arc::from(ids.reference_id.as_str())),
            ),
            Creation::TrialSignUp { order_id, .. } => (
                OrderId::Given(Arc::from(order_id.as_str())),
                self.derived_reference(ChargeType::New, day),
            ),
            // Issue 12: what the file billed is billed; the cycles after its month come as
            // they fall due.
            Creation::Adopt(adopted) => {
                self.done_through = adopted.billed_through;
                return;
            }
        };
        self.events += 1;
        let per_seat = match self.view.cycle_on(day) {
            Some(cycle) => PerSeat::prorated(self.view.unit_price, cycle, day),
            None => PerSeat::ZERO,
        };
        let spec = LineSpec {
            charge_type: ChargeType::New,
            order_id,
            reference,
            order_date: day,
            charge_start: day,
            unit_price: self.view.unit_price,
            per_seat,
            quantity: self.view.seats,
        };
        self.push_line(spec);
        self.note_windows(day);
    }

    /// Runs the automatic events of every day up to and including `day` (N24 step 1); `guard`
    /// checks a renewal or conversion against the customer's other subscriptions (N31).
    pub fn advance_to(&mut self, day: NaiveDate, guard: &dyn AutomaticEventGuard) {
        while let Some(next) = self.next_automatic_day().filter(|d| *d <= day) {
            self.run_automatic_events(next, guard);
            self.done_through = next;
        }
        self.done_through = self.done_through.max(day);
    }

    /// The state as it stands, with a trial's automatic conversion worked out (T10).
    pub fn view(&self) -> NceSubscription {
        let mut view = self.view.clone();
        view.automatic_conversion = self.automatic_conversion();
        if let OrderId::Term(order) = self.term_order {
            view.term_order_id = order.spelled(self.id_namespace, &view.subscription_id);
        }
        view
    }

    pub fn lines(&self) -> &[ChargeLine] {
        &self.lines
    }

    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    pub fn into_parts(self) -> (Vec<ChargeLine>, Vec<Note>) {
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

    /// N28: the reference of a line no partner action made: the n-th event of its kind that day.
    /// Lines are in the order they arose, so that day's are the last ones.
    pub(super) fn derived_reference(&self, charge_type: ChargeType, day: NaiveDate) -> Reference {
        let mut events = 0;
        let mut last_event = None;
        for nce in self
            .lines
            .iter()
            .rev()
            .filter_map(|l| l.nce.as_deref().map(|nce| (l.charge_type, nce)))
            .take_while(|(_, nce)| nce.order_date >= day)
            .filter(|(t, nce)| *t == charge_type && nce.order_date == day)
            .map(|(_, nce)| nce)
        {
            if last_event != Some(nce.event) {
                events += 1;
                last_event = Some(nce.event);
            }
        }
        Reference::Derived(events + 1)
    }

    /// N28: the renewal or automatic conversion of `day` that no partner action made, by what
    /// its id is named from; the id is spelled only when shown.
    pub(super) fn term_order(&self, kind: TermOrderKind, day: NaiveDate) -> TermOrder {
        let charge_type = match kind {
            TermOrderKind::Renew => ChargeType::Renew,
            TermOrderKind::Convert => ChargeType::Convert,
        };
        let Reference::Derived(n) = self.derived_reference(charge_type, day) else {
            unreachable!("derived_reference derives")
        };
        TermOrder { kind, day, n }
    }

    /// The offer's id as the lines share it, renewed when a new term changes the offer.
    pub(super) fn share_offer_id(&mut self) {
        if *self.shared_ids[1] != *self.view.offer_id {
            self.shared_ids[1] = Arc::from(self.view.offer_id.as_str());
        }
    }

    /// The OrderId of the current term's purchase, conversion or renewal.
    pub(super) fn term_order_id(&self) -> OrderId {
        self.term_order.clone()
    }

    /// A new term's order: the view spells a given id at once, a derived one when taken.
    pub(super) fn set_term_order(&mut self, order_id: OrderId) {
        match &order_id {
            OrderId::Given(id) => self.view.term_order_id.replace_range(.., id),
            OrderId::Term(_) => self.view.term_order_id.clear(),
        }
        self.term_order = order_id;
    }

    /// A line of the current event, from the subscription as it stands now.
    pub(super) fn push_line(&mut self, spec: LineSpec) {
        let [subscription_id, offer_id] = self.shared_ids.clone();
        let v = &self.view;
        let subtotal = spec.per_seat.subtotal(spec.quantity);
        let nce = NceCharge {
            order_id: spec.order_id,
            reference: spec.reference,
            order_date: spec.order_date,
            effective_unit_price: spec.per_seat,
            subtotal,
            term_plan: v.term_plan,
            qualifier: match v.kind {
                OfferKind::Trial => Some(Qualifier::Trial),
                OfferKind::AddOn => Some(Qualifier::AddOn),
                OfferKind::Base => None,
            },
            event: self.events,
        };
        self.lines.push(ChargeLine {
            subscription_id,
            customer_id: Arc::clone(&self.ctx.customer_id),
            offer_id,
            charge_type: spec.charge_type,
            start: spec.charge_start,
            end: v.cycle_on(spec.charge_start).map_or(v.term_end, |c| c.end),
            unit_price: spec.unit_price,
            quantity: spec.quantity,
            amount: subtotal + self.tax_rate.on(subtotal),
            billing_date: invoice_date(first_of_month(spec.order_date)),
            frequency: v
                .term_plan
                .map_or(BillingFrequency::Monthly, |tp| tp.plan.frequency()),
            term_start: v.term_start,
            term_end: v.term_end,
            nce: Some(Box::new(nce)),
        });
    }

    /// An explanation of `day`, made only when the day is explained.
    pub(super) fn note(&mut self, day: NaiveDate, note: impl FnOnce() -> NceNote) {
        if self.ctx.explain.covers(day) {
            let note = note().into();
            self.notes.push(Note { day, note });
        }
    }

    /// The deadlines a new term opens (N14, N15).
    pub(super) fn note_windows(&mut self, day: NaiveDate) {
        if !self.ctx.explain.covers(day) {
            return;
        }
        let v = &self.view;
        let note = if v.status == Status::Trial {
            NceNote::TrialRuns {
                until: v.term_end,
                ends: v.renewal_day(),
            }
        } else {
            NceNote::WindowsOpen {
                seats: v.seats,
                until: add_days(day, 6),
            }
        };
        self.note(day, || note);
    }
}
