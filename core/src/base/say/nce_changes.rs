//! New commerce refusals (SPEC-NCE §11) of a change to a subscription: its seats and
//! cancellation (N13–N15), suspension and auto-renew (N11, N12, N16, N18), scheduled changes
//! and billing plans (N17, N21, N22, N32, N33).

use super::words::{Cadence, SubState};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Seats changed or the subscription cancelled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NceSeatsRefusal {
    /// N18: a trial's 25 seats.
    TrialKeepsSeats,
    /// N13, N14: seats of a suspended subscription.
    SeatsWhileSuspended,
    /// The quantity asked is the current one.
    SeatsAlready { quantity: u32 },
    /// N14: no seats at all; cancel until `last_cancel` instead.
    KeepsOneSeat { last_cancel: Option<NaiveDate> },
    /// N14: every window closed, the last on `last_closed` (unknown: before today).
    ReduceWindowClosed {
        last_closed: Option<NaiveDate>,
        renewal: NaiveDate,
    },
    /// N14: only `reducible` seats are in their window on `day`, until `until`.
    OnlySomeSeatsRemovable {
        reducible: u32,
        day: NaiveDate,
        until: Option<NaiveDate>,
        renewal: NaiveDate,
    },
    /// N18: a trial cancelled.
    TrialNotCancelled,
    /// N15: the 7-day window after `start` closed on `last`.
    CancelWindowClosed {
        start: NaiveDate,
        last: Option<NaiveDate>,
        end: NaiveDate,
    },
}

/// Suspension, reactivation and auto-renew refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NceLifecycleRefusal {
    /// The subscription has ended (expired, cancelled, disabled).
    Ended { state: SubState },
    /// N16: a trial suspended.
    TrialNotSuspended,
    /// N16: suspended already.
    AlreadySuspended,
    /// N12: an expired subscription reactivated.
    ExpiredNotReactivated,
    /// N16: reactivating what is not suspended.
    OnlySuspendedReactivates,
    /// N16: auto-renew turned on while suspended.
    ReactivateBeforeAutoRenew,
    /// N11: auto-renew set to what it is.
    AutoRenewAlready { on: bool },
    /// N18: a trial without conversion target set to renew.
    TrialConvertsIntoNothing,
    /// N11: auto-renew changed after the term's end.
    AutoRenewUntil { end: NaiveDate },
}

/// A scheduled change or a billing plan change refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NcePlanRefusal {
    /// N17: neither active nor a trial.
    ScheduleNeedsActive,
    /// N17: auto-renew is off.
    ScheduleNeedsAutoRenew,
    /// N32: a trial scheduled into what it doesn't convert to.
    TrialConvertsOnlyListed { trial: String },
    /// N22: another offer scheduled.
    ScheduleKeepsOffer,
    /// N17: after the term's end.
    RenewalChangesClosed { end: NaiveDate },
    /// N21: not active.
    PlanNeedsActive,
    /// N21: a trial's plan.
    TrialHasNoPlan,
    /// N21: only three-year terms switch mid-term.
    OnlyThreeYearSwitches { renewal: NaiveDate },
    /// N21: mid-term changes ended on `cutoff`.
    MidTermChangesEnded {
        cutoff: NaiveDate,
        renewal: NaiveDate,
    },
    /// N33: the plan asked is the current one.
    AlreadyBilled { cadence: Cadence },
    /// N21: the term's last cycle.
    LastCycle { renewal: NaiveDate },
}
