//! Replays one subscription's history, day by day of interest, into its charge lines and its
//! state (SPEC §3–§7). Expiry, deletion, renewal and monthly cycles happen by date, with no
//! event: they are derived here.

use crate::base::dates::{
    add_days, add_months, billing_date_on_or_after, clamped_day, days_inclusive, first_of_month,
    us_date,
};
use crate::base::money::Money;
use crate::model::catalog::{BillingFrequency, BillingType, Catalog};
use crate::model::charge_line::{ChargeLine, ChargeType};
use crate::model::command::Command;
use crate::model::event::Event;
use crate::model::settings::RulesProfile;
use crate::model::subscription::{Status, SubscriptionView, Term, TrialInfo};
use crate::billing::legacy::proration::{full, prorated, Basis, Priced};
use chrono::{Datelike, NaiveDate};
use std::sync::Arc;

/// Days a trial lasts (T1), days a suspension can be undone (C10), days of full credit (C8).
pub const TRIAL_DAYS: i64 = 30;
pub const REACTIVATION_DAYS: i64 = 90;
pub const FULL_CREDIT_DAYS: i64 = 30;

/// What a replay needs besides the subscription's own events.
pub struct Ctx<'a> {
    pub profile: RulesProfile,
    pub billing_day: u32,
    /// The catalog with every accepted price change applied.
    pub catalog: &'a Catalog,
    /// The day whose state the view shows.
    pub today: NaiveDate,
    /// Lines billed after this date are not produced.
    pub horizon: NaiveDate,
    /// Lines billed before this date are not kept (NaiveDate::MIN keeps every line).
    pub lines_from: NaiveDate,
    /// Explain the money of the events of this day in words (for previews).
    pub explain_on: Option<NaiveDate>,
}

/// What a base subscription's replay tells its add-ons (SPEC A3).
#[derive(Clone, Debug, Default)]
pub struct ParentTrack {
    /// Terms in force from a date, with the start of the first period's price basis.
    pub terms: Vec<(NaiveDate, Term, NaiveDate)>,
    /// Days the parent renewed.
    pub renewals: Vec<NaiveDate>,
}

impl ParentTrack {
    fn term_on(&self, day: NaiveDate) -> Option<(Term, NaiveDate)> {
        self.terms
            .iter()
            .rev()
            .find(|(from, _, _)| *from <= day)
            .map(|(_, t, b)| (*t, *b))
    }
}

pub struct Replay {
    pub view: SubscriptionView,
    pub lines: Vec<ChargeLine>,
    pub notes: Vec<String>,
    pub track: ParentTrack,
}

/// The `k`-th period start of a term that starts at `start` with periods on `anchor` days.
pub fn nth_start(start: NaiveDate, k: i32, anchor: u32) -> NaiveDate {
    let month = add_months(first_of_month(start), k);
    clamped_day(month.year(), month.month(), anchor)
}

/// A term starting at `start` (SPEC C1, C2).
pub fn term_from(start: NaiveDate, anchor: u32, frequency: BillingFrequency) -> Term {
    Term {
        start,
        end: add_days(nth_start(start, 12, anchor), -1),
        anchor_day: anchor,
        frequency,
    }
}

/// The term of a purchase or conversion on `p` (C1; profile 2017 monthly: §7).
pub fn purchase_term(
    profile: RulesProfile,
    billing_day: u32,
    p: NaiveDate,
    frequency: BillingFrequency,
) -> Term {
    if profile == RulesProfile::P2017 && frequency == BillingFrequency::Monthly {
        return term_from(
            billing_date_on_or_after(p, billing_day),
            billing_day,
            frequency,
        );
    }
    let start = if p.day() >= 29 {
        add_months(first_of_month(p), 1)
    } else {
        p
    };
    term_from(start, start.day(), frequency)
}

/// The current billing period: the price basis runs from `basis_start` to `end`.
#[derive(Clone, Copy, Debug)]
struct Period {
    index: i32,
    basis_start: NaiveDate,
    end: NaiveDate,
}

