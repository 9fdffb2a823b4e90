//! Replays one legacy subscription's history, day by day of interest, into its charge lines and
//! its state (SPEC §3–§7). Expiry, deletion, renewal and monthly periods happen by date, with no
//! event: they are derived here. Each kind of command has its handler in a child module; what
//! differs between the 2018 and 2017 profiles is asked of `LegacyProfile`.

mod adopt;
mod frequency;
mod licenses;
mod lines;
mod notes;
mod open_period;
mod renewal;
mod start;
mod suspension;

use super::calendar::{Period, TermCalendar};
use super::profile::LegacyProfile;
use super::proration::{full, Basis};
use super::REACTIVATION_DAYS;
use crate::base::dates::{add_days, days_inclusive};
use crate::base::money::Money;
use crate::billing::engine::{BaseTerms, Replay, ReplayInput, TermInForce};
use crate::model::catalog::BillingFrequency;
use crate::model::charge_line::ChargeType;
use crate::model::command::Command;
use crate::model::event::Event;
use crate::model::subscription::{Status, SubscriptionView, Term};
use chrono::NaiveDate;
use lines::{Charge, LineWriter};
use notes::Notes;
use open_period::OpenPeriod;

struct Replayer<'a> {
    input: &'a ReplayInput<'a>,
    profile: &'a dyn LegacyProfile,
    /// The base subscription's terms and renewals, for an add-on.
    base: Option<&'a BaseTerms>,
    /// The subscription as the replay has it now.
    view: SubscriptionView,
    /// The subscription as it stood at the end of `today`, kept once the replay passes it.
    view_today: Option<SubscriptionView>,
    /// This subscription's terms and renewals, for its add-ons to follow.
    terms: BaseTerms,
    calendar: Option<TermCalendar>,
    open: Option<OpenPeriod>,
    /// A free period (profile 2017) runs until this day, the term's start.
    free_until: Option<NaiveDate>,
    /// License changes wait to be billed on this day (C6).
    recognition_due: Option<NaiveDate>,
    /// The day the "first 30 days" count from (C8, C10, A3).
    first_30_days_from: NaiveDate,
    /// The term ran out without renewal while suspended: no more periods.
    term_ran_out: bool,
    lines: LineWriter,
    notes: Notes,
}

/// Replays `events` (the subscription's, in order). `base` is the base's terms for an add-on.
pub(super) fn replay(
    profile: &dyn LegacyProfile,
    events: &[&Event],
    input: &ReplayInput<'_>,
    base: Option<&BaseTerms>,
) -> Option<Replay> {
    let view = start::initial_view(events.first()?)?;
    let mut replayer = Replayer {
        input,
        profile,
        base,
        first_30_days_from: view.created,
        view,
        view_today: None,
        terms: BaseTerms::default(),
        calendar: None,
        open: None,
        free_until: None,
        recognition_due: None,
        term_ran_out: false,
        lines: LineWriter::new(input.billing_day, input.lines_from),
        notes: Notes::new(input.explain_on),
    };
    let mut next_event = 0;
    while let Some(day) = replayer.next_day(events.get(next_event).map(|e| e.date)) {
        if day > input.horizon {
            break;
        }
        replayer.keep_view_of_today(day);
        replayer.happen_by_date(day);
        while let Some(event) = events.get(next_event).filter(|e| e.date == day) {
            replayer.apply(event);
            next_event += 1;
        }
    }
    Some(replayer.finish())
}

