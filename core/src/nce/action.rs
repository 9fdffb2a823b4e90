//! The partner's actions on one subscription, each carrying the ids it creates (N28).

use super::calendar::Cycle;
use super::term::{BillingPlan, TermPlan};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The ids a partner action creates: the order and the ReferenceId of its lines.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OrderIds {
    pub order_id: String,
    pub reference_id: String,
}

/// The base's calendar an add-on is co-termed to at purchase (N23, N34): its term and plan, its
/// last day E, and its cycles as they stand that day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaseCalendar {
    pub term_plan: TermPlan,
    pub term_end: NaiveDate,
    pub cycles: Vec<Cycle>,
}

/// The action that makes a subscription.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Creation {
    /// N8.
    Purchase {
        subscription_id: String,
        ids: OrderIds,
        offer_id: String,
        term_plan: TermPlan,
        quantity: u32,
    },
    /// N23: co-termed to the base chosen by the partner.
    AddOn {
        subscription_id: String,
        ids: OrderIds,
        offer_id: String,
        quantity: u32,
        base_subscription_id: String,
        base: BaseCalendar,
    },
    /// N18: 25 seats for 30 days, 0.00.
    TrialSignUp {
        subscription_id: String,
        order_id: String,
        offer_id: String,
    },
}

impl Creation {
    pub fn subscription_id(&self) -> &str {
        match self {
            Creation::Purchase {
                subscription_id, ..
            }
            | Creation::AddOn {
                subscription_id, ..
            }
            | Creation::TrialSignUp {
                subscription_id, ..
            } => subscription_id,
        }
    }

    pub fn offer_id(&self) -> &str {
        match self {
            Creation::Purchase { offer_id, .. }
            | Creation::AddOn { offer_id, .. }
            | Creation::TrialSignUp { offer_id, .. } => offer_id,
        }
    }
}

/// What the next term will be (N17), or for a trial what it converts into (N20, N32).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ScheduledChange {
    /// The target offer for a trial; the subscription's own offer otherwise.
    pub offer_id: String,
    pub term_plan: TermPlan,
    pub quantity: u32,
}

/// A partner action on an existing subscription.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NceAction {
    /// N13 when the quantity grows, N14 when it shrinks.
    ChangeQuantity {
        quantity: u32,
        ids: OrderIds,
    },
    /// N15.
    Cancel {
        ids: OrderIds,
    },
    /// N16.
    Suspend,
    Reactivate,
    /// N11, N17, N18.
    SetAutoRenew {
        on: bool,
    },
    /// N17 (paid) or N20 (trial).
    ScheduleChange(ScheduledChange),
    CancelScheduledChange,
    /// N21; the order id names the request on the changeBillingPlan line.
    ChangeBillingPlan {
        plan: BillingPlan,
        order_id: String,
    },
    /// N19.
    ConvertTrial {
        target_offer_id: String,
        term_plan: TermPlan,
        quantity: u32,
        ids: OrderIds,
    },
}

/// An action and the day it happens, in the order the partner entered it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dated<A> {
    pub day: NaiveDate,
    pub action: A,
}
