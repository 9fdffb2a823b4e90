//! Cancellation (legacy CSP's suspension) and reactivation (SPEC C8, C10): a full credit or
//! charge inside the first 30 days, else prorated to the period's end.

use super::lines::Charge;
use super::notes::{self, Stretch};
use super::open_period::OpenPeriod;
use super::Replayer;
use crate::base::dates::{add_days, days_inclusive};
use crate::base::money::Money;
use crate::billing::legacy::calendar::Period;
use crate::billing::legacy::proration::{full, Priced};
use crate::billing::legacy::FULL_CREDIT_DAYS;
use crate::model::charge_line::ChargeType;
use crate::model::subscription::Status;
use chrono::NaiveDate;
use rust_decimal::Decimal;

impl Replayer<'_> {
    /// C8: credits what the open period billed, in full or from `day`, on the invoice of `day`.
    pub(super) fn cancel(&mut self, day: NaiveDate) {
        self.view.status = Status::Suspended;
        self.view.suspended_on = Some(day);
        if self.recognition_due.is_some() {
            self.recognize(day, true);
        }
        if self.free_until.is_some() {
            return;
        }
        let Some(open) = self.open.as_ref().filter(|o| !o.billed.is_empty()) else {
            return;
        };
        let (period, billed_from) = (open.period, open.billed_from());
        let billed: Money = open.billed.iter().map(|l| l.amount).sum();
        let quantity = self.view.quantity;
        let (priced, start) = if self.within_first_30_days(day) {
            let start = self.profile.full_credit_start(day, billed_from);
            (self.full_credit(day, billed, quantity), start)
        } else {
            (self.prorated_credit(day, &period, quantity), day)
        };
        self.write(Charge {
            charge_type: ChargeType::CancelFee,
            start,
            end: period.end,
            priced,
            quantity,
            billed_for: day,
        });
        if let Some(open) = self.open.as_mut() {
            open.billed.clear();
        }
    }

    /// 100% of what the period billed, negative.
    fn full_credit(&mut self, day: NaiveDate, billed: Money, quantity: u32) -> Priced {
        let unit = if quantity == 0 {
            billed
        } else {
            Money(billed.decimal() / Decimal::from(quantity))
        };
        let first_30_days_end = add_days(self.first_30_days_from, FULL_CREDIT_DAYS);
        let billed_on = self.lines.billed_on(day);
        self.notes.add(day, || {
            notes::full_credit(first_30_days_end, billed, billed_on)
        });
        Priced {
            unit_price: unit.round2(),
            amount: billed.round2(),
        }
        .negated()
    }

    /// `day` to the period's end, prorated and negative.
    fn prorated_credit(&mut self, day: NaiveDate, period: &Period, quantity: u32) -> Priced {
        let basis = self.basis(period);
        let days = days_inclusive(day, period.end);
        let priced = self.profile.prorate(basis, days, quantity);
        let credited = Stretch {
            from: day,
            to: period.end,
            billed_on: self.lines.billed_on(day),
        };
        self.notes.add(day, || {
            notes::prorated_credit(basis, days, &credited, quantity, priced.amount)
        });
        priced.negated()
    }

    /// C10: charges from `day` to the period's end; monthly periods then resume.
    pub(super) fn reactivate(&mut self, day: NaiveDate) {
        self.view.status = Status::Active;
        self.view.suspended_on = None;
        if self.free_until.is_some() {
            return;
        }
        let Some(period) = self.open.as_ref().map(|o| o.period) else {
            return;
        };
        let quantity = self.view.quantity;
        let basis = self.basis(&period);
        let priced = if self.within_first_30_days(day) {
            full(basis, quantity)
        } else {
            let days = days_inclusive(day, period.end);
            self.profile.prorate(basis, days, quantity)
        };
        self.open = Some(OpenPeriod::new(period, day, quantity));
        self.bill_for_period(Charge {
            charge_type: self.profile.reactivation_charge(),
            start: day,
            end: period.end,
            priced,
            quantity,
            billed_for: day,
        });
        let charged = Stretch {
            from: day,
            to: period.end,
            billed_on: self.lines.billed_on(day),
        };
        let renewal = self.calendar.map(|c| c.renewal_date());
        self.notes.add(day, || {
            notes::reactivation(priced.amount, &charged, renewal)
        });
    }
}
