//! Purchases and add-ons (SPEC P4, A1, A2, with the catalog's rules of `offers`), and the
//! nickname a subscription can carry.

use super::offers::{check_orderable, Order};
use crate::base::rule_error::RuleError;
use crate::base::say::LegacyPurchaseRefusal;
use crate::model::command::NewIds;
use crate::model::subscription::Status;
use crate::rules::context::{Accepted, CheckContext};
use crate::rules::nickname::check_nickname;

pub(super) fn check_purchase(
    ctx: &CheckContext<'_>,
    ids: &NewIds,
    customer_id: &str,
    order: &Order<'_>,
    nickname: Option<&str>,
) -> Result<Vec<Accepted>, RuleError> {
    let state = ctx.customer_state(customer_id)?;
    ctx.check_new_ids(ids)?;
    let offer = ctx.known_offer(order.offer_id)?;
    if offer.is_trial() {
        return Err(RuleError::new(
            "T6",
            format!("{} is a trial offer: sign up for it on the catalog's Trials tab (billing frequency \"Trial offer\").", offer.name),
        )
.saying(LegacyPurchaseRefusal::IsTrialOffer { offer: offer.name.clone() }));
    }
    if offer.is_add_on() {
        return Err(RuleError::new(
            "P4",
            format!("{} is an add-on: buy it on the page of an active subscription of one of its prerequisite offers.", offer.name),
        )
.saying(LegacyPurchaseRefusal::IsAddOnBuyOnBase { offer: offer.name.clone() }));
    }
    check_orderable(ctx, &state, customer_id, offer, order)?;
    if let Some(nickname) = nickname {
        check_nickname(nickname)?;
    }
    Ok(ctx.accepted(Some(customer_id)))
}

/// A1, A2: an add-on goes on an active base of one of its prerequisites, billed as the base.
pub(super) fn check_add_on(
    ctx: &CheckContext<'_>,
    ids: &NewIds,
    parent_id: &str,
    offer_id: &str,
    quantity: u32,
) -> Result<Vec<Accepted>, RuleError> {
    let (state, parent) = ctx.subscription_state(parent_id)?;
    ctx.check_new_ids(ids)?;
    let offer = ctx.known_offer(offer_id)?;
    if !offer.is_add_on() {
        return Err(RuleError::new(
            "P4",
            format!("{} is not an add-on: buy it from the catalog.", offer.name),
        )
        .saying(LegacyPurchaseRefusal::NotAnAddOn {
            offer: offer.name.clone(),
        }));
    }
    if parent.status != Status::Active || parent.parent_id.is_some() {
        return Err(RuleError::new(
            "A1",
            "An add-on needs an active base subscription: reactivate the base first, or buy the add-on on another active base subscription.",
        )
.saying(LegacyPurchaseRefusal::AddOnNeedsActiveBase));
    }
    if !offer.prerequisites.contains(&parent.offer_id) {
        return Err(RuleError::new(
            "A1",
            format!(
                "{} needs a base subscription of {}; buy it on one of those.",
                offer.name,
                ctx.offer_names(&offer.prerequisites)
            ),
        )
        .saying(LegacyPurchaseRefusal::AddOnNeedsBaseOf {
            offer: offer.name.clone(),
            bases: ctx.offer_name_list(&offer.prerequisites),
        }));
    }
    let order = Order {
        offer_id,
        quantity,
        frequency: parent.frequency,
    };
    check_orderable(ctx, &state, &parent.customer_id, offer, &order)?;
    Ok(ctx.accepted(Some(&parent.customer_id)))
}
