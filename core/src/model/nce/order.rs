//! What partner actions carry and what a subscription keeps of them: the ids an action creates
//! (N28), a scheduled change for the renewal (N17, N20), the base calendar of an add-on (N23).

use super::cycle::Cycle;
use super::term::TermPlan;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The ids a partner action creates: the order and the ReferenceId of its lines.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OrderIds {
    pub order_id: String,
    pub reference_id: String,
}

/// What the next term will be (N17), or for a trial what it converts into (N20, N32).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ScheduledChange {
    /// The target offer for a trial; the subscription's own offer otherwise.
    pub offer_id: String,
    pub term_plan: TermPlan,
    pub quantity: u32,
}

/// The base's calendar an add-on is co-termed to at purchase (N23, N34): its term and plan, its
/// last day E, and its cycles as they stand that day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaseCalendar {
    pub term_plan: TermPlan,
    pub term_end: NaiveDate,
    pub cycles: Vec<Cycle>,
}
