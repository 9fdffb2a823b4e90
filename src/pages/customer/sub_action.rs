//! The actions a subscription's panel offers, named as its buttons read.

use partnerdesk_core::model::subscription::{Status, SubscriptionView};
use partnerdesk_l10n::CustomerText;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubAction {
    Convert,
    AddOn,
    Quantity,
    Cancel,
    Reactivate,
    AutoRenew,
    Frequency,
    Nickname,
    /// New commerce: suspend, keeping billing (N16).
    Suspend,
    /// New commerce: the next term, or what a trial converts into (N17, N20).
    ScheduleChange,
    RemoveScheduledChange,
    /// New commerce: a three-year term's billing plan (N21).
    BillingPlan,
}

impl SubAction {
    /// The button that opens the action's form.
    pub fn label(self, sub: &SubscriptionView) -> CustomerText {
        match self {
            SubAction::Convert => CustomerText::ConvertTrial,
            SubAction::AddOn => CustomerText::AddAddOn,
            SubAction::Quantity if sub.nce.is_some() => CustomerText::ChangeSeats,
            SubAction::Quantity => CustomerText::ChangeLicenses,
            SubAction::Cancel => CustomerText::CancelSubscription,
            SubAction::Reactivate => CustomerText::ReactivateSubscription,
            SubAction::AutoRenew if sub.auto_renew => CustomerText::AutoRenewOff,
            SubAction::AutoRenew => CustomerText::AutoRenewOn,
            SubAction::Frequency => CustomerText::ChangeFrequency,
            SubAction::Nickname => CustomerText::SetNickname,
            SubAction::Suspend => CustomerText::SuspendSubscription,
            SubAction::ScheduleChange if sub.status == Status::Trial => {
                CustomerText::ScheduleConversion
            }
            SubAction::ScheduleChange => CustomerText::ScheduleRenewalChange,
            SubAction::RemoveScheduledChange => CustomerText::RemoveScheduledChange,
            SubAction::BillingPlan => CustomerText::ChangeBillingPlan,
        }
    }
}
