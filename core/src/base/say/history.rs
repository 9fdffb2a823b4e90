//! A line of a customer's history as data: what was done, with its figures, for the app to
//! word in the partner's language (`reports::history` writes the English of each).

use super::words::{Cadence, TermPlanWord};
use crate::base::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a recorded action did, as the history names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionLabel {
    CustomerCreated,
    CustomerEdited,
    TrialSignedUp,
    TrialConverted,
    SubscriptionPurchased,
    AddOnPurchased,
    LicensesChanged,
    /// A legacy cancellation, which suspends the subscription (C8).
    CancelledSuspended,
    Cancelled,
    Suspended,
    ChangeScheduled,
    ScheduledChangeRemoved,
    Reactivated,
    AutoRenewChanged,
    FrequencyChanged,
    NicknameSet,
    ListPriceChanged,
    PriceListImported,
    SubscriptionRecorded,
    ActionUndone,
    CustomerDeleted,
}

/// Seats and how they are committed: new commerce's term and plan, or a legacy frequency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Commitment {
    Seats {
        quantity: u32,
        term_plan: TermPlanWord,
    },
    Licenses {
        quantity: u32,
        cadence: Cadence,
    },
}

/// The figures of a history line after its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HistoryDetail {
    Nothing,
    Customer {
        name: String,
        domain: String,
        country: String,
    },
    Price {
        offer: String,
        monthly: Money,
        from: NaiveDate,
    },
    Recorded {
        offer: String,
        quantity: u32,
        cadence: Cadence,
        start: NaiveDate,
        end: NaiveDate,
    },
    PriceList {
        added: u32,
        changed: u32,
        retired: u32,
    },
    TrialOf {
        offer: String,
    },
    ConvertedTo {
        offer: String,
        commitment: Commitment,
    },
    Bought {
        offer: String,
        commitment: Commitment,
    },
    Scheduled {
        offer: String,
        quantity: u32,
        term_plan: TermPlanWord,
    },
    AddOn {
        offer: String,
        quantity: u32,
    },
    AutoRenew {
        on: bool,
    },
    ToCadence {
        cadence: Cadence,
    },
    ToSeats {
        quantity: u32,
    },
    ToLicenses {
        quantity: u32,
    },
    Nickname {
        nickname: String,
    },
    /// An undo: what it took back, of which day.
    Undid {
        action: ActionLabel,
        on: NaiveDate,
    },
}

/// One line of history: "Licenses changed: to 12 licenses (with its base subscription)".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    pub action: ActionLabel,
    pub detail: HistoryDetail,
    /// Set off by its base subscription's action (an add-on's).
    pub with_base: bool,
}