impl Replayer<'_> {
    /// The next day something happens: an event, an expiry or deletion, a recognition, a
    /// period start or a renewal.
    fn next_day(&self, next_event: Option<NaiveDate>) -> Option<NaiveDate> {
        [
            next_event,
            self.status_ends(),
            self.recognition_due,
            self.next_boundary(),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// The day a trial expires or a suspended subscription is deleted (T1, C10).
    fn status_ends(&self) -> Option<NaiveDate> {
        match self.view.status {
            Status::Trial => self.view.trial.as_ref().map(|t| t.expires),
            Status::Suspended => self.deletion_day(),
            _ => None,
        }
    }

    fn deletion_day(&self) -> Option<NaiveDate> {
        self.view
            .suspended_on
            .map(|s| add_days(s, REACTIVATION_DAYS + 1))
    }

    /// True while the term's periods follow one another.
    fn periods_run(&self) -> bool {
        matches!(self.view.status, Status::Active | Status::Suspended) && !self.term_ran_out
    }

    /// The next period start or renewal day of the current term.
    fn next_boundary(&self) -> Option<NaiveDate> {
        if !self.periods_run() {
            return None;
        }
        if let Some(term_start) = self.free_until {
            return Some(term_start);
        }
        let calendar = self.calendar?;
        let period = self.open.as_ref()?.period;
        Some(period.next_start().min(calendar.renewal_date()))
    }

    fn keep_view_of_today(&mut self, day: NaiveDate) {
        if day > self.input.today && self.view_today.is_none() {
            self.view_today = Some(self.view.clone());
        }
    }

    /// What happens on `day` with no event: expiry, deletion, recognition, a period's start,
    /// the renewal.
    fn happen_by_date(&mut self, day: NaiveDate) {
        let trial_expires = self.view.trial.as_ref().map(|t| t.expires);
        if self.view.status == Status::Trial && trial_expires == Some(day) {
            self.view.status = Status::Expired;
        }
        if self.view.status == Status::Suspended && self.deletion_day() == Some(day) {
            self.view.status = Status::Deleted;
        }
        if self.recognition_due == Some(day) {
            self.recognize(day, self.profile.stretches_break_at_recognition());
        }
        if !self.periods_run() {
            return;
        }
        if self.free_until == Some(day) {
            self.free_until = None;
            self.start_period(day, ChargeType::CycleFee, 0);
            return;
        }
        let Some(calendar) = self.calendar else {
            return;
        };
        if day == calendar.renewal_date() {
            self.renew_or_end(day);
        } else if let Some(next) = self
            .open
            .as_ref()
            .filter(|o| o.period.next_start() == day)
            .map(|o| o.period.index + 1)
        {
            self.start_period(day, ChargeType::CycleFee, next);
        }
    }

    fn apply(&mut self, event: &Event) {
        let day = event.date;
        match &event.command {
            Command::SignUpTrial { offer_id, .. } => self.sign_up_trial(day, offer_id),
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
            } => self.convert_trial(day, target_offer_id, *quantity, *frequency),
            Command::BuyAddOn {
                offer_id, quantity, ..
            } => self.start_add_on(day, offer_id, *quantity),
            Command::ChangeQuantity { quantity, .. } => self.change_quantity(day, *quantity),
            Command::Cancel { .. } => self.cancel(day),
            Command::Reactivate { .. } => self.reactivate(day),
            Command::SetAutoRenew { on, .. } => self.view.auto_renew = *on,
            Command::ChangeFrequency { frequency, .. } => self.change_frequency(day, *frequency),
            Command::SetNickname { nickname, .. } => {
                let nickname = nickname.trim();
                self.view.nickname = (!nickname.is_empty()).then(|| nickname.to_string());
            }
            Command::AdoptSubscription(adopted) => self.adopt(day, adopted),
            // Customer and catalog events are no subscription's; new commerce actions are
            // refused by the legacy rules and never recorded.
            Command::CreateCustomer(_)
            | Command::EditCustomer(_)
            | Command::UndoAction { .. }
            | Command::DeleteCustomer { .. }
            | Command::ChangePrice { .. }
            | Command::ImportPriceList(_)
            | Command::Suspend { .. }
            | Command::ScheduleChange { .. }
            | Command::CancelScheduledChange { .. } => {}
        }
    }

    fn finish(self) -> Replay {
        Replay {
            view: self.view_today.unwrap_or(self.view),
            lines: self.lines.into_lines(self.input.horizon),
            notes: self.notes.into_notes(),
            terms: self.terms,
        }
    }

    /// The current term; only a subscription with a term is charged.
    fn term(&self) -> Term {
        self.calendar
            .expect("a charged subscription has a term")
            .term
    }

    fn set_term(&mut self, from: NaiveDate, term: Term, first_basis_start: NaiveDate) {
        self.view.term = Some(term);
        self.view.frequency = Some(term.frequency);
        self.calendar = Some(TermCalendar {
            term,
            first_basis_start,
        });
        self.terms.terms.push(TermInForce {
            from,
            term,
            first_basis_start,
        });
    }

    /// Enters the period `index` that starts on `day`, charging it in full if active (C4, C11).
    fn start_period(&mut self, day: NaiveDate, charge_type: ChargeType, index: i32) {
        let Some(calendar) = self.calendar else {
            return;
        };
        let period = calendar.period(index);
        let quantity = self.view.quantity;
        self.open = Some(OpenPeriod::new(period, day, quantity));
        if self.view.status == Status::Active {
            let priced = full(self.basis(&period), quantity);
            self.bill_for_period(Charge {
                charge_type,
                start: day,
                end: period.end,
                priced,
                quantity,
                billed_for: day,
            });
        }
    }

    /// The list price of `offer_id` on `day`: what a new term locks in.
    fn price_on(&self, offer_id: &str, day: NaiveDate) -> Money {
        self.input
            .catalog
            .monthly_price_on(offer_id, day)
            .unwrap_or(Money::ZERO)
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

    /// Bills `charge` as part of the open period: a later change reverses it (C6, C8).
    fn bill_for_period(&mut self, charge: Charge) {
        let line = self.lines.line(&self.term(), charge);
        if self.lines.bills_licenses() {
            if let Some(open) = self.open.as_mut() {
                open.billed.push(line.clone());
            }
        }
        self.lines.emit(line);
    }

    /// Writes a line that is not part of what the period bills: a reversal, a credit, a free
    /// period.
    fn write(&mut self, charge: Charge) {
        let line = self.lines.line(&self.term(), charge);
        self.lines.emit(line);
    }

    fn within_first_30_days(&self, day: NaiveDate) -> bool {
        day < add_days(self.first_30_days_from, super::FULL_CREDIT_DAYS)
    }
}