/// The `k`-th period of a term (k = 0 for the whole of an annual term).
fn nth_period(term: &Term, first_basis_start: NaiveDate, k: i32) -> Period {
    if term.frequency == BillingFrequency::Annual {
        return Period {
            index: 0,
            basis_start: first_basis_start.min(term.start),
            end: term.end,
        };
    }
    let start = nth_start(term.start, k, term.anchor_day);
    Period {
        index: k,
        basis_start: if k == 0 {
            first_basis_start.min(start)
        } else {
            start
        },
        end: add_days(nth_start(term.start, k + 1, term.anchor_day), -1),
    }
}

/// The period of a term that contains `day`.
fn period_of(term: &Term, first_basis_start: NaiveDate, day: NaiveDate) -> Period {
    let mut k = 0;
    while term.frequency == BillingFrequency::Monthly
        && k < 11
        && nth_start(term.start, k + 1, term.anchor_day) <= day
    {
        k += 1;
    }
    nth_period(term, first_basis_start, k)
}

struct Sim<'c> {
    ctx: &'c Ctx<'c>,
    parent: Option<&'c ParentTrack>,
    view: SubscriptionView,
    snapshot: Option<SubscriptionView>,
    lines: Vec<ChargeLine>,
    notes: Vec<String>,
    track: ParentTrack,
    /// Profile 2017 monthly: the free period runs until this day, the term's start.
    free_until: Option<NaiveDate>,
    period: Option<Period>,
    /// The first period's basis start (the purchase day when it comes before the term).
    first_basis_start: NaiveDate,
    /// What is billed now for the current period, net of reversals.
    period_lines: Vec<ChargeLine>,
    /// Usage-based offers have no license-based lines (they bill on the usage file).
    usage: bool,
    /// The ids every line carries, shared (subscription, customer, offer).
    line_ids: (Arc<str>, Arc<str>, Arc<str>),
    /// Quantities in force within the current period since its billed start.
    period_qty: Vec<(NaiveDate, u32)>,
    pending_r: Option<NaiveDate>,
    /// The day the "first 30 days" count from (C8, C10, A3).
    thirty_start: NaiveDate,
    /// The term has run out without renewal while suspended: no more cycles.
    term_over: bool,
}

/// Replays `events` (the subscription's, in order). `parent` is the base's track for add-ons.
pub fn replay(events: &[&Event], ctx: &Ctx, parent: Option<&ParentTrack>) -> Option<Replay> {
    let first = events.first()?;
    let view = initial_view(first)?;
    let mut sim = Sim {
        ctx,
        parent,
        thirty_start: view.created,
        first_basis_start: view.created,
        view,
        snapshot: None,
        lines: Vec::new(),
        notes: Vec::new(),
        track: ParentTrack::default(),
        free_until: None,
        period: None,
        period_lines: Vec::new(),
        usage: false,
        line_ids: (Arc::from(""), Arc::from(""), Arc::from("")),
        period_qty: Vec::new(),
        pending_r: None,
        term_over: false,
    };
    let mut next_event = 0;
    while let Some(day) = sim.next_day(events.get(next_event).map(|e| e.date)) {
        if day > ctx.horizon {
            break;
        }
        if day > ctx.today && sim.snapshot.is_none() {
            sim.snapshot = Some(sim.view.clone());
        }
        sim.implicit(day);
        while let Some(e) = events.get(next_event).filter(|e| e.date == day) {
            sim.apply(e);
            next_event += 1;
        }
    }
    let view = sim.snapshot.take().unwrap_or_else(|| sim.view.clone());
    let horizon = ctx.horizon;
    sim.lines.retain(|l| l.billing_date <= horizon);
    Some(Replay {
        view,
        lines: sim.lines,
        notes: sim.notes,
        track: sim.track,
    })
}

