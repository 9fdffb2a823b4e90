//! A change of billing frequency (SPEC §7, profile 2018): the rest of the period is credited
//! and a new term starts that day at the list price of that day.

use super::lines::Charge;
use super::notes;
use super::Replayer;
use crate::base::dates::days_inclusive;
use crate::billing::legacy::calendar::term_from;
use crate::model::catalog::BillingFrequency;
use crate::model::charge_line::ChargeType;
use chrono::{Datelike, NaiveDate};

impl Replayer<'_> {
    pub(super) fn change_frequency(&mut self, day: NaiveDate, frequency: BillingFrequency) {
        if self.recognition_due.is_some() {
            self.recognize(day, true);
        }
        let billed_period = self
            .open
            .as_ref()
            .filter(|o| !o.billed.is_empty())
            .map(|o| o.period);
        if let Some(period) = billed_period {
            let quantity = self.view.quantity;
            let days = days_inclusive(day, period.end);
            let priced = self.profile.prorate(self.basis(&period), days, quantity);
            self.write(Charge {
                charge_type: ChargeType::ConvertAway,
                start: day,
                end: period.end,
                priced: priced.negated(),
                quantity,
                billed_for: day,
            });
        }
        self.view.unit_price = Some(self.price_on(&self.view.offer_id, day));
        let term = match self.base.and_then(|b| b.term_on(day)) {
            Some(base_term) => base_term.term,
            None => term_from(day, day.day(), frequency),
        };
        self.set_term(day, term, day);
        self.start_period(day, ChargeType::ConvertTo, 0);
        self.notes
            .add(day, || notes::new_frequency_term(frequency, &term));
    }
}
