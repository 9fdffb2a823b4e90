//! The actions a subscription's panel offers, named as its buttons read.

use partnerdesk_core::model::subscription::{Status, SubscriptionView};

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
    pub fn label(self, sub: &SubscriptionView) -> &'static str {
        match self {
            SubAction::Convert => "Convert trial to paid subscription",
            SubAction::AddOn => "Add an add-on",
            SubAction::Quantity if sub.nce.is_some() => "Change seats",
            SubAction::Quantity => "Change licenses",
            SubAction::Cancel => "Cancel subscription",
            SubAction::Reactivate => "Reactivate subscription",
            SubAction::AutoRenew if sub.auto_renew => "Turn auto-renew off",
            SubAction::AutoRenew => "Turn auto-renew on",
            SubAction::Frequency => "Change billing frequency",
            SubAction::Nickname => "Set nickname",
            SubAction::Suspend => "Suspend subscription",
            SubAction::ScheduleChange if sub.status == Status::Trial => "Schedule the conversion",
            SubAction::ScheduleChange => "Schedule a change for the renewal",
            SubAction::RemoveScheduledChange => "Remove the scheduled change",
            SubAction::BillingPlan => "Change billing plan",
        }
    }
}
