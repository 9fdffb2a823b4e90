//! What a partner asks PartnerDesk to do. Every command is effective on the "today" it is run.

use crate::base::money::Money;
use crate::base::say::ActionLabel;
use crate::model::catalog::BillingFrequency;
use crate::model::customer::Customer;
use crate::model::nce::order::{OrderIds, ScheduledChange};
use crate::model::nce::term::TermPlan;
use crate::model::price_list_plan::PriceListPlan;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The ids a new subscription gets; the shell generates them so the core stays deterministic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewIds {
    /// The partner-facing Subscription ID.
    pub subscription_id: String,
    /// The internal billing id written as SubscriptionId.
    pub billing_id: String,
    pub order_id: String,
    /// Under profile 2022, the ReferenceId of the lines the new subscription starts with (N28).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
}

/// Under profile 2022 the ids an action on an existing subscription creates (N28): written on
/// its lines, so re-deriving a book never changes a file.
fn no_ids(ids: &Option<OrderIds>) -> bool {
    ids.is_none()
}

/// A subscription that exists at Microsoft already, recorded as it stands: how a partner new
/// to PartnerDesk starts the book from the latest reconciliation file (issue 12). Unlike a
/// purchase it bills nothing that the file already billed; from then on it is replayed like
/// any subscription, so the book's next invoice is the one Microsoft will send.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdoptedSubscription {
    /// The file's ids: SyndicationPartnerSubscriptionNumber, SubscriptionId and OrderId.
    pub ids: NewIds,
    pub customer_id: String,
    pub offer_id: String,
    pub quantity: u32,
    pub frequency: BillingFrequency,
    /// The current term, as the file's SubscriptionStartDate and SubscriptionEndDate say.
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    /// The monthly unit price locked for the term (P8); under profile 2022 the price per
    /// charge cycle of the term's plan, locked for the term (N2, N10).
    pub unit_price: Money,
    /// The billing date of the file it comes from: what is billed on or before it is billed
    /// (under profile 2022 the monthly invoice's date, N7).
    pub billed_through: NaiveDate,
    pub nickname: Option<String>,
    /// An add-on's base subscription.
    pub parent_id: Option<String>,
    /// The day it was suspended, when the file's last line for it is a cancellation (C8).
    pub suspended_on: Option<NaiveDate>,
    /// Under profile 2022 the term and billing plan (N1), `frequency` mirroring the plan;
    /// None for a legacy subscription and for a new commerce trial.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term_plan: Option<TermPlan>,
    /// Under profile 2022 an add-on's base's term start as the file shows it: the add-on's
    /// cycles are its base's (N23), counted from there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_term_start: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Command {
    CreateCustomer(Customer),
    EditCustomer(Customer),
    SignUpTrial {
        ids: NewIds,
        customer_id: String,
        offer_id: String,
    },
    /// Under profile 2022 with the term and plan chosen (N19); `frequency` then mirrors the plan.
    ConvertTrial {
        subscription_id: String,
        target_offer_id: String,
        quantity: u32,
        frequency: BillingFrequency,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        term_plan: Option<TermPlan>,
        #[serde(default, skip_serializing_if = "no_ids")]
        order: Option<OrderIds>,
    },
    /// Under profile 2022 with the term and plan chosen (N8); `frequency` then mirrors the plan.
    Purchase {
        ids: NewIds,
        customer_id: String,
        offer_id: String,
        quantity: u32,
        frequency: BillingFrequency,
        nickname: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        term_plan: Option<TermPlan>,
    },
    BuyAddOn {
        ids: NewIds,
        parent_id: String,
        offer_id: String,
        quantity: u32,
    },
    ChangeQuantity {
        subscription_id: String,
        quantity: u32,
        #[serde(default, skip_serializing_if = "no_ids")]
        order: Option<OrderIds>,
    },
    /// Cancellation, which legacy CSP calls suspension (SPEC C8); under profile 2022 a
    /// cancellation inside the term's 7-day window, refunded (N15).
    Cancel {
        subscription_id: String,
        #[serde(default, skip_serializing_if = "no_ids")]
        order: Option<OrderIds>,
    },
    /// Profile 2022: suspension, which keeps billing (N16); distinct from cancellation.
    Suspend {
        subscription_id: String,
    },
    Reactivate {
        subscription_id: String,
    },
    SetAutoRenew {
        subscription_id: String,
        on: bool,
    },
    /// Under profile 2022 a billing-plan change (N21), whose request is the OrderId of its
    /// changeBillingPlan line.
    ChangeFrequency {
        subscription_id: String,
        frequency: BillingFrequency,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        order_id: Option<String>,
    },
    /// Profile 2022: what the next term will be, or what a trial converts into (N17, N20).
    ScheduleChange {
        subscription_id: String,
        change: ScheduledChange,
    },
    /// Profile 2022: the scheduled change withdrawn (N17).
    CancelScheduledChange {
        subscription_id: String,
    },
    SetNickname {
        subscription_id: String,
        nickname: String,
    },
    ChangePrice {
        offer_id: String,
        from: NaiveDate,
        monthly: Money,
        erp: Money,
    },
    /// A price list import (P9), as previewed and confirmed.
    ImportPriceList(PriceListPlan),
    /// A subscription that exists at Microsoft already, as a reconciliation file shows it.
    AdoptSubscription(AdoptedSubscription),
    /// A correction (H2): the customer's most recent action, the event `seq`, taken back. Both
    /// stay in the history; every reader of it skips the undone event and what it set off.
    UndoAction {
        customer_id: String,
        seq: u64,
    },
    /// A customer without subscriptions taken out of the book (H3); its history stays.
    DeleteCustomer {
        customer_id: String,
    },
}

