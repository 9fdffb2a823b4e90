//! The few words a refusal names rather than figures: a subscription's state, how often it is
//! billed, what the partner tried to do. The model's own types turn into these (`From`), since
//! `base` can't name the model's.

use serde::{Deserialize, Serialize};

/// A subscription's state, as a sentence names it ("the subscription is suspended").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SubState {
    Trial,
    Expired,
    Active,
    Suspended,
    Deleted,
    Ended,
    Canceled,
    Disabled,
}

/// How often a subscription is billed: a legacy frequency or a new commerce billing plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cadence {
    Monthly,
    Annual,
    Triennial,
}

/// What a legacy action needing an active subscription was to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyAct {
    Cancel,
    ChangeFrequency,
    ChangeLicenses,
}

/// A new commerce term's length.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TermWord {
    OneMonth,
    OneYear,
    ThreeYears,
}

/// A new commerce term and its billing plan: "1 year, billed monthly".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermPlanWord {
    pub term: TermWord,
    pub plan: Cadence,
    /// One charge for the whole term: "paid up front".
    pub upfront: bool,
}
