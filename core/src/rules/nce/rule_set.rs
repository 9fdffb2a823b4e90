//! The rule set of profile 2022: a recorded command translated into the new commerce action it
//! stands for, checked on the subscription as it stands today (after the day's automatic
//! events, N24) and on the customer's other subscriptions as they stand today (N26).

use super::checks::{check_action, check_creation, CheckContext as NceCheck};
use crate::base::rule_error::RuleError;
use crate::base::say::NceActionRefusal;
use crate::billing::derive::Derived;
use crate::billing::nce::action::{action_of, creation_of};
use crate::model::command::{AdoptedSubscription, Command};
use crate::model::nce::limits::OtherSubscription;
use crate::model::nce::offer::NceCatalog;
use crate::rules::context::{unknown_customer, Accepted, CheckContext};
use crate::rules::corrections::check_correction;
use crate::rules::customers::{check_customer_edit, check_new_customer};
use crate::rules::nickname::check_nickname_change;
use crate::rules::rule_set::RuleSet;

pub struct NceRules;

impl RuleSet for NceRules {
    fn check(&self, ctx: &CheckContext<'_>) -> Result<Vec<Accepted>, RuleError> {
        match ctx.command {
            Command::CreateCustomer(customer) => check_new_customer(ctx, customer),
            Command::EditCustomer(customer) => check_customer_edit(ctx, customer),
            Command::UndoAction { .. } | Command::DeleteCustomer { .. } => check_correction(ctx),
            Command::SetNickname {
                subscription_id,
                nickname,
            } => check_nickname_change(ctx, subscription_id, nickname),
            Command::ChangePrice { .. } | Command::ImportPriceList(_) => Err(RuleError::new(
                "N2",
                "New commerce prices come from the catalog's price rows per term and billing plan; a legacy price list does not apply to this book.",
            )
            .saying(NceActionRefusal::LegacyPricesDontApply)),
            Command::SignUpTrial { .. }
            | Command::Purchase { .. }
            | Command::BuyAddOn { .. }
            | Command::AdoptSubscription(_) => check_new_subscription(ctx),
            _ => check_existing(ctx),
        }
    }
}

/// The customer's subscriptions, other than `except`, as they stand in `state` (P5, T3, T4, N26).
fn others(state: &Derived, except: Option<&str>) -> Vec<OtherSubscription> {
    state
        .subscriptions
        .iter()
        .filter(|s| Some(s.id.as_str()) != except)
        .filter_map(|s| s.nce.as_deref().map(OtherSubscription::of))
        .collect()
}

fn check_new_subscription(ctx: &CheckContext<'_>) -> Result<Vec<Accepted>, RuleError> {
    let (ids, customer_id, base) = match ctx.command {
        Command::Purchase {
            term_plan: None, ..
        } => {
            return Err(
                RuleError::new("N1", "Choose a term and billing plan for the purchase.")
                    .saying(NceActionRefusal::ChooseTermAndPlan)
                    .at("term"),
            )
        }
        Command::Purchase {
            ids, customer_id, ..
        }
        | Command::SignUpTrial {
            ids, customer_id, ..
        } => (ids, customer_id.clone(), None),
        // N23: co-termed to the base's calendar as it stands today.
        Command::BuyAddOn { ids, parent_id, .. } => {
            let (_, parent) = ctx
                .subscription_state(parent_id)
                .map_err(|e| e.at("base"))?;
            let base = parent.nce.as_deref().and_then(|n| n.calendar());
            (ids, parent.customer_id, base)
        }
        // An adopted add-on's calendar is its base's as the file shows it.
        Command::AdoptSubscription(AdoptedSubscription {
            ids, customer_id, ..
        }) => (ids, customer_id.clone(), None),
        _ => return Err(unknown_customer()),
    };
    ctx.check_new_ids(ids)?;
    let state = ctx.customer_state(&customer_id)?;
    let creation = creation_of(ctx.command, base).ok_or_else(|| {
        RuleError::new(
            "A1",
            "The base subscription has no term to co-term with; choose an active subscription as the base.",
        )
.saying(NceActionRefusal::BaseHasNoTerm)
        .at("base")
    })?;
    let catalog = ctx.book.nce_catalog();
    let others = others(&state, None);
    let check = nce_check(&catalog, &state, &customer_id, &others)?;
    check_creation(&check, ctx.today, &creation)?;
    Ok(ctx.accepted(Some(&customer_id)))
}

fn check_existing(ctx: &CheckContext<'_>) -> Result<Vec<Accepted>, RuleError> {
    let Some(subscription_id) = ctx.command.target_subscription() else {
        return Err(RuleError::new("input", "That action needs a subscription.")
            .saying(NceActionRefusal::NeedsSubscription));
    };
    let (state, sub) = ctx.subscription_state(subscription_id)?;
    let action = action_of(ctx.command).ok_or_else(|| {
        RuleError::new(
            "input",
            "This action lacks the order ids or the term a new commerce subscription needs; try again.",
        )
.saying(NceActionRefusal::LacksOrderIds)
    })?;
    let view = sub.nce.as_deref().ok_or_else(|| {
        RuleError::new(
            "§7",
            "This subscription was not made under new commerce; start a new book for it.",
        )
        .saying(NceActionRefusal::NotNewCommerce)
    })?;
    let catalog = ctx.book.nce_catalog();
    let others = others(&state, Some(subscription_id));
    let check = nce_check(&catalog, &state, &sub.customer_id, &others)?;
    check_action(&check, view, ctx.today, &action)?;
    Ok(ctx.accepted(Some(&sub.customer_id)))
}

fn nce_check<'a>(
    catalog: &'a NceCatalog,
    state: &'a Derived,
    customer_id: &str,
    others: &'a [OtherSubscription],
) -> Result<NceCheck<'a>, RuleError> {
    let customer = state.customer(customer_id).ok_or_else(unknown_customer)?;
    Ok(NceCheck {
        catalog,
        country: &customer.country,
        others,
    })
}