fn initial_view(first: &Event) -> Option<SubscriptionView> {
    let (ids, customer_id, offer_id, parent_id) = match &first.command {
        Command::SignUpTrial {
            ids,
            customer_id,
            offer_id,
        }
        | Command::Purchase {
            ids,
            customer_id,
            offer_id,
            ..
        } => (ids, customer_id.clone(), offer_id, None),
        Command::BuyAddOn {
            ids,
            parent_id,
            offer_id,
            ..
        } => (
            ids,
            first.customer_id.clone()?,
            offer_id,
            Some(parent_id.clone()),
        ),
        _ => return None,
    };
    Some(SubscriptionView {
        id: ids.subscription_id.clone(),
        billing_id: ids.billing_id.clone(),
        order_id: ids.order_id.clone(),
        customer_id,
        offer_id: offer_id.clone(),
        nickname: None,
        quantity: 0,
        frequency: None,
        status: Status::Active,
        created: first.date,
        term: None,
        unit_price: None,
        auto_renew: true,
        parent_id,
        trial: None,
        suspended_on: None,
        pending_changes: Vec::new(),
    })
}

impl<'c> Sim<'c> {
    fn next_day(&self, next_event: Option<NaiveDate>) -> Option<NaiveDate> {
        let ends = match self.view.status {
            Status::Trial => self.view.trial.as_ref().map(|t| t.expires),
            Status::Suspended => self
                .view
                .suspended_on
                .map(|s| add_days(s, REACTIVATION_DAYS + 1)),
            _ => None,
        };
        let boundary = (matches!(self.view.status, Status::Active | Status::Suspended)
            && !self.term_over)
            .then(|| self.next_boundary())
            .flatten();
        [next_event, ends, self.pending_r, boundary]
            .into_iter()
            .flatten()
            .min()
    }

    /// The next period start or renewal day of the current term.
    fn next_boundary(&self) -> Option<NaiveDate> {
        if let Some(t) = self.free_until {
            return Some(t);
        }
        let term = self.view.term?;
        let period = self.period?;
        Some(add_days(period.end, 1).min(term.renewal_date()))
    }

    fn implicit(&mut self, day: NaiveDate) {
        let trial_expiry = self.view.trial.as_ref().map(|t| t.expires);
        if self.view.status == Status::Trial && trial_expiry == Some(day) {
            self.view.status = Status::Expired;
        }
        if self.view.status == Status::Suspended
            && self
                .view
                .suspended_on
                .map(|s| add_days(s, REACTIVATION_DAYS + 1))
                == Some(day)
        {
            self.view.status = Status::Deleted;
        }
        if self.pending_r == Some(day) {
            self.recognize(day, day, self.ctx.profile == RulesProfile::P2018);
        }
        if !matches!(self.view.status, Status::Active | Status::Suspended) || self.term_over {
            return;
        }
        if self.free_until == Some(day) {
            self.free_until = None;
            self.start_period(day, ChargeType::CycleFee, 0);
            return;
        }
        let Some(term) = self.view.term else { return };
        if day == term.renewal_date() {
            self.renew_or_end(day);
        } else if let Some(p) = self.period.filter(|p| add_days(p.end, 1) == day) {
            self.start_period(day, ChargeType::CycleFee, p.index + 1);
        }
    }

    /// Enters the period that starts on `day`, charging it in full if active (C4, C11).
    fn start_period(&mut self, day: NaiveDate, charge: ChargeType, index: i32) {
        let Some(term) = self.view.term else { return };
        let period = nth_period(&term, self.first_basis_start, index);
        self.period = Some(period);
        self.period_lines.clear();
        self.period_qty = vec![(day, self.view.quantity)];
        if self.view.status == Status::Active {
            let priced = full(self.basis(&period), self.view.quantity);
            self.charge(charge, day, period.end, priced, day);
        }
    }

    fn renew_or_end(&mut self, day: NaiveDate) {
        let parent_renewed = self.parent.is_none_or(|p| p.renewals.contains(&day));
        match self.view.status {
            Status::Active if self.view.auto_renew && parent_renewed => {
                let term = match self.parent.and_then(|p| p.term_on(day)) {
                    Some((t, _)) => t,
                    None => {
                        let old = self.view.term.expect("a renewing subscription has a term");
                        term_from(day, old.anchor_day, old.frequency)
                    }
                };
                if let Some(price) = self.ctx.catalog.monthly_price_on(&self.view.offer_id, day) {
                    self.view.unit_price = Some(price);
                }
                self.set_term(day, term, day);
                self.track.renewals.push(day);
                self.start_period(day, ChargeType::RenewFee, 0);
            }
            Status::Active => {
                self.view.status = Status::Ended;
            }
            _ => self.term_over = true,
        }
    }

