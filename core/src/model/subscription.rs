//! A subscription as it stands on a given day (SPEC §1, §6).

use crate::base::money::Money;
use crate::model::catalog::BillingFrequency;
use crate::model::nce::subscription::NceSubscription;
pub use crate::model::status::Status;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A trial's dates (SPEC T1, T8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialInfo {
    pub offer_id: String,
    pub started: NaiveDate,
    /// The first day the trial is no longer usable: start + 30 days.
    pub expires: NaiveDate,
    pub converted_on: Option<NaiveDate>,
}

impl TrialInfo {
    /// Days from `today` until expiry; 0 or less once expired.
    pub fn days_left(&self, today: NaiveDate) -> i64 {
        (self.expires - today).num_days()
    }
}

/// A paid term (SPEC C1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub start: NaiveDate,
    /// Last day of the term: start + 12 months − 1 day.
    pub end: NaiveDate,
    /// The day of month periods start on (term start's day, or the billing day in profile 2017).
    pub anchor_day: u32,
    pub frequency: BillingFrequency,
}

impl Term {
    pub fn renewal_date(&self) -> NaiveDate {
        self.end.succ_opt().expect("a day after the term exists")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionView {
    pub id: String,
    pub billing_id: String,
    pub order_id: String,
    pub customer_id: String,
    /// The offer held now (after conversion, the conversion target).
    pub offer_id: String,
    pub nickname: Option<String>,
    pub quantity: u32,
    /// None for a trial (SPEC §1).
    pub frequency: Option<BillingFrequency>,
    pub status: Status,
    pub created: NaiveDate,
    pub term: Option<Term>,
    /// The locked monthly unit price of the current term.
    pub unit_price: Option<Money>,
    pub auto_renew: bool,
    pub parent_id: Option<String>,
    pub trial: Option<TrialInfo>,
    pub suspended_on: Option<NaiveDate>,
    /// Quantity changes not yet billed: (day of the change, new quantity).
    pub pending_changes: Vec<(NaiveDate, u32)>,
    /// Under profile 2022, what new commerce adds: term and plan, seat batches and their
    /// windows, the scheduled change, a pending plan change (SPEC-NCE §11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nce: Option<Box<NceSubscription>>,
}

impl SubscriptionView {
    /// The date the subscription renews, while it will (SPEC C11).
    pub fn renewal_date(&self) -> Option<NaiveDate> {
        match (self.status, self.term) {
            (Status::Active, Some(t)) if self.auto_renew => Some(t.renewal_date()),
            _ => None,
        }
    }

    /// The last day a suspended subscription can be reactivated (SPEC C10).
    pub fn reactivate_until(&self) -> Option<NaiveDate> {
        self.suspended_on
            .filter(|_| self.status == Status::Suspended)
            .map(|s| s + chrono::Duration::days(90))
    }

    /// Days left to reactivate a suspended subscription before it is deleted (C10).
    pub fn days_to_deletion(&self, today: NaiveDate) -> Option<i64> {
        self.reactivate_until()
            .map(|until| (until - today).num_days())
    }

    /// A trial, running or expired, that was never converted (a new commerce subscription that
    /// expired at the end of a paid term is no trial).
    pub fn is_trial(&self) -> bool {
        matches!(self.status, Status::Trial | Status::Expired)
            && self
                .trial
                .as_ref()
                .is_some_and(|t| t.converted_on.is_none())
    }
}
