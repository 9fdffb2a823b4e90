//! Checks of the actions that make or convert a subscription: purchase (N8), add-on (N23, N34),
//! trial sign-up (N18, T3–T5) and immediate conversion (N19).

use crate::base::dates::us_date;
use crate::base::rule_error::RuleError;
use crate::base::say::NceOrderRefusal;
use crate::billing::nce::replay_start::TRIAL_SEATS;
use crate::model::nce::limits::{
    orderable, owns_target_already, within_offer_limit, within_seat_limits, CheckContext,
};
use crate::model::nce::offer::{NceOffer, OfferKind};
use crate::model::nce::order::BaseCalendar;
use crate::model::nce::subscription::NceSubscription;
use crate::model::nce::term::TermPlan;
use crate::model::status::Status;
use chrono::NaiveDate;

fn priced(
    ctx: &CheckContext,
    offer: &NceOffer,
    term_plan: TermPlan,
    day: NaiveDate,
) -> Result<(), RuleError> {
    ctx.catalog
        .prices
        .require(&offer.id(), &offer.sku_name, term_plan, day)
        .map(|_| ())
}

pub(super) fn check_purchase(
    ctx: &CheckContext,
    day: NaiveDate,
    offer_id: &str,
    term_plan: TermPlan,
    quantity: u32,
) -> Result<(), RuleError> {
    let offer = ctx.catalog.known_offer(offer_id)?;
    match offer.kind {
        OfferKind::Trial => {
            let text = format!(
                "{} is a trial: sign the customer up for it instead of buying it.",
                offer.sku_name
            );
            return Err(RuleError::new("N8", text)
                .saying(NceOrderRefusal::TrialNotBought {
                    offer: offer.sku_name.clone(),
                })
                .at("offer"));
        }
        OfferKind::AddOn => {
            let text = format!(
                "{} is an add-on: buy it from the page of the customer's subscription it adds to.",
                offer.sku_name
            );
            return Err(RuleError::new("N23", text)
                .saying(NceOrderRefusal::AddOnFromBase {
                    offer: offer.sku_name.clone(),
                })
                .at("offer"));
        }
        OfferKind::Base => {}
    }
    orderable(ctx, offer, day)?;
    priced(ctx, offer, term_plan, day)?;
    within_seat_limits(ctx, offer, quantity, None)?;
    within_offer_limit(ctx, offer)
}

pub(super) fn check_add_on(
    ctx: &CheckContext,
    day: NaiveDate,
    offer_id: &str,
    quantity: u32,
    base_id: &str,
    base: &BaseCalendar,
) -> Result<(), RuleError> {
    let offer = ctx.catalog.known_offer(offer_id)?;
    if offer.kind != OfferKind::AddOn {
        let text = format!(
            "{} is not an add-on; buy it from the catalog.",
            offer.sku_name
        );
        return Err(RuleError::new("N23", text)
            .saying(NceOrderRefusal::NotAnAddOn {
                offer: offer.sku_name.clone(),
            })
            .at("offer"));
    }
    let base_sub = ctx.others.iter().find(|o| o.subscription_id == base_id);
    let fits = base_sub
        .is_some_and(|b| b.status == Status::Active && offer.prerequisites.contains(&b.offer_id));
    if !fits {
        let text = format!(
            "{} needs an active subscription of one of the offers it adds to; choose such a subscription as its base.",
            offer.sku_name
        );
        return Err(RuleError::new("A1", text)
            .saying(NceOrderRefusal::AddOnNeedsActiveBase {
                offer: offer.sku_name.clone(),
            })
            .at("base"));
    }
    orderable(ctx, offer, day)?;
    if ctx
        .catalog
        .prices
        .in_force(offer_id, base.term_plan, day)
        .is_none()
    {
        let text = format!(
            "{} is not sold as {}, the base's term and billing; it cannot be co-termed with this base.",
            offer.sku_name,
            base.term_plan.label()
        );
        return Err(RuleError::new("N1", text)
            .saying(NceOrderRefusal::NotCoTermed {
                offer: offer.sku_name.clone(),
                term_plan: base.term_plan.into(),
            })
            .at("base"));
    }
    within_seat_limits(ctx, offer, quantity, None)?;
    within_offer_limit(ctx, offer)
}

pub(super) fn check_trial_sign_up(
    ctx: &CheckContext,
    day: NaiveDate,
    offer_id: &str,
) -> Result<(), RuleError> {
    let trial = ctx.catalog.known_offer(offer_id)?;
    if trial.kind != OfferKind::Trial {
        let text = format!("{} is not a trial; buy it instead.", trial.sku_name);
        return Err(RuleError::new("N18", text)
            .saying(NceOrderRefusal::NotATrial {
                offer: trial.sku_name.clone(),
            })
            .at("offer"));
    }
    if ctx.country == "CN" {
        return Err(
            RuleError::new("T5", "Trials are not offered to customers in China.")
                .saying(NceOrderRefusal::NoTrialsInChina)
                .at("offer"),
        );
    }
    orderable(ctx, trial, day)?;
    let had_it = ctx.others.iter().any(|o| {
        o.offer_id == trial.id() || o.trial_offer_id.as_deref() == Some(trial.id().as_str())
    });
    if had_it {
        let text = format!(
            "The customer has already had {}; each trial is offered once.",
            trial.sku_name
        );
        return Err(RuleError::new("T3", text)
            .saying(NceOrderRefusal::TrialHadBefore {
                offer: trial.sku_name.clone(),
            })
            .at("offer"));
    }
    for target in trial
        .conversion_targets
        .iter()
        .filter_map(|t| ctx.catalog.offer(t))
    {
        owns_target_already(ctx, target)?;
    }
    Ok(())
}

pub(super) fn check_conversion(
    ctx: &CheckContext,
    view: &NceSubscription,
    day: NaiveDate,
    target_id: &str,
    term_plan: TermPlan,
    quantity: u32,
) -> Result<(), RuleError> {
    if view.status != Status::Trial {
        return Err(
            RuleError::new("N19", "Only a trial in progress can be converted.")
                .saying(NceOrderRefusal::OnlyTrialInProgressConverts),
        );
    }
    let trial = ctx.catalog.known_offer(&view.offer_id)?;
    if !trial.conversion_targets.iter().any(|t| t == target_id) {
        let text = format!(
            "{} converts only into its listed offers; choose one of them, or buy the other offer separately.",
            trial.sku_name
        );
        return Err(RuleError::new("N19", text)
            .saying(NceOrderRefusal::ConvertsOnlyListed {
                trial: trial.sku_name.clone(),
            })
            .at("offer"));
    }
    let target = ctx.catalog.known_offer(target_id)?;
    orderable(ctx, target, day)?;
    priced(ctx, target, term_plan, day)?;
    if quantity < TRIAL_SEATS {
        let text = format!(
            "A conversion keeps at least {TRIAL_SEATS} seats. Enter {TRIAL_SEATS} or more, or schedule a smaller conversion for {}.",
            us_date(view.renewal_day())
        );
        return Err(RuleError::new("N19", text)
            .saying(NceOrderRefusal::ConversionKeepsSeats {
                seats: TRIAL_SEATS,
                renewal: view.renewal_day(),
            })
            .at("quantity"));
    }
    within_seat_limits(ctx, target, quantity, None)?;
    owns_target_already(ctx, target)
}
