//! May this action happen on this day? One answer per partner action, naming the rule and the
//! way out when it is no. Rules-level: reads the replay's view, changes nothing.

use super::checks_adoption::check_adoption;
use super::checks_changes::{
    check_auto_renew, check_cancel, check_plan_change, check_quantity, check_reactivate,
    check_schedule, check_suspend,
};
use super::checks_creation::{check_add_on, check_conversion, check_purchase, check_trial_sign_up};
use crate::base::rule_error::RuleError;
use crate::base::say::NceActionRefusal;
use crate::billing::nce::action::{Creation, NceAction};
pub use crate::model::nce::limits::{CheckContext, OtherSubscription};
use crate::model::nce::subscription::NceSubscription;
use chrono::NaiveDate;

/// Checks an action that makes a subscription.
pub fn check_creation(
    ctx: &CheckContext,
    day: NaiveDate,
    creation: &Creation,
) -> Result<(), RuleError> {
    match creation {
        Creation::Purchase {
            offer_id,
            term_plan,
            quantity,
            ..
        } => check_purchase(ctx, day, offer_id, *term_plan, *quantity),
        Creation::AddOn {
            offer_id,
            quantity,
            base_subscription_id,
            base,
            ..
        } => check_add_on(ctx, day, offer_id, *quantity, base_subscription_id, base),
        Creation::TrialSignUp { offer_id, .. } => check_trial_sign_up(ctx, day, offer_id),
        Creation::Adopt(adopted) => check_adoption(ctx, day, adopted),
    }
}

/// Checks an action on the subscription `view`, as it stands after the day's automatic events.
pub fn check_action(
    ctx: &CheckContext,
    view: &NceSubscription,
    day: NaiveDate,
    action: &NceAction,
) -> Result<(), RuleError> {
    match action {
        NceAction::ChangeQuantity { quantity, .. } => check_quantity(ctx, view, day, *quantity),
        NceAction::Cancel { .. } => check_cancel(view, day),
        NceAction::Suspend => check_suspend(view),
        NceAction::Reactivate => check_reactivate(view),
        NceAction::SetAutoRenew { on } => check_auto_renew(ctx, view, day, *on),
        NceAction::ScheduleChange(change) => check_schedule(ctx, view, day, change),
        NceAction::CancelScheduledChange => match view.scheduled_change {
            Some(_) => Ok(()),
            None => Err(
                RuleError::new("N17", "There is no scheduled change to cancel.")
                    .saying(NceActionRefusal::NoScheduledChange),
            ),
        },
        NceAction::ChangeBillingPlan { plan, .. } => check_plan_change(ctx, view, day, *plan),
        NceAction::ConvertTrial {
            target_offer_id,
            term_plan,
            quantity,
            ..
        } => check_conversion(ctx, view, day, target_offer_id, *term_plan, *quantity),
    }
}