    fn set_term(&mut self, from: NaiveDate, term: Term, first_basis_start: NaiveDate) {
        self.view.term = Some(term);
        self.view.frequency = Some(term.frequency);
        self.first_basis_start = first_basis_start;
        self.track.terms.push((from, term, first_basis_start));
    }

    fn basis(&self, period: &Period) -> Basis {
        let unit = self.view.unit_price.unwrap_or(Money::ZERO);
        let frequency = self.view.frequency.unwrap_or(BillingFrequency::Monthly);
        Basis::new(
            frequency,
            unit,
            days_inclusive(period.basis_start, period.end),
        )
    }

    fn charge(
        &mut self,
        charge_type: ChargeType,
        start: NaiveDate,
        end: NaiveDate,
        priced: Priced,
        billed_for: NaiveDate,
    ) {
        let line = self.line(
            charge_type,
            start,
            end,
            priced,
            self.view.quantity,
            billed_for,
        );
        if !self.usage {
            self.period_lines.push(line.clone());
        }
        self.emit(line);
    }

    fn line(
        &self,
        charge_type: ChargeType,
        start: NaiveDate,
        end: NaiveDate,
        priced: Priced,
        quantity: u32,
        billed_for: NaiveDate,
    ) -> ChargeLine {
        let term = self.view.term.expect("a charged subscription has a term");
        ChargeLine {
            subscription_id: self.line_ids.0.clone(),
            customer_id: self.line_ids.1.clone(),
            offer_id: self.line_ids.2.clone(),
            charge_type,
            start,
            end,
            unit_price: priced.unit_price,
            quantity,
            amount: priced.amount,
            billing_date: billing_date_on_or_after(billed_for, self.ctx.billing_day),
            frequency: term.frequency,
            term_start: term.start,
            term_end: term.end,
        }
    }

    /// Records a line, unless the offer bills on the usage file instead or the line is billed
    /// before the lines asked for.
    fn emit(&mut self, line: ChargeLine) {
        if !self.usage && line.billing_date >= self.ctx.lines_from {
            self.lines.push(line);
        }
    }

    fn explaining(&self, day: NaiveDate) -> bool {
        self.ctx.explain_on == Some(day)
    }

    fn note(&mut self, day: NaiveDate, text: String) {
        if self.explaining(day) {
            self.notes.push(text);
        }
    }

    fn apply(&mut self, e: &Event) {
        let day = e.date;
        match &e.command {
            Command::SignUpTrial { offer_id, .. } => {
                self.view.status = Status::Trial;
                self.view.quantity = 25;
                let expires = add_days(day, TRIAL_DAYS);
                self.view.trial = Some(TrialInfo {
                    offer_id: offer_id.clone(),
                    started: day,
                    expires,
                    converted_on: None,
                });
                self.note(
                    day,
                    format!(
                        "The trial has 25 licenses, is never billed, and expires on {} unless converted before.",
                        us_date(expires)
                    ),
                );
            }
            Command::Purchase {
                offer_id,
                quantity,
                frequency,
                nickname,
                ..
            } => {
                self.view.nickname = nickname.clone();
                self.start_paid(day, offer_id, *quantity, *frequency);
            }
            Command::ConvertTrial {
                target_offer_id,
                quantity,
                frequency,
                ..
            } => {
                if let Some(t) = self.view.trial.as_mut() {
                    t.converted_on = Some(day);
                }
                self.start_paid(day, target_offer_id, *quantity, *frequency);
            }
            Command::BuyAddOn {
                offer_id, quantity, ..
            } => self.start_add_on(day, offer_id, *quantity),
            Command::ChangeQuantity { quantity, .. } => self.change_quantity(day, *quantity),
            Command::Cancel { .. } => self.cancel(day),
            Command::Reactivate { .. } => self.reactivate(day),
            Command::SetAutoRenew { on, .. } => self.view.auto_renew = *on,
            Command::ChangeFrequency { frequency, .. } => self.change_frequency(day, *frequency),
            Command::SetNickname { nickname, .. } => {
                let n = nickname.trim();
                self.view.nickname = (!n.is_empty()).then(|| n.to_string());
            }
            Command::CreateCustomer(_)
            | Command::EditCustomer(_)
            | Command::ChangePrice { .. }
            | Command::ImportPriceList(_) => {}
        }
    }

