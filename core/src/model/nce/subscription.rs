//! What a subscription is on a day: the state the replay keeps and the page shows.

use super::cycle::Cycle;
use super::offer::OfferKind;
use super::order::{BaseCalendar, ScheduledChange};
use super::term::{BillingPlan, TermPlan};
use crate::base::dates::add_days;
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::model::status::Status;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Seats added together on one day: reducible on that day and the six after (N14).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SeatBatch {
    pub added: NaiveDate,
    pub seats: u32,
}

impl SeatBatch {
    pub fn last_reducible_day(&self) -> NaiveDate {
        add_days(self.added, 6)
    }

    pub fn is_open_on(&self, day: NaiveDate) -> bool {
        self.added <= day && day <= self.last_reducible_day()
    }
}

/// A requested billing-plan change waiting for its first cycle (N21).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PendingPlanChange {
    pub plan: BillingPlan,
    pub requested: NaiveDate,
    pub takes_effect: NaiveDate,
    pub order_id: String,
}

/// What a trial will turn into on its automatic-conversion day, if left alone (T10, N20).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AutomaticConversion {
    pub day: NaiveDate,
    pub change: ScheduledChange,
    /// u × seats of the first cycle; None when no price row would be in force (N31).
    pub first_charge: Option<Money>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NceSubscription {
    pub subscription_id: String,
    /// The offer billed now (the conversion target after a trial converts).
    pub offer_id: String,
    /// The trial this subscription started as, if it did, and the day it converted.
    pub trial_offer_id: Option<String>,
    pub converted_on: Option<NaiveDate>,
    pub kind: OfferKind,
    pub created: NaiveDate,
    pub status: Status,
    /// The day the status began (the day of expiry, for N12's Disabled and Deleted).
    pub status_since: NaiveDate,
    /// None while a trial.
    pub term_plan: Option<TermPlan>,
    /// T and E; for a trial D and D+29.
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    /// The day the cycles are counted from (N5): T, or the base's T for a co-termed add-on (N34).
    pub cycle_anchor: NaiveDate,
    /// Locked u of the current term (N10); 0.00 for a trial.
    pub unit_price: Money,
    pub seats: u32,
    pub batches: Vec<SeatBatch>,
    pub auto_renew: bool,
    pub scheduled_change: Option<ScheduledChange>,
    pub pending_plan_change: Option<PendingPlanChange>,
    /// The current term's charge cycles.
    pub cycles: Vec<Cycle>,
    /// The order of the term's purchase, conversion or renewal (a cycleCharge's OrderId).
    pub term_order_id: String,
    /// Why an automatic event could not happen and the subscription expired instead (N31).
    pub expired_because: Option<RuleError>,
    /// For a trial: its automatic-conversion day and first charge.
    pub automatic_conversion: Option<AutomaticConversion>,
}

impl NceSubscription {
    /// R = E + 1: renewal, expiry or a trial's automatic conversion.
    pub fn renewal_day(&self) -> NaiveDate {
        add_days(self.term_end, 1)
    }

    /// N15: the last day the current term can be cancelled, while cancellation is possible.
    pub fn last_cancel_day(&self) -> Option<NaiveDate> {
        self.status.is_held().then(|| add_days(self.term_start, 6))
    }

    /// N14: the seats that can be taken away on `day`.
    pub fn reducible_seats(&self, day: NaiveDate) -> u32 {
        self.batches
            .iter()
            .filter(|b| b.is_open_on(day))
            .map(|b| b.seats)
            .sum()
    }

    /// The cycle of the current term that contains `day`.
    pub fn cycle_on(&self, day: NaiveDate) -> Option<&Cycle> {
        self.cycles.iter().find(|c| c.contains(day))
    }

    /// N12, N25: Expired turns Disabled after 30 days and Deleted 90 days after that.
    pub fn status_on(&self, day: NaiveDate) -> Status {
        if self.status != Status::Expired {
            return self.status;
        }
        if day >= add_days(self.status_since, 120) {
            Status::Deleted
        } else if day >= add_days(self.status_since, 30) {
            Status::Disabled
        } else {
            Status::Expired
        }
    }

    /// What an add-on bought today would be co-termed to (N23).
    pub fn calendar(&self) -> Option<BaseCalendar> {
        Some(BaseCalendar {
            term_plan: self.term_plan?,
            term_end: self.term_end,
            cycles: self.cycles.clone(),
        })
    }
}
