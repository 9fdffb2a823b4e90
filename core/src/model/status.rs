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

#[cfg(test)]
mod tests {
    use super::*;

    /// A status missing from `ALL` is kept beside the book as none (`reports::kept_form`): the
    /// match makes a new status a compile error here until it has its place.
    #[test]
    fn all_lists_every_status_in_declaration_order() {
        for (place, status) in Status::ALL.into_iter().enumerate() {
            let declared = match status {
                Status::Trial => 0,
                Status::Expired => 1,
                Status::Active => 2,
                Status::Suspended => 3,
                Status::Deleted => 4,
                Status::Ended => 5,
                Status::Canceled => 6,
                Status::Disabled => 7,
            };
            assert_eq!(place, declared, "{status:?}");
        }
        assert_eq!(Status::ALL.len(), 8);
    }
}
