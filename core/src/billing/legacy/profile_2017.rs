//! Profile 2017, the launch rules as the German FAQ seed describes them (SPEC §7): monthly
//! terms start on the billing day after a free period, and daily rates are rounded first.

use super::calendar::{anniversary_term, term_from};
use super::profile::LegacyProfile;
use super::proration::{prorate_daily_rate_first, Basis, Priced};
use crate::base::dates::billing_date_on_or_after;
use crate::model::catalog::BillingFrequency;
use crate::model::charge_line::ChargeType;
use crate::model::subscription::Term;
use chrono::NaiveDate;

pub struct Profile2017;

impl LegacyProfile for Profile2017 {
    /// Monthly terms start on the first billing date on or after the purchase, with periods
    /// on the billing day; annual terms as in C1.
    fn purchase_term(&self, day: NaiveDate, frequency: BillingFrequency, billing_day: u32) -> Term {
        match frequency {
            BillingFrequency::Monthly => term_from(
                billing_date_on_or_after(day, billing_day),
                billing_day,
                frequency,
            ),
            BillingFrequency::Annual => anniversary_term(day, frequency),
        }
    }

    fn free_period_before_term(&self, frequency: BillingFrequency) -> bool {
        frequency == BillingFrequency::Monthly
    }

    fn add_on_free_before_term(&self) -> bool {
        true
    }

    fn first_charge(&self, frequency: BillingFrequency) -> ChargeType {
        match frequency {
            BillingFrequency::Monthly => ChargeType::CycleFee,
            BillingFrequency::Annual => ChargeType::ProratePurchase,
        }
    }

    /// The first billing date on or after the change.
    fn recognition_day(&self, change_day: NaiveDate, _: u32, billing_day: u32) -> NaiveDate {
        billing_date_on_or_after(change_day, billing_day)
    }

    fn stretches_break_at_recognition(&self) -> bool {
        false
    }

    fn prorate(&self, basis: Basis, days: i64, quantity: u32) -> Priced {
        prorate_daily_rate_first(basis, days, quantity)
    }

    /// The whole period as billed, from its billed start.
    fn full_credit_start(&self, _: NaiveDate, billed_from: NaiveDate) -> NaiveDate {
        billed_from
    }

    fn reactivation_charge(&self) -> ChargeType {
        ChargeType::ProratePurchase
    }

    fn frequency_can_change(&self) -> bool {
        false
    }
}