    /// Takes on `offer_id`: its ids for the lines, and whether it bills on usage instead.
    fn hold_offer(&mut self, offer_id: &str) {
        self.view.offer_id = offer_id.to_string();
        self.line_ids = (
            Arc::from(self.view.id.as_str()),
            Arc::from(self.view.customer_id.as_str()),
            Arc::from(offer_id),
        );
        self.usage = self
            .ctx
            .catalog
            .offer(offer_id)
            .is_some_and(|o| o.billing_type == BillingType::Usage);
    }

    fn price_on(&self, offer_id: &str, day: NaiveDate) -> Money {
        self.ctx
            .catalog
            .monthly_price_on(offer_id, day)
            .unwrap_or(Money::ZERO)
    }

    /// A purchase or a trial conversion on `p` (C1, C3, T8; profile 2017 free period).
    fn start_paid(&mut self, p: NaiveDate, offer_id: &str, quantity: u32, freq: BillingFrequency) {
        self.view.status = Status::Active;
        self.hold_offer(offer_id);
        self.view.quantity = quantity;
        self.view.unit_price = Some(self.price_on(offer_id, p));
        let term = purchase_term(self.ctx.profile, self.ctx.billing_day, p, freq);
        let profile_2017_monthly =
            self.ctx.profile == RulesProfile::P2017 && freq == BillingFrequency::Monthly;
        // The 2017 free period is not part of the first period's price basis.
        let first_basis = if profile_2017_monthly { term.start } else { p };
        self.set_term(p, term, first_basis);
        self.thirty_start = term.start;
        if profile_2017_monthly && p < term.start {
            self.free_until = Some(term.start);
            let zero = Priced {
                unit_price: Money::ZERO.round2(),
                amount: Money::ZERO.round2(),
            };
            let line = self.line(
                ChargeType::PurchaseFee,
                p,
                add_days(term.start, -1),
                zero,
                quantity,
                p,
            );
            self.emit(line);
        } else {
            let period = period_of(&term, p, term.start);
            let period = Period {
                basis_start: p.min(period.basis_start),
                ..period
            };
            self.period = Some(period);
            self.period_lines.clear();
            self.period_qty = vec![(p, quantity)];
            let charge = if profile_2017_monthly {
                ChargeType::CycleFee
            } else {
                ChargeType::ProratePurchase
            };
            let priced = full(self.basis(&period), quantity);
            self.charge(charge, p, period.end, priced, p);
        }
        self.note(
            p,
            format!(
                "Term {} – {}; renews on {}. First charge billed on {}.",
                us_date(term.start),
                us_date(term.end),
                us_date(term.renewal_date()),
                us_date(billing_date_on_or_after(p, self.ctx.billing_day))
            ),
        );
    }

    /// An add-on aligned to its parent's term and periods (A2, A3).
    fn start_add_on(&mut self, a: NaiveDate, offer_id: &str, quantity: u32) {
        self.view.quantity = quantity;
        self.hold_offer(offer_id);
        self.view.unit_price = Some(self.price_on(offer_id, a));
        let Some((term, first_basis)) = self.parent.and_then(|p| p.term_on(a)) else {
            return;
        };
        self.set_term(a, term, first_basis);
        self.thirty_start = a;
        if a < term.start && self.ctx.profile == RulesProfile::P2017 {
            self.free_until = Some(term.start);
            return;
        }
        let period = period_of(&term, first_basis, a);
        self.period = Some(period);
        self.period_lines.clear();
        self.period_qty = vec![(a, quantity)];
        let priced = prorated(
            self.ctx.profile,
            self.basis(&period),
            days_inclusive(a, period.end),
            quantity,
        );
        self.charge(ChargeType::ProratePurchase, a, period.end, priced, a);
        self.note(
            a,
            format!(
                "Aligned to the parent: charged {} for {} – {}, then with the parent's periods; renews with it on {}.",
                priced.amount,
                us_date(a),
                us_date(period.end),
                us_date(term.renewal_date())
            ),
        );
    }

