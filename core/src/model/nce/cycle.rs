//! N5: one charge cycle of a term, and the part of the plan's price it carries (N21).

use super::term::BillingPlan;
use crate::base::dates::days_inclusive;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The part of a plan's price one cycle carries: 1 for an ordinary cycle, n/12 for the partial
/// annual cycle that a change to annual billing starts (N21).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CycleShare {
    pub months: u32,
    pub of_months: u32,
}

impl CycleShare {
    pub const WHOLE: CycleShare = CycleShare {
        months: 1,
        of_months: 1,
    };
}

/// One charge cycle [start, end]. An add-on's first cycle is the base's, which may start before
/// the add-on existed (N23): proration always uses the cycle's own days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cycle {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub plan: BillingPlan,
    pub share: CycleShare,
}

impl Cycle {
    /// D: the days in the cycle, both ends counted.
    pub fn days(&self) -> i64 {
        days_inclusive(self.start, self.end)
    }

    /// b: the days from `day` to the cycle's end, both counted.
    pub fn billing_days(&self, day: NaiveDate) -> i64 {
        days_inclusive(day, self.end)
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}
