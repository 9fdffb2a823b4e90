//! Cancellation, which legacy CSP calls suspension, and reactivation (SPEC T1, C8, C10, A1);
//! add-ons follow their base.

use super::add_ons::with_add_ons;
use super::status::require_active;
use crate::base::dates::{add_days, us_date};
use crate::base::rule_error::RuleError;
use crate::base::say::{LegacyAct, LegacyChangeRefusal};
use crate::billing::derive::Derived;
use crate::billing::legacy::REACTIVATION_DAYS;
use crate::model::subscription::{Status, SubscriptionView};
use crate::rules::context::{Accepted, CheckContext};
use chrono::NaiveDate;

pub(super) fn check_cancel(
    ctx: &CheckContext<'_>,
    subscription_id: &str,
) -> Result<Vec<Accepted>, RuleError> {
    let (state, sub) = ctx.subscription_state(subscription_id)?;
    if sub.is_trial() {
        return Err(RuleError::new(
            "T1",
            "A trial is never billed and can't be cancelled: it ends by itself on its expiry date.",
        )
        .saying(LegacyChangeRefusal::TrialCannotBeCancelled));
    }
    require_active(&sub, "C8", LegacyAct::Cancel)?;
    Ok(with_add_ons(ctx, &state, &sub))
}

pub(super) fn check_reactivation(
    ctx: &CheckContext<'_>,
    subscription_id: &str,
) -> Result<Vec<Accepted>, RuleError> {
    let (state, sub) = ctx.subscription_state(subscription_id)?;
    require_suspended(&sub)?;
    if let Some(term) = sub.term.filter(|t| ctx.today > t.end) {
        return Err(RuleError::new(
            "C10",
            format!("The subscription's term ended on {} while it was suspended; buy a new subscription.", us_date(term.end)),
        )
.saying(LegacyChangeRefusal::TermEndedWhileSuspended { end: term.end }));
    }
    require_active_base(&state, &sub)?;
    Ok(with_add_ons(ctx, &state, &sub))
}

/// C10: only a suspended subscription comes back, and only until it is deleted.
fn require_suspended(sub: &SubscriptionView) -> Result<(), RuleError> {
    match sub.status {
        Status::Suspended => Ok(()),
        Status::Deleted => {
            let since = sub
                .suspended_on
                .map(|s| us_date(deletion_day(s)))
                .unwrap_or_default();
            Err(RuleError::new(
                "C10",
                format!("The subscription was deleted on {since}, more than 90 days after its cancellation, and can't come back; buy a new subscription."),
            )
.saying(LegacyChangeRefusal::DeletedCannotComeBack { deleted_on: sub.suspended_on.map(deletion_day) }))
        }
        other => Err(RuleError::new(
            "C10",
            format!(
                "Only a suspended subscription can be reactivated; this one is {}.",
                other.label().to_lowercase()
            ),
        )
        .saying(LegacyChangeRefusal::OnlySuspendedReactivates {
            state: other.into(),
        })),
    }
}

/// The day a subscription suspended on `suspended_on` is deleted (C10).
fn deletion_day(suspended_on: NaiveDate) -> NaiveDate {
    add_days(suspended_on, REACTIVATION_DAYS + 1)
}

/// A1: an add-on comes back only on an active base.
fn require_active_base(state: &Derived, sub: &SubscriptionView) -> Result<(), RuleError> {
    let base = sub.parent_id.as_deref().and_then(|p| state.subscription(p));
    if base.is_some_and(|b| b.status != Status::Active) {
        return Err(RuleError::new(
            "A1",
            "An add-on needs an active base subscription: reactivate the base subscription first.",
        )
        .saying(LegacyChangeRefusal::ReactivateBaseFirst));
    }
    Ok(())
}