    /// The recognition day of a license change on `c` (C6; profile 2017: the billing date).
    fn recognition_day(&self, c: NaiveDate) -> NaiveDate {
        match self.ctx.profile {
            RulesProfile::P2017 => billing_date_on_or_after(c, self.ctx.billing_day),
            RulesProfile::P2018 => {
                let anchor = self.view.term.map_or(c.day(), |t| t.anchor_day);
                let this_month = clamped_day(c.year(), c.month(), anchor);
                if this_month > c {
                    this_month
                } else {
                    let next = add_months(first_of_month(c), 1);
                    clamped_day(next.year(), next.month(), anchor)
                }
            }
        }
    }

    fn change_quantity(&mut self, c: NaiveDate, quantity: u32) {
        self.view.quantity = quantity;
        if self.free_until.is_some() {
            return;
        }
        self.period_qty.push((c, quantity));
        self.view.pending_changes.push((c, quantity));
        let r = self.pending_r.unwrap_or_else(|| self.recognition_day(c));
        self.note(
            c,
            format!(
                "Recognised on {} and billed on {}: a reversal of what was billed for the period, then one prorated line per stretch of days with one quantity.",
                us_date(r),
                us_date(billing_date_on_or_after(r, self.ctx.billing_day))
            ),
        );
        if r == c {
            self.recognize(c, c, false);
        } else {
            self.pending_r = Some(r);
        }
    }

