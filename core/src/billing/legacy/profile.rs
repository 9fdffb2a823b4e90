//! What differs between the two legacy rules profiles (SPEC §7), behind one trait: the replay,
//! the proration and the checks ask it and never name a profile.

use super::proration::{Basis, Priced};
use crate::model::catalog::BillingFrequency;
use crate::model::charge_line::ChargeType;
use crate::model::subscription::Term;
use chrono::NaiveDate;

pub trait LegacyProfile: Sync {
    /// C1: the term of a purchase or trial conversion on `day`. It also sets when a converted
    /// trial's monthly term renews.
    fn purchase_term(&self, day: NaiveDate, frequency: BillingFrequency, billing_day: u32) -> Term;

    /// True when the days from a purchase to its later term start are a free period, shown
    /// as a $0 "Purchase fee" line and left out of the first period's price basis.
    fn free_period_before_term(&self, frequency: BillingFrequency) -> bool;

    /// True when an add-on bought before its base's term starts is free until then.
    fn add_on_free_before_term(&self) -> bool;

    /// The charge type of the first charge of a purchase or conversion (C3).
    fn first_charge(&self, frequency: BillingFrequency) -> ChargeType;

    /// C6: the day a license change on `change_day` is recognised, for a term whose periods
    /// fall on `anchor_day`.
    fn recognition_day(
        &self,
        change_day: NaiveDate,
        anchor_day: u32,
        billing_day: u32,
    ) -> NaiveDate;

    /// True when a recognised change's stretches of days also break at the recognition day.
    fn stretches_break_at_recognition(&self) -> bool;

    /// C7: the unit price and amount of `days` of a period at `quantity` licenses.
    fn prorate(&self, basis: Basis, days: i64, quantity: u32) -> Priced;

    /// C8: the first day a full credit (inside the first 30 days) covers, for a cancellation
    /// on `cancelled` of a period billed from `billed_from`.
    fn full_credit_start(&self, cancelled: NaiveDate, billed_from: NaiveDate) -> NaiveDate;

    /// C10: the charge type of a reactivation.
    fn reactivation_charge(&self) -> ChargeType;

    /// C12: whether an active subscription's billing frequency can change.
    fn frequency_can_change(&self) -> bool;
}
