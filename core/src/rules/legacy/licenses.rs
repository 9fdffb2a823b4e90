//! License changes (SPEC T2, C5, P6): an active paid subscription, a quantity in the offer's
//! range, and a real change.

use super::offers::check_seats;
use super::status::require_active;
use crate::base::rule_error::RuleError;
use crate::base::say::{LegacyAct, LegacyChangeRefusal};
use crate::rules::context::{Accepted, CheckContext};

pub(super) fn check_license_change(
    ctx: &CheckContext<'_>,
    subscription_id: &str,
    quantity: u32,
) -> Result<Vec<Accepted>, RuleError> {
    let (_, sub) = ctx.subscription_state(subscription_id)?;
    if sub.is_trial() {
        return Err(RuleError::new(
            "T2",
            "A trial has exactly 25 licenses that can't change; convert it to a paid subscription to choose the quantity.",
        )
.saying(LegacyChangeRefusal::TrialLicensesFixed).at("quantity"));
    }
    require_active(&sub, "C5", LegacyAct::ChangeLicenses)?;
    let offer = ctx.known_offer(&sub.offer_id)?;
    check_seats(offer, quantity)?;
    if quantity == sub.quantity {
        return Err(RuleError::new(
            "C5",
            format!(
                "The subscription already has {} licenses; enter a different quantity.",
                sub.quantity
            ),
        )
        .saying(LegacyChangeRefusal::LicensesAlready {
            quantity: sub.quantity,
        })
        .at("quantity"));
    }
    Ok(ctx.accepted(Some(&sub.customer_id)))
}
