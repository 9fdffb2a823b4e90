//! License changes (SPEC C5, C6): recorded at once, billed when recognised as a reversal of
//! what the period billed, then one prorated line per stretch of days with one quantity.

use super::lines::Charge;
use super::notes;
use super::Replayer;
use crate::base::dates::days_inclusive;
use crate::billing::legacy::proration::Priced;
use crate::model::charge_line::ChargeType;
use chrono::{Datelike, NaiveDate};

impl Replayer<'_> {
    pub(super) fn change_quantity(&mut self, day: NaiveDate, quantity: u32) {
        self.view.quantity = quantity;
        if self.free_until.is_some() {
            return;
        }
        if let Some(open) = self.open.as_mut() {
            open.change_quantity(day, quantity);
        }
        self.view.pending_changes.push((day, quantity));
        let recognised = self
            .recognition_due
            .unwrap_or_else(|| self.recognition_day(day));
        let billed_on = self.lines.billed_on(recognised);
        self.notes
            .add(day, || notes::license_change(recognised, billed_on));
        if recognised == day {
            self.recognize(day, false);
        } else {
            self.recognition_due = Some(recognised);
        }
    }

    fn recognition_day(&self, change_day: NaiveDate) -> NaiveDate {
        let anchor_day = self
            .calendar
            .map_or(change_day.day(), |c| c.term.anchor_day);
        self.profile
            .recognition_day(change_day, anchor_day, self.input.billing_day)
    }

    /// Bills the license changes of the open period on `day` (C6): the reversal of what it
    /// billed, then the stretches, which also break at `day` when `break_at_day`.
    pub(super) fn recognize(&mut self, day: NaiveDate, break_at_day: bool) {
        self.recognition_due = None;
        self.view.pending_changes.clear();
        let quantity = self.view.quantity;
        let Some(open) = self.open.as_mut() else {
            return;
        };
        if open.billed.is_empty() {
            return;
        }
        let reversed = std::mem::take(&mut open.billed);
        if break_at_day {
            open.break_at(day, quantity);
        }
        let stretches = open.stretches();
        let period = open.period;
        for line in &reversed {
            let billed = Priced {
                unit_price: line.unit_price,
                amount: line.amount,
            };
            self.write(Charge {
                charge_type: ChargeType::CycleInstanceProrate,
                start: line.start,
                end: line.end,
                priced: billed.negated(),
                quantity: line.quantity,
                billed_for: day,
            });
        }
        let basis = self.basis(&period);
        for stretch in stretches {
            let days = days_inclusive(stretch.from, stretch.to);
            self.bill_for_period(Charge {
                charge_type: ChargeType::CycleInstanceProrate,
                start: stretch.from,
                end: stretch.to,
                priced: self.profile.prorate(basis, days, stretch.quantity),
                quantity: stretch.quantity,
                billed_for: day,
            });
        }
    }
}
