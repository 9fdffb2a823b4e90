//! Profile 2018, the billing alignment of February 2018 (SPEC §7, the default).

use super::calendar::anniversary_term;
use super::profile::LegacyProfile;
use super::proration::{prorate_exact, Basis, Priced};
use crate::base::dates::{add_months, clamped_day, first_of_month};
use crate::model::catalog::BillingFrequency;
use crate::model::charge_line::ChargeType;
use crate::model::subscription::Term;
use chrono::{Datelike, NaiveDate};

pub struct Profile2018;

impl LegacyProfile for Profile2018 {
    fn purchase_term(&self, day: NaiveDate, frequency: BillingFrequency, _: u32) -> Term {
        anniversary_term(day, frequency)
    }

    fn free_period_before_term(&self, _: BillingFrequency) -> bool {
        false
    }

    fn add_on_free_before_term(&self) -> bool {
        false
    }

    fn first_charge(&self, _: BillingFrequency) -> ChargeType {
        ChargeType::ProratePurchase
    }

    /// The next anniversary day after the change: this month's if still ahead, else next
    /// month's.
    fn recognition_day(&self, change_day: NaiveDate, anchor_day: u32, _: u32) -> NaiveDate {
        let this_month = clamped_day(change_day.year(), change_day.month(), anchor_day);
        if this_month > change_day {
            return this_month;
        }
        let next = add_months(first_of_month(change_day), 1);
        clamped_day(next.year(), next.month(), anchor_day)
    }

    fn stretches_break_at_recognition(&self) -> bool {
        true
    }

    fn prorate(&self, basis: Basis, days: i64, quantity: u32) -> Priced {
        prorate_exact(basis, days, quantity)
    }

    fn full_credit_start(&self, cancelled: NaiveDate, _: NaiveDate) -> NaiveDate {
        cancelled
    }

    fn reactivation_charge(&self) -> ChargeType {
        ChargeType::ActivationFee
    }

    fn frequency_can_change(&self) -> bool {
        true
    }
}
