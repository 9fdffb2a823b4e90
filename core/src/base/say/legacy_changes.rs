//! The legacy rules' refusals of a change to a subscription (SPEC §6–§8) or to the price list
//! (P8, P9).

use super::words::{Cadence, LegacyAct, SubState};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A cancellation, reactivation or change of licenses refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyChangeRefusal {
    /// T1: a trial cancelled.
    TrialCannotBeCancelled,
    /// C10: the term ended during the suspension.
    TermEndedWhileSuspended { end: NaiveDate },
    /// C10: deleted; `deleted_on` unknown when the suspension day is.
    DeletedCannotComeBack { deleted_on: Option<NaiveDate> },
    /// C10: reactivating what is not suspended.
    OnlySuspendedReactivates { state: SubState },
    /// A1: an add-on reactivated while its base is not active.
    ReactivateBaseFirst,
    /// §6: `act` needs an active subscription; the hint follows from `state`.
    NotActive { state: SubState, act: LegacyAct },
    /// T2: a trial's 25 licenses.
    TrialLicensesFixed,
    /// C5: the quantity asked is the current one.
    LicensesAlready { quantity: u32 },
    /// §7: suspension and scheduled changes are new commerce's.
    NoSuchLegacyAction,
}

/// A change of auto-renew or of the billing frequency refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyRenewalRefusal {
    /// T7: a trial's auto-renew.
    TrialNeverRenews,
    /// C11: only held subscriptions renew.
    CannotRenewWhen { state: SubState },
    /// C11: auto-renew set to what it is.
    AutoRenewAlready { on: bool },
    /// T13: a trial's frequency.
    TrialHasNoFrequency,
    /// C12: profile 2017 fixes the frequency.
    FrequencyFixed2017,
    /// A2: an add-on follows its parent's frequency.
    AddOnFollowsParent,
    /// C12: the frequency asked is the current one.
    BilledAlready { cadence: Cadence },
}

/// A price or a price list refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyPriceListRefusal {
    /// P8: a negative list price.
    NegativeListPrice,
    /// P8: a price change before today.
    PriceChangeInPast { today: NaiveDate },
    /// P9: a row marked ADD for an offer in the catalog.
    LineInCatalogAlready { line: usize, offer: String },
    /// P9: a row for an offer not in the catalog.
    LineNotInCatalog { line: usize, offer_id: String },
    /// P8: a price list row changing a price before today.
    LinePriceChangeInPast { line: usize },
}
