//! Renewal and billing frequency (SPEC T7, T13, C11, C12, A2, P2): auto-renew on or off, and a
//! change of frequency where the profile allows it; add-ons follow their base.

use super::add_ons::with_add_ons;
use super::status::require_active;
use crate::base::rule_error::RuleError;
use crate::base::say::{LegacyAct, LegacyPurchaseRefusal, LegacyRenewalRefusal};
use crate::billing::legacy::profile::LegacyProfile;
use crate::model::catalog::BillingFrequency;
use crate::rules::context::{Accepted, CheckContext};

pub(super) fn check_auto_renew(
    ctx: &CheckContext<'_>,
    subscription_id: &str,
    on: bool,
) -> Result<Vec<Accepted>, RuleError> {
    let (_, sub) = ctx.subscription_state(subscription_id)?;
    if sub.is_trial() {
        return Err(RuleError::new(
            "T7",
            "A trial never renews or converts by itself: convert it to a paid subscription first.",
        )
        .saying(LegacyRenewalRefusal::TrialNeverRenews));
    }
    if !sub.status.is_held() {
        return Err(RuleError::new(
            "C11",
            format!(
                "The subscription is {}; only active or suspended subscriptions can renew.",
                sub.status.label().to_lowercase()
            ),
        )
        .saying(LegacyRenewalRefusal::CannotRenewWhen {
            state: sub.status.into(),
        }));
    }
    if sub.auto_renew == on {
        return Err(RuleError::new(
            "C11",
            format!("Auto-renew is already {}.", if on { "on" } else { "off" }),
        )
        .saying(LegacyRenewalRefusal::AutoRenewAlready { on }));
    }
    Ok(ctx.accepted(Some(&sub.customer_id)))
}

pub(super) fn check_frequency_change(
    ctx: &CheckContext<'_>,
    profile: &dyn LegacyProfile,
    subscription_id: &str,
    frequency: BillingFrequency,
) -> Result<Vec<Accepted>, RuleError> {
    let (state, sub) = ctx.subscription_state(subscription_id)?;
    if sub.is_trial() {
        return Err(RuleError::new(
            "T13",
            "A trial has no billing frequency to change; choose the frequency when you convert it.",
        )
        .saying(LegacyRenewalRefusal::TrialHasNoFrequency));
    }
    if !profile.frequency_can_change() {
        return Err(RuleError::new(
            "C12",
            "Under the 2017 rules the billing frequency can't change after purchase; buy a new subscription with the other frequency.",
        )
.saying(LegacyRenewalRefusal::FrequencyFixed2017));
    }
    if sub.parent_id.is_some() {
        return Err(RuleError::new(
            "A2",
            "An add-on always has its parent's billing frequency; change the parent's frequency instead.",
        )
.saying(LegacyRenewalRefusal::AddOnFollowsParent));
    }
    require_active(&sub, "C12", LegacyAct::ChangeFrequency)?;
    if sub.frequency == Some(frequency) {
        return Err(RuleError::new(
            "C12",
            format!(
                "The subscription is billed {} already.",
                frequency.label().to_lowercase()
            ),
        )
        .saying(LegacyRenewalRefusal::BilledAlready {
            cadence: frequency.into(),
        })
        .at("frequency"));
    }
    let offer = ctx.known_offer(&sub.offer_id)?;
    if !offer.allows(frequency) {
        return Err(RuleError::new(
            "P2",
            format!(
                "{} can't be billed {}.",
                offer.name,
                frequency.label().to_lowercase()
            ),
        )
        .saying(LegacyPurchaseRefusal::CannotBeBilled {
            offer: offer.name.clone(),
            cadence: frequency.into(),
        })
        .at("frequency"));
    }
    Ok(with_add_ons(ctx, &state, &sub))
}