    /// Bills the license changes of the current period (C6): the reversal, then the stretches.
    fn recognize(&mut self, r: NaiveDate, billed_for: NaiveDate, split_at_r: bool) {
        self.pending_r = None;
        self.view.pending_changes.clear();
        let Some(period) = self.period else { return };
        if self.period_lines.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.period_lines);
        for l in &old {
            let reversal = Priced {
                unit_price: l.unit_price,
                amount: l.amount,
            }
            .negated();
            let line = self.line(
                ChargeType::CycleInstanceProrate,
                l.start,
                l.end,
                reversal,
                l.quantity,
                billed_for,
            );
            self.emit(line);
        }
        if split_at_r && r > self.period_qty[0].0 && r <= period.end {
            let q = self.view.quantity;
            if !self.period_qty.iter().any(|(d, _)| *d == r) {
                self.period_qty.push((r, q));
            }
        }
        self.period_qty.sort_by_key(|(d, _)| *d);
        self.period_qty.dedup_by(|later, earlier| {
            if later.0 == earlier.0 {
                earlier.1 = later.1;
                true
            } else {
                false
            }
        });
        let basis = self.basis(&period);
        let stretches: Vec<(NaiveDate, NaiveDate, u32)> = self
            .period_qty
            .iter()
            .enumerate()
            .map(|(i, (from, q))| {
                let to = self
                    .period_qty
                    .get(i + 1)
                    .map_or(period.end, |(next, _)| add_days(*next, -1));
                (*from, to, *q)
            })
            .filter(|(from, to, _)| from <= to)
            .collect();
        for (from, to, q) in stretches {
            let priced = prorated(self.ctx.profile, basis, days_inclusive(from, to), q);
            let line = self.line(
                ChargeType::CycleInstanceProrate,
                from,
                to,
                priced,
                q,
                billed_for,
            );
            if !self.usage {
                self.period_lines.push(line.clone());
            }
            self.emit(line);
        }
    }

    fn within_first_30_days(&self, day: NaiveDate) -> bool {
        day < add_days(self.thirty_start, FULL_CREDIT_DAYS)
    }

    /// C8: a full credit inside the first 30 days, else a prorated one to the period's end.
    fn cancel(&mut self, s: NaiveDate) {
        self.view.status = Status::Suspended;
        self.view.suspended_on = Some(s);
        if self.pending_r.is_some() {
            self.recognize(s, s, true);
        }
        let Some(period) = self.period.filter(|_| self.free_until.is_none()) else {
            return;
        };
        if self.period_lines.is_empty() {
            return;
        }
        let q = self.view.quantity;
        let (priced, start) = if self.within_first_30_days(s) {
            let billed: Money = self.period_lines.iter().map(|l| l.amount).sum();
            let unit = if q == 0 {
                billed
            } else {
                Money(billed.decimal() / rust_decimal::Decimal::from(q))
            };
            let start = match self.ctx.profile {
                RulesProfile::P2018 => s,
                RulesProfile::P2017 => self.period_qty[0].0,
            };
            self.note(
                s,
                format!(
                    "Cancelled inside the first 30 days (before {}): 100% credit of {} billed for the period, on the invoice of {}.",
                    us_date(add_days(self.thirty_start, FULL_CREDIT_DAYS)),
                    billed.round2(),
                    us_date(billing_date_on_or_after(s, self.ctx.billing_day))
                ),
            );
            (
                Priced {
                    unit_price: unit.round2(),
                    amount: billed.round2(),
                }
                .negated(),
                start,
            )
        } else {
            let basis = self.basis(&period);
            let days = days_inclusive(s, period.end);
            let priced = prorated(self.ctx.profile, basis, days, q);
            self.note(
                s,
                format!(
                    "Cancelled after the first 30 days: prorated credit = {} ÷ {} days × {} days ({} – {}) × {} licenses = {}, on the invoice of {}.",
                    basis.period_price.round2(),
                    basis.period_days,
                    days,
                    us_date(s),
                    us_date(period.end),
                    q,
                    priced.amount,
                    us_date(billing_date_on_or_after(s, self.ctx.billing_day))
                ),
            );
            (priced.negated(), s)
        };
        let line = self.line(ChargeType::CancelFee, start, period.end, priced, q, s);
        self.emit(line);
        self.period_lines.clear();
    }

    /// C10: full period amount inside the first 30 days, else prorated to the period's end.
    fn reactivate(&mut self, r: NaiveDate) {
        self.view.status = Status::Active;
        self.view.suspended_on = None;
        let Some(period) = self.period.filter(|_| self.free_until.is_none()) else {
            return;
        };
        let q = self.view.quantity;
        let basis = self.basis(&period);
        let priced = if self.within_first_30_days(r) {
            full(basis, q)
        } else {
            prorated(self.ctx.profile, basis, days_inclusive(r, period.end), q)
        };
        let charge = match self.ctx.profile {
            RulesProfile::P2018 => ChargeType::ActivationFee,
            RulesProfile::P2017 => ChargeType::ProratePurchase,
        };
        self.period_lines.clear();
        self.period_qty = vec![(r, q)];
        self.charge(charge, r, period.end, priced, r);
        let renewal = self.view.term.map(|t| us_date(t.renewal_date()));
        self.note(
            r,
            format!(
                "Reactivated: {} for {} – {}, on the invoice of {}. The renewal date stays {}.",
                priced.amount,
                us_date(r),
                us_date(period.end),
                us_date(billing_date_on_or_after(r, self.ctx.billing_day)),
                renewal.unwrap_or_default()
            ),
        );
    }

    /// Profile 2018: credit the rest of the period, start a new term on `x` (§7).
    fn change_frequency(&mut self, x: NaiveDate, frequency: BillingFrequency) {
        if self.pending_r.is_some() {
            self.recognize(x, x, true);
        }
        if let Some(period) = self.period.filter(|_| !self.period_lines.is_empty()) {
            let q = self.view.quantity;
            let priced = prorated(
                self.ctx.profile,
                self.basis(&period),
                days_inclusive(x, period.end),
                q,
            );
            let line = self.line(
                ChargeType::ConvertAway,
                x,
                period.end,
                priced.negated(),
                q,
                x,
            );
            self.emit(line);
        }
        self.view.unit_price = Some(self.price_on(&self.view.offer_id.clone(), x));
        let term = match self.parent.and_then(|p| p.term_on(x)) {
            Some((t, _)) => t,
            None => term_from(x, x.day(), frequency),
        };
        self.set_term(x, term, x);
        self.start_period(x, ChargeType::ConvertTo, 0);
        self.note(
            x,
            format!(
                "A new {} term starts today at the current list price: {} – {}.",
                frequency.label().to_lowercase(),
                us_date(term.start),
                us_date(term.end)
            ),
        );
    }
}
