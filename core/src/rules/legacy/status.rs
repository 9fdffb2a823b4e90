//! What a subscription's status allows (SPEC §6): most actions need an active subscription.

use crate::base::rule_error::RuleError;
use crate::base::say::{LegacyAct, LegacyChangeRefusal};
use crate::model::subscription::{Status, SubscriptionView};

/// Refuses `what` under `rule` unless `sub` is active, saying how to get there.
pub(super) fn require_active(
    sub: &SubscriptionView,
    rule: &str,
    act: LegacyAct,
) -> Result<(), RuleError> {
    if sub.status == Status::Active {
        return Ok(());
    }
    let what = match act {
        LegacyAct::Cancel => "cancel it",
        LegacyAct::ChangeFrequency => "change its billing frequency",
        LegacyAct::ChangeLicenses => "change its licenses",
    };
    let hint = match sub.status {
        Status::Suspended => "reactivate it first",
        Status::Deleted | Status::Ended => "buy a new subscription instead",
        _ => "convert the trial first",
    };
    Err(RuleError::new(
        rule,
        format!(
            "The subscription is {}, so you can't {what}: {hint}.",
            sub.status.label().to_lowercase()
        ),
    )
    .saying(LegacyChangeRefusal::NotActive {
        state: sub.status.into(),
        act,
    }))
}
