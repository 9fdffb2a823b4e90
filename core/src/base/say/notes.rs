//! The explanations a preview shows under its lines: the dates and money of the day's events,
//! with the figures of their formulas, as data for `l10n` to word.

use super::words::{Cadence, TermPlanWord};
use super::Say;
use crate::base::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PreviewNote {
    Legacy(LegacyNote),
    Nce(NceNote),
}

/// A legacy event's dates and money (SPEC §1–§10).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegacyNote {
    /// T1, T2: a legacy trial's licenses, and the day it expires.
    Trial { expires: NaiveDate },
    /// C1, B1: a legacy purchase's term, renewal and first invoice.
    Purchase {
        start: NaiveDate,
        end: NaiveDate,
        renews: NaiveDate,
        first_billed: NaiveDate,
    },
    /// A2: an add-on charged to the parent's period, then aligned with it.
    AddOn {
        amount: Money,
        from: NaiveDate,
        to: NaiveDate,
        renewal: NaiveDate,
    },
    /// C6: a license change's reversal and prorated lines.
    LicenseChange {
        recognised: NaiveDate,
        billed_on: NaiveDate,
    },
    /// C8: a cancellation inside the first 30 days.
    FullCredit {
        before: NaiveDate,
        billed: Money,
        billed_on: NaiveDate,
    },
    /// C7, C8: a cancellation's prorated credit with its formula.
    ProratedCredit(ProratedCredit),
    /// C10: a reactivation's charge; the renewal date stays.
    Reactivated {
        amount: Money,
        from: NaiveDate,
        to: NaiveDate,
        billed_on: NaiveDate,
        renewal: Option<NaiveDate>,
    },
    /// C5: a change of frequency starts a new term at the list price.
    NewTerm {
        frequency: Cadence,
        start: NaiveDate,
        end: NaiveDate,
    },
}

/// A new commerce event's dates (SPEC-NCE §11).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NceNote {
    /// N11, N31: a subscription expired instead of renewing or converting, and the refusal
    /// that stopped it, if one did.
    Expired {
        day: NaiveDate,
        because: Option<Box<Say>>,
    },
    /// N11: a renewal and its term and plan.
    Renewed {
        day: NaiveDate,
        term_plan: TermPlanWord,
    },
    /// N21: a change of billing plan takes effect.
    BilledFrom { plan: Cadence, day: NaiveDate },
    /// N14: the last day seats added can be reduced.
    SeatsReducible { added: NaiveDate, last: NaiveDate },
    /// N18, N20: a trial's end, and the day it ends without a conversion.
    TrialRuns { until: NaiveDate, ends: NaiveDate },
    /// N14, N15: a new term's windows.
    WindowsOpen { seats: u32, until: NaiveDate },
}

/// C7: price ÷ days of the period × days credited × licenses = amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProratedCredit {
    pub period_price: Money,
    pub period_days: i64,
    pub days: i64,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub quantity: u32,
    pub amount: Money,
    pub billed_on: NaiveDate,
}

impl From<LegacyNote> for PreviewNote {
    fn from(note: LegacyNote) -> PreviewNote {
        PreviewNote::Legacy(note)
    }
}

impl From<NceNote> for PreviewNote {
    fn from(note: NceNote) -> PreviewNote {
        PreviewNote::Nce(note)
    }
}
