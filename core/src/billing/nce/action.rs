//! The partner's actions on one subscription, each carrying the ids it creates (N28).

use super::calendar::{last_order_day, term_cycles, term_end};
use crate::base::money::Money;
use crate::model::command::{AdoptedSubscription, Command, NewIds};
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
    /// Issue 12: a subscription that exists at Microsoft, as the partner's latest
    /// reconciliation file shows it.
    Adopt(AdoptedStart),
}

/// A subscription entering the book in the middle of its term: what the file billed counts
/// as billed, and what comes after it is billed as any subscription's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdoptedStart {
    pub subscription_id: String,
    /// The OrderId of the term's purchase, conversion or renewal.
    pub order_id: String,
    pub offer_id: String,
    /// None for a trial.
    pub term_plan: Option<TermPlan>,
    pub quantity: u32,
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    /// The locked price per charge cycle (N10).
    pub unit_price: Money,
    /// The last OrderDate of the file's month: every cycle starting by then is billed.
    pub billed_through: NaiveDate,
    /// An add-on's base, and its calendar as the file shows it (N23).
    pub base: Option<(String, BaseCalendar)>,
}

/// N23: an adopted add-on's base and the base's calendar of the term the file shows; the
/// base itself may have renewed since.
fn adopted_base(adopted: &AdoptedSubscription) -> Option<(String, BaseCalendar)> {
    let parent_id = adopted.parent_id.clone()?;
    let term_plan = adopted.term_plan?;
    let start = adopted.base_term_start?;
    let calendar = BaseCalendar {
        term_plan,
        term_end: term_end(start, term_plan.term),
        cycles: term_cycles(start, term_plan.term, term_plan.plan),
    };
    Some((parent_id, calendar))
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
            Creation::Adopt(adopted) => &adopted.subscription_id,
        }
    }

    pub fn offer_id(&self) -> &str {
        match self {
            Creation::Purchase { offer_id, .. }
            | Creation::AddOn { offer_id, .. }
            | Creation::TrialSignUp { offer_id, .. } => offer_id,
            Creation::Adopt(adopted) => &adopted.offer_id,
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

/// The partner action a recorded command stands for on an existing subscription, when it is one
/// (new commerce commands carry the ids their lines need, N28).
pub fn action_of(command: &Command) -> Option<NceAction> {
    Some(match command {
        Command::ChangeQuantity {
            quantity,
            order: Some(ids),
            ..
        } => NceAction::ChangeQuantity {
            quantity: *quantity,
            ids: ids.clone(),
        },
        Command::Cancel {
            order: Some(ids), ..
        } => NceAction::Cancel { ids: ids.clone() },
        Command::Suspend { .. } => NceAction::Suspend,
        Command::Reactivate { .. } => NceAction::Reactivate,
        Command::SetAutoRenew { on, .. } => NceAction::SetAutoRenew { on: *on },
        Command::ScheduleChange { change, .. } => NceAction::ScheduleChange(change.clone()),
        Command::CancelScheduledChange { .. } => NceAction::CancelScheduledChange,
        Command::ChangeFrequency {
            frequency,
            order_id: Some(order_id),
            ..
        } => NceAction::ChangeBillingPlan {
            plan: BillingPlan::of_frequency(*frequency),
            order_id: order_id.clone(),
        },
        Command::ConvertTrial {
            target_offer_id,
            quantity,
            term_plan: Some(term_plan),
            order: Some(ids),
            ..
        } => NceAction::ConvertTrial {
            target_offer_id: target_offer_id.clone(),
            term_plan: *term_plan,
            quantity: *quantity,
            ids: ids.clone(),
        },
        _ => return None,
    })
}

/// The creating action a recorded command stands for, when it starts a subscription; an add-on
/// is co-termed to `base`, its base's calendar on the day (N23).
pub fn creation_of(command: &Command, base: Option<BaseCalendar>) -> Option<Creation> {
    let order_ids = |ids: &NewIds| OrderIds {
        order_id: ids.order_id.clone(),
        reference_id: ids
            .reference_id
            .clone()
            .unwrap_or_else(|| ids.order_id.clone()),
    };
    Some(match command {
        Command::Purchase {
            ids,
            offer_id,
            quantity,
            term_plan: Some(term_plan),
            ..
        } => Creation::Purchase {
            subscription_id: ids.subscription_id.clone(),
            ids: order_ids(ids),
            offer_id: offer_id.clone(),
            term_plan: *term_plan,
            quantity: *quantity,
        },
        Command::BuyAddOn {
            ids,
            parent_id,
            offer_id,
            quantity,
        } => Creation::AddOn {
            subscription_id: ids.subscription_id.clone(),
            ids: order_ids(ids),
            offer_id: offer_id.clone(),
            quantity: *quantity,
            base_subscription_id: parent_id.clone(),
            base: base?,
        },
        Command::SignUpTrial { ids, offer_id, .. } => Creation::TrialSignUp {
            subscription_id: ids.subscription_id.clone(),
            order_id: ids.order_id.clone(),
            offer_id: offer_id.clone(),
        },
        Command::AdoptSubscription(adopted) => Creation::Adopt(AdoptedStart {
            subscription_id: adopted.ids.subscription_id.clone(),
            order_id: adopted.ids.order_id.clone(),
            offer_id: adopted.offer_id.clone(),
            term_plan: adopted.term_plan,
            quantity: adopted.quantity,
            term_start: adopted.term_start,
            term_end: adopted.term_end,
            unit_price: adopted.unit_price,
            billed_through: last_order_day(adopted.billed_through),
            base: adopted_base(adopted),
        }),
        _ => return None,
    })
}
