//! Trials (SPEC T3–T6, T8, T11, T12): who may sign up for which trial, and what a trial may be
//! converted to.

use super::offers::{check_orderable, check_valid_for, Order};
use crate::base::dates::us_date;
use crate::base::rule_error::RuleError;
use crate::base::say::LegacyTrialRefusal;
use crate::billing::derive::Derived;
use crate::model::catalog::{LicenseAgreement, Offer};
use crate::model::command::NewIds;
use crate::model::customer::Customer;
use crate::model::subscription::{Status, SubscriptionView, TrialInfo};
use crate::rules::context::{unknown_customer, Accepted, CheckContext};

pub(super) fn check_sign_up(
    ctx: &CheckContext<'_>,
    ids: &NewIds,
    customer_id: &str,
    offer_id: &str,
) -> Result<Vec<Accepted>, RuleError> {
    let state = ctx.customer_state(customer_id)?;
    ctx.check_new_ids(ids)?;
    let offer = ctx.known_offer(offer_id)?;
    if !offer.is_trial() {
        return Err(RuleError::new(
            "T6",
            format!(
                "{} is not a trial offer; pick one on the catalog's Trials tab, or buy it.",
                offer.name
            ),
        )
        .saying(LegacyTrialRefusal::NotATrialOffer {
            offer: offer.name.clone(),
        }));
    }
    if offer.agreement != LicenseAgreement::Corporate {
        return Err(RuleError::new(
            "T5",
            "There are no trials for government or education offers; buy the offer instead.",
        )
        .saying(LegacyTrialRefusal::NoTrialsForAgreement));
    }
    let customer = state.customer(customer_id).ok_or_else(unknown_customer)?;
    if customer.country == "CN" {
        return Err(RuleError::new(
            "T5",
            "Trials are not available to customers in China; buy the offer instead.",
        )
        .saying(LegacyTrialRefusal::NoTrialsInChina));
    }
    check_valid_for(ctx, &state, offer, customer_id)?;
    check_first_trial(&state, customer, offer)?;
    check_not_owned(ctx, &state, customer, offer)?;
    Ok(ctx.accepted(Some(customer_id)))
}

/// T3: one trial per offer and customer, ever.
fn check_first_trial(state: &Derived, customer: &Customer, offer: &Offer) -> Result<(), RuleError> {
    let earlier = state
        .subscriptions_of(&customer.id)
        .find_map(|s| s.trial.as_ref().filter(|t| t.offer_id == offer.id));
    match earlier {
        Some(trial) => Err(RuleError::new(
            "T3",
            format!("{} already had this trial (started {}); a customer gets one trial per offer, ever, so buy the offer instead.", customer.company_name, us_date(trial.started)),
        )
.saying(LegacyTrialRefusal::TrialAlreadyHad { customer: customer.company_name.clone(), started: trial.started })),
        None => Ok(()),
    }
}

/// T4: no trial of an offer the customer owns, bought or converted.
fn check_not_owned(
    ctx: &CheckContext<'_>,
    state: &Derived,
    customer: &Customer,
    offer: &Offer,
) -> Result<(), RuleError> {
    let held_targets = || {
        state
            .subscriptions_of(&customer.id)
            .filter(|s| s.status.is_held() && offer.conversion_targets.contains(&s.offer_id))
    };
    if let Some(owned) = held_targets().find(|s| s.trial.is_none()) {
        let name = ctx
            .catalog()
            .offer(&owned.offer_id)
            .map(|o| o.name.clone())
            .unwrap_or_default();
        return Err(RuleError::new(
            "T4",
            format!("{} already owns {name}, so it can't get its trial; add licenses to the existing subscription instead.", customer.company_name),
        )
.saying(LegacyTrialRefusal::OwnsTargetAlready { customer: customer.company_name.clone(), owned: name }));
    }
    if held_targets().any(|s| s.trial.is_some()) {
        return Err(RuleError::new(
            "T4",
            format!(
                "{} already owns this offer, so it can't get its trial; add licenses instead.",
                customer.company_name
            ),
        )
        .saying(LegacyTrialRefusal::OwnsOfferAlready {
            customer: customer.company_name.clone(),
        }));
    }
    Ok(())
}

