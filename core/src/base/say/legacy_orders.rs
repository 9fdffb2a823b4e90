//! The legacy rules' refusals of a new subscription (SPEC §1–§5, §9): a purchase, an add-on,
//! a trial and its conversion, an offer's dates, seats and limits, a subscription adopted from
//! a reconciliation file. Offer and customer names are the catalog's and the book's own text.

use super::words::Cadence;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A purchase or an add-on refused: its offer, frequency, price, seats, dates, limits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyPurchaseRefusal {
    /// T6: a trial offer bought like a paid one.
    IsTrialOffer { offer: String },
    /// P4: an add-on bought from the catalog.
    IsAddOnBuyOnBase { offer: String },
    /// P4: a base offer bought as an add-on.
    NotAnAddOn { offer: String },
    /// A1: the add-on's base is not an active base subscription.
    AddOnNeedsActiveBase,
    /// A1: the add-on's base holds none of its prerequisites.
    AddOnNeedsBaseOf { offer: String, bases: Vec<String> },
    /// P2: the offer is not billed at this frequency.
    CannotBeBilled { offer: String, cadence: Cadence },
    /// P2: as above, naming the frequencies it has.
    CannotBeBilledChoose {
        offer: String,
        cadence: Cadence,
        allowed: Vec<Cadence>,
    },
    /// P8: no list price today.
    NoListPrice { offer: String, today: NaiveDate },
    /// P6: the quantity is outside the offer's seat range.
    SeatRange { offer: String, min: u32, max: u32 },
    /// P7: the offer can't be ordered today.
    NotOrderableOn {
        offer: String,
        from: NaiveDate,
        to: Option<NaiveDate>,
        today: NaiveDate,
    },
    /// P7: the offer is not sold in the customer's country.
    SoldOnlyIn {
        offer: String,
        countries: Vec<String>,
        country: String,
    },
    /// P5: Lifetime n reached.
    LifetimeLimit { offer: String, limit: u32, had: u32 },
    /// P5: Concurrent n reached.
    ConcurrentLimit { offer: String, limit: u32 },
}

/// A trial refused, or its conversion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyTrialRefusal {
    /// T6: a paid offer signed up for as a trial.
    NotATrialOffer { offer: String },
    /// T5: government and education offers have no trials.
    NoTrialsForAgreement,
    /// T5: no trials in China.
    NoTrialsInChina,
    /// T3: the customer had this trial before.
    TrialAlreadyHad {
        customer: String,
        started: NaiveDate,
    },
    /// T4: the customer owns a conversion target of the trial.
    OwnsTargetAlready { customer: String, owned: String },
    /// T4: the customer owns the offer through a converted trial.
    OwnsOfferAlready { customer: String },
    /// T8: a paid subscription converted.
    OnlyTrialConverts,
    /// T8: the trial was converted before.
    ConvertedAlready { on: NaiveDate },
    /// T11: the trial expired; `restore` names what to buy.
    TrialExpired {
        expired: NaiveDate,
        restore: Vec<String>,
    },
    /// T12: the trial converts to nothing.
    NoConversionTarget {
        trial: String,
        compatible: Vec<String>,
        ends: NaiveDate,
    },
    /// T8: the target is not one of the trial's.
    ConvertsOnlyTo { trial: String, targets: Vec<String> },
}

/// A subscription of a reconciliation file that can't start the book.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyAdoptionRefusal {
    /// T1: a trial in a reconciliation file.
    TrialNothingToRecord { offer: String },
    /// P8: a negative unit price in a reconciliation file.
    NegativeUnitPrice,
    /// A1: a base subscription adopted with a base.
    NotAnAddOnNoBase { offer: String },
    /// A1: an adopted add-on without a base of its prerequisites.
    AddOnNeedsCustomersBase { offer: String, bases: Vec<String> },
    /// C1: a term not 12 months long.
    TermMustLast12Months { start: NaiveDate, end: NaiveDate },
    /// C11: a term starting after today.
    TermStartsAfterToday { start: NaiveDate, today: NaiveDate },
    /// C11: a suspended subscription's term ended: it did not renew.
    TermEndedSuspended { end: NaiveDate },
    /// R1: the file's invoice is after today.
    InvoiceAfterToday {
        billed_through: NaiveDate,
        today: NaiveDate,
    },
    /// C10: suspended after today or more than 90 days ago.
    SuspendedTooLong { suspended_on: NaiveDate },
}