impl Command {
    /// The subscription a command acts on, when it acts on an existing one.
    pub fn target_subscription(&self) -> Option<&str> {
        match self {
            Command::ConvertTrial {
                subscription_id, ..
            }
            | Command::ChangeQuantity {
                subscription_id, ..
            }
            | Command::Cancel {
                subscription_id, ..
            }
            | Command::Suspend { subscription_id }
            | Command::CancelScheduledChange { subscription_id }
            | Command::ScheduleChange {
                subscription_id, ..
            }
            | Command::Reactivate { subscription_id }
            | Command::SetAutoRenew {
                subscription_id, ..
            }
            | Command::ChangeFrequency {
                subscription_id, ..
            }
            | Command::SetNickname {
                subscription_id, ..
            } => Some(subscription_id),
            Command::SignUpTrial { ids, .. }
            | Command::Purchase { ids, .. }
            | Command::BuyAddOn { ids, .. } => Some(&ids.subscription_id),
            Command::AdoptSubscription(adopted) => Some(&adopted.ids.subscription_id),
            _ => None,
        }
    }

    /// A short name of the action for the history.
    /// What the action did, as the history names it.
    pub fn action_label(&self) -> ActionLabel {
        match self {
            Command::CreateCustomer(_) => ActionLabel::CustomerCreated,
            Command::EditCustomer(_) => ActionLabel::CustomerEdited,
            Command::SignUpTrial { .. } => ActionLabel::TrialSignedUp,
            Command::ConvertTrial { .. } => ActionLabel::TrialConverted,
            Command::Purchase { .. } => ActionLabel::SubscriptionPurchased,
            Command::BuyAddOn { .. } => ActionLabel::AddOnPurchased,
            Command::ChangeQuantity { .. } => ActionLabel::LicensesChanged,
            Command::Cancel { order: None, .. } => ActionLabel::CancelledSuspended,
            Command::Cancel { .. } => ActionLabel::Cancelled,
            Command::Suspend { .. } => ActionLabel::Suspended,
            Command::ScheduleChange { .. } => ActionLabel::ChangeScheduled,
            Command::CancelScheduledChange { .. } => ActionLabel::ScheduledChangeRemoved,
            Command::Reactivate { .. } => ActionLabel::Reactivated,
            Command::SetAutoRenew { .. } => ActionLabel::AutoRenewChanged,
            Command::ChangeFrequency { .. } => ActionLabel::FrequencyChanged,
            Command::SetNickname { .. } => ActionLabel::NicknameSet,
            Command::ChangePrice { .. } => ActionLabel::ListPriceChanged,
            Command::ImportPriceList(_) => ActionLabel::PriceListImported,
            Command::AdoptSubscription(_) => ActionLabel::SubscriptionRecorded,
            Command::UndoAction { .. } => ActionLabel::ActionUndone,
            Command::DeleteCustomer { .. } => ActionLabel::CustomerDeleted,
        }
    }

    /// The action's label in English, for texts built around it.
    pub fn action_name(&self) -> &'static str {
        match self.action_label() {
            ActionLabel::CustomerCreated => "Customer created",
            ActionLabel::CustomerEdited => "Customer edited",
            ActionLabel::TrialSignedUp => "Trial signed up",
            ActionLabel::TrialConverted => "Trial converted to paid subscription",
            ActionLabel::SubscriptionPurchased => "Subscription purchased",
            ActionLabel::AddOnPurchased => "Add-on purchased",
            ActionLabel::LicensesChanged => "Licenses changed",
            ActionLabel::CancelledSuspended => "Subscription cancelled (suspended)",
            ActionLabel::Cancelled => "Subscription cancelled",
            ActionLabel::Suspended => "Subscription suspended",
            ActionLabel::ChangeScheduled => "Change scheduled for the renewal",
            ActionLabel::ScheduledChangeRemoved => "Scheduled change removed",
            ActionLabel::Reactivated => "Subscription reactivated",
            ActionLabel::AutoRenewChanged => "Auto-renew changed",
            ActionLabel::FrequencyChanged => "Billing frequency changed",
            ActionLabel::NicknameSet => "Nickname set",
            ActionLabel::ListPriceChanged => "List price changed",
            ActionLabel::PriceListImported => "Price list imported",
            ActionLabel::SubscriptionRecorded => "Existing subscription recorded",
            ActionLabel::ActionUndone => "Action undone",
            ActionLabel::CustomerDeleted => "Customer deleted",
        }
    }
}
