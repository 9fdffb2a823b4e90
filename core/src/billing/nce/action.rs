//! The partner's actions on one subscription, each carrying the ids it creates (N28).

use crate::model::nce::order::{BaseCalendar, OrderIds, ScheduledChange};
use crate::model::nce::term::{BillingPlan, TermPlan};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
