//! The states a subscription goes through (SPEC §6; under profile 2022, SPEC-NCE N25).

use crate::base::say::SubState;
use serde::{Deserialize, Serialize};

/// SPEC §6 and, under profile 2022, SPEC-NCE N25. A converted trial is `Active` with
/// `trial.converted_on` set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    Trial,
    Expired,
    Active,
    Suspended,
    Deleted,
    Ended,
    /// New commerce: cancelled within its 7-day window (N15).
    Canceled,
    /// New commerce: shown only, 30 days after expiry (N12).
    Disabled,
}

impl Status {
    /// Every status, in the order they are declared.
    pub const ALL: [Status; 8] = [
        Status::Trial,
        Status::Expired,
        Status::Active,
        Status::Suspended,
        Status::Deleted,
        Status::Ended,
        Status::Canceled,
        Status::Disabled,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Status::Trial => "Trial",
            Status::Expired => "Expired",
            Status::Active => "Active",
            Status::Suspended => "Suspended",
            Status::Deleted => "Deleted",
            Status::Ended => "Ended",
            Status::Canceled => "Canceled",
            Status::Disabled => "Disabled",
        }
    }

    /// Owned in the sense of T4 and of concurrent offer limits (P5); under profile 2022 what
    /// holds seats (N26) and is billed (N9).
    pub fn is_held(self) -> bool {
        matches!(self, Status::Active | Status::Suspended)
    }
}

impl From<Status> for SubState {
    fn from(status: Status) -> SubState {
        match status {
            Status::Trial => SubState::Trial,
            Status::Expired => SubState::Expired,
            Status::Active => SubState::Active,
            Status::Suspended => SubState::Suspended,
            Status::Deleted => SubState::Deleted,
            Status::Ended => SubState::Ended,
            Status::Canceled => SubState::Canceled,
            Status::Disabled => SubState::Disabled,
        }
    }
}