/// T8, T11, T12: a running trial converts to one of its conversion targets, which must be
/// orderable like a purchase.
pub(super) fn check_conversion(
    ctx: &CheckContext<'_>,
    subscription_id: &str,
    order: &Order<'_>,
) -> Result<Vec<Accepted>, RuleError> {
    let (state, sub) = ctx.subscription_state(subscription_id)?;
    let trial = convertible_trial(&sub)?;
    let trial_offer = ctx.known_offer(&trial.offer_id)?;
    check_conversion_target(ctx, &sub, trial, trial_offer, order.offer_id)?;
    let target = ctx.known_offer(order.offer_id)?;
    // The trial itself does not count against the target's limit.
    let others = Derived {
        subscriptions: state
            .subscriptions
            .iter()
            .filter(|s| s.id != sub.id)
            .cloned()
            .collect(),
        ..state.clone()
    };
    check_orderable(ctx, &others, &sub.customer_id, target, order)?;
    Ok(ctx.accepted(Some(&sub.customer_id)))
}

/// T8: only a trial not converted yet.
fn convertible_trial(sub: &SubscriptionView) -> Result<&TrialInfo, RuleError> {
    let Some(trial) = sub.trial.as_ref() else {
        return Err(RuleError::new(
            "T8",
            "Only a trial can be converted; this is a paid subscription.",
        )
        .saying(LegacyTrialRefusal::OnlyTrialConverts));
    };
    if let Some(on) = trial.converted_on {
        return Err(RuleError::new(
            "T8",
            format!(
                "This trial was converted on {} already; manage the paid subscription instead.",
                us_date(on)
            ),
        )
        .saying(LegacyTrialRefusal::ConvertedAlready { on }));
    }
    Ok(trial)
}

/// T11, T12, T8: an expired trial can't convert, one without targets neither, and the target
/// must be one of the trial offer's.
fn check_conversion_target(
    ctx: &CheckContext<'_>,
    sub: &SubscriptionView,
    trial: &TrialInfo,
    trial_offer: &Offer,
    target_offer_id: &str,
) -> Result<(), RuleError> {
    if sub.status == Status::Expired {
        let restore_names = ctx.offer_name_list(if trial_offer.conversion_targets.is_empty() {
            &trial_offer.compatible_offers
        } else {
            &trial_offer.conversion_targets
        });
        let restore = restore_names.join(", ");
        return Err(RuleError::new(
            "T11",
            format!("The trial expired on {} and can't be converted or reactivated; buy {restore} to restore the customer's data.", us_date(trial.expires)),
        )
.saying(LegacyTrialRefusal::TrialExpired { expired: trial.expires, restore: restore_names }));
    }
    if trial_offer.conversion_targets.is_empty() {
        return Err(RuleError::new(
            "T12",
            format!("{} has no conversion target; buy a compatible offer ({}) before the trial ends on {}.",
                trial_offer.name, ctx.offer_names(&trial_offer.compatible_offers), us_date(trial.expires)),
        )
.saying(LegacyTrialRefusal::NoConversionTarget { trial: trial_offer.name.clone(), compatible: ctx.offer_name_list(&trial_offer.compatible_offers), ends: trial.expires }));
    }
    if !trial_offer
        .conversion_targets
        .iter()
        .any(|t| t == target_offer_id)
    {
        return Err(RuleError::new(
            "T8",
            format!(
                "{} converts only to {}; pick one of those.",
                trial_offer.name,
                ctx.offer_names(&trial_offer.conversion_targets)
            ),
        )
        .saying(LegacyTrialRefusal::ConvertsOnlyTo {
            trial: trial_offer.name.clone(),
            targets: ctx.offer_name_list(&trial_offer.conversion_targets),
        })
        .at("target"));
    }
    Ok(())
}
