//! New commerce refusals (SPEC-NCE §11) of what makes a subscription: a purchase, an add-on, a
//! trial and its conversion, the offer's dates, seats, limits and prices, and the actions the
//! new commerce rules have no place for.

use super::words::{TermPlanWord, TermWord};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A purchase, add-on, trial sign-up or conversion refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NceOrderRefusal {
    /// N8: a trial bought.
    TrialNotBought { offer: String },
    /// N23: an add-on bought from the catalog.
    AddOnFromBase { offer: String },
    /// N23: a base offer bought as an add-on.
    NotAnAddOn { offer: String },
    /// A1: the base is not an active subscription of a prerequisite.
    AddOnNeedsActiveBase { offer: String },
    /// N1: the add-on is not sold at the base's term and plan.
    NotCoTermed {
        offer: String,
        term_plan: TermPlanWord,
    },
    /// N18: a paid offer signed up for as a trial.
    NotATrial { offer: String },
    /// T5: no trials in China.
    NoTrialsInChina,
    /// T3: the customer had the trial.
    TrialHadBefore { offer: String },
    /// N19: converting what is not a running trial.
    OnlyTrialInProgressConverts,
    /// N19: the target is not one of the trial's.
    ConvertsOnlyListed { trial: String },
    /// N19: fewer seats than the trial's.
    ConversionKeepsSeats { seats: u32, renewal: NaiveDate },
}

/// An offer that can't be ordered as asked (the model's checks, P5–P7, N1, N26, T4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NceOfferRefusal {
    /// P7: not orderable on `day`.
    NotOrderable {
        offer: String,
        from: NaiveDate,
        to: Option<NaiveDate>,
        day: NaiveDate,
    },
    /// P7: not sold in the customer's country.
    NotSoldTo { offer: String, country: String },
    /// P6: fewer seats than the offer's minimum.
    SeatsAtLeast { offer: String, minimum: u32 },
    /// N26: more seats than the offer's maximum; `held` by the customer's other subscriptions.
    SeatsAtMost {
        offer: String,
        max: u32,
        held: u32,
        room: u32,
    },
    /// P5: `count` subscriptions of the offer, `ever` or at once.
    OfferLimit {
        offer: String,
        limit: u32,
        count: u32,
        ever: bool,
    },
    /// T4: the customer holds the trial's target.
    HasTargetAlready { offer: String },
    /// N1: no price row for the term and plan on `day`; `offered` are those that have one.
    NotSoldAs {
        offer: String,
        term_plan: TermPlanWord,
        day: NaiveDate,
        offered: Vec<TermPlanWord>,
    },
    /// An offer id the catalog does not have.
    NotInCatalog { offer_id: String },
}

/// An action the new commerce rules have no place for, or that lacks what they need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NceActionRefusal {
    /// N2: a legacy price or price list.
    LegacyPricesDontApply,
    /// N1: a purchase without its term and plan.
    ChooseTermAndPlan,
    /// A1: the add-on's base has no term.
    BaseHasNoTerm,
    /// An action without its subscription.
    NeedsSubscription,
    /// An action without its order ids or term.
    LacksOrderIds,
    /// §7: a legacy subscription in a new commerce book.
    NotNewCommerce,
    /// N17: no scheduled change to cancel.
    NoScheduledChange,
    /// N24: an action dated before the last.
    DateOrder,
}

/// A subscription that exists at Microsoft, recorded from the partner's latest reconciliation
/// file, refused (issue 12's book start under new commerce).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NceAdoptionRefusal {
    /// N1: a paid offer without a term and plan.
    NeedsTermAndPlan { offer: String },
    /// P6: fewer seats than the offer's minimum.
    SeatsAtLeast { offer: String, minimum: u32 },
    /// N7: the file's month is not over on the day it is recorded.
    MonthNotOver {
        billed_through: NaiveDate,
        day: NaiveDate,
    },
    /// N4: the term starts after the file's last day.
    TermStartsAfterFile {
        start: NaiveDate,
        file_end: NaiveDate,
    },
    /// N12: the term ended in the file's month with no renewal.
    TermExpired { end: NaiveDate },
    /// N18: a trial's seats and days.
    TrialShape {
        offer: String,
        seats: u32,
        start: NaiveDate,
        end: NaiveDate,
    },
    /// N4, N23: the term ends on another day than its length (or its base) says.
    TermEndsOn {
        term: TermWord,
        start: NaiveDate,
        end: NaiveDate,
        not_on: NaiveDate,
    },
    /// A1: an add-on without a held base of an offer it adds to, in its term and plan.
    AddOnNeedsBase { offer: String },
}
