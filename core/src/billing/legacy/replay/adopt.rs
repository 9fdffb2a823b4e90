//! An adopted subscription (issue 12): it enters the replay in the middle of its term, with
//! what the reconciliation file billed already counted as billed, so that the periods and the
//! renewal after it are charged as Microsoft will charge them.

use super::lines::Charge;
use super::open_period::OpenPeriod;
use super::Replayer;
use crate::billing::legacy::adoption::adopted_term;
use crate::billing::legacy::calendar::Period;
use crate::billing::legacy::proration::full;
use crate::model::charge_line::ChargeType;
use crate::model::command::AdoptedSubscription;
use crate::model::subscription::Status;
use chrono::NaiveDate;

impl Replayer<'_> {
    /// Records the subscription on `day` as the file shows it: the term's first period (the
    /// file names the term, so it was charged, even from a purchase before the term began, C1)
    /// and every period whose billing date is on or before the file's are billed already; a
    /// period started since is charged as its cycle fee, and a renewal since as its renew fee
    /// (C11), as the next invoice will charge them.
    pub(super) fn adopt(&mut self, day: NaiveDate, adopted: &AdoptedSubscription) {
        let billing_day = self.input.billing_day;
        let Some(term) = adopted_term(
            self.profile,
            adopted.term_start,
            adopted.term_end,
            billing_day,
            adopted.frequency,
        ) else {
            return;
        };
        self.hold_offer(&adopted.offer_id);
        self.view.quantity = adopted.quantity;
        self.view.nickname = adopted.nickname.clone();
        self.view.unit_price = Some(adopted.unit_price);
        self.view.status = Status::Active;
        self.set_term(day, term, term.start);
        self.first_30_days_from = term.start;
        if let Some(suspended) = adopted.suspended_on {
            self.view.status = Status::Suspended;
            self.view.suspended_on = Some(suspended);
        }
        self.catch_up_periods(day, |k, start| k == 0 || start <= adopted.billed_through);
        while self.view.status == Status::Active && self.term().renewal_date() <= day {
            self.renew_or_end(self.term().renewal_date());
            self.catch_up_periods(day, |k, _| k == 0);
        }
    }

    /// Enters the current term's periods that started by `day`: those `billed` says the file
    /// billed count as billed; the others are charged now, while the subscription is active.
    fn catch_up_periods(&mut self, day: NaiveDate, billed: impl Fn(i32, NaiveDate) -> bool) {
        let Some(calendar) = self.calendar else {
            return;
        };
        let current = calendar.period_containing(day.min(calendar.term.end));
        for k in 0..=current.index {
            let period = calendar.period(k);
            let billed_on = self.lines.billed_on(period.basis_start);
            if billed(k, billed_on) {
                self.open = Some(OpenPeriod::new(
                    period,
                    period.basis_start,
                    self.view.quantity,
                ));
                if self.view.status == Status::Active {
                    self.count_as_billed(&period);
                }
            } else {
                self.start_period(period.basis_start, ChargeType::CycleFee, k);
            }
        }
    }

    /// Notes the full period as billed by the file, without writing a line: what a later
    /// license change reverses (C6) or a cancellation credits (C8).
    fn count_as_billed(&mut self, period: &Period) {
        let quantity = self.view.quantity;
        let line = self.lines.line(
            &self.term(),
            Charge {
                charge_type: ChargeType::CycleFee,
                start: period.basis_start,
                end: period.end,
                priced: full(self.basis(period), quantity),
                quantity,
                billed_for: period.basis_start,
            },
        );
        if let Some(open) = self.open.as_mut() {
            open.billed.push(line);
        }
    }
}
