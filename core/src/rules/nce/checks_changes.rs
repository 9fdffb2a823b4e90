//! Checks of the changes to a subscription that exists: seats (N13, N14), cancellation (N15),
//! suspension (N16), auto-renew (N11, N18), scheduled changes (N17, N32) and plan changes (N21).

use crate::base::dates::us_date;
use crate::base::rule_error::RuleError;
use crate::base::say::{NceLifecycleRefusal, NcePlanRefusal, NceSeatsRefusal};
use crate::model::nce::limits::{within_seat_limits, CheckContext};
use crate::model::nce::order::ScheduledChange;
use crate::model::nce::subscription::NceSubscription;
use crate::model::nce::term::{BillingPlan, Term, TermPlan};
use crate::model::status::Status;
use chrono::NaiveDate;

/// N21, N33: mid-term plan changes of three-year terms were blocked from 4/1/2025 [BFC].
fn plan_change_cutoff() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 4, 1).expect("a date")
}

fn ended(view: &NceSubscription) -> String {
    format!(
        "This subscription is {}; buy a new one to continue.",
        view.status.label().to_lowercase()
    )
}

pub(super) fn check_quantity(
    ctx: &CheckContext,
    view: &NceSubscription,
    day: NaiveDate,
    quantity: u32,
) -> Result<(), RuleError> {
    let rule = if quantity > view.seats { "N13" } else { "N14" };
    match view.status {
        Status::Active => {}
        Status::Trial => {
            let text = "A trial keeps its 25 seats; convert it to change the number of seats.";
            return Err(RuleError::new("N18", text)
                .saying(NceSeatsRefusal::TrialKeepsSeats)
                .at("quantity"));
        }
        Status::Suspended => {
            let text =
                "Seats cannot change while the subscription is suspended; reactivate it first.";
            return Err(RuleError::new(rule, text)
                .saying(NceSeatsRefusal::SeatsWhileSuspended)
                .at("quantity"));
        }
        _ => {
            return Err(RuleError::new(rule, ended(view))
                .saying(NceLifecycleRefusal::Ended {
                    state: view.status.into(),
                })
                .at("quantity"))
        }
    }
    if quantity == view.seats {
        let text =
            format!("The subscription already has {quantity} seats; enter a different number.");
        return Err(RuleError::new(rule, text)
            .saying(NceSeatsRefusal::SeatsAlready { quantity })
            .at("quantity"));
    }
    let offer = ctx.catalog.known_offer(&view.offer_id)?;
    if quantity > view.seats {
        return within_seat_limits(ctx, offer, quantity, Some(&view.subscription_id));
    }
    if quantity == 0 {
        let text = format!(
            "A subscription keeps at least 1 seat; to stop it, cancel it (until {}) or turn off auto-renew.",
            view.last_cancel_day().map_or(String::new(), us_date)
        );
        return Err(RuleError::new("N14", text)
            .saying(NceSeatsRefusal::KeepsOneSeat {
                last_cancel: view.last_cancel_day(),
            })
            .at("quantity"));
    }
    within_seat_limits(ctx, offer, quantity, Some(&view.subscription_id))?;
    check_reducible(view, day, view.seats - quantity)
}

/// N14: only seats whose 7-day window is open on `day` can go.
fn check_reducible(view: &NceSubscription, day: NaiveDate, fewer: u32) -> Result<(), RuleError> {
    let reducible = view.reducible_seats(day);
    if fewer <= reducible {
        return Ok(());
    }
    let renewal_day = view.renewal_day();
    let renewal = us_date(renewal_day);
    let (text, say) = if reducible == 0 {
        let last_closed = view
            .batches
            .iter()
            .map(|b| b.last_reducible_day())
            .filter(|d| *d < day)
            .max();
        let text = format!(
            "Seats can only be reduced within 7 days of being added; the last such day for these seats was {}. Schedule the lower quantity for the renewal on {renewal} instead.",
            last_closed.map_or(String::from("before today"), us_date)
        );
        let say = NceSeatsRefusal::ReduceWindowClosed {
            last_closed,
            renewal: renewal_day,
        };
        (text, say)
    } else {
        let until = view
            .batches
            .iter()
            .filter(|b| b.is_open_on(day))
            .map(|b| b.last_reducible_day())
            .max();
        let text = format!(
            "Only {reducible} seats can be removed on {} (seats added in the last 7 days, until {}). Remove at most {reducible}, or schedule the lower quantity for the renewal on {renewal}.",
            us_date(day),
            until.map_or(String::new(), us_date)
        );
        let say = NceSeatsRefusal::OnlySomeSeatsRemovable {
            reducible,
            day,
            until,
            renewal: renewal_day,
        };
        (text, say)
    };
    Err(RuleError::new("N14", text).saying(say).at("quantity"))
}

pub(super) fn check_cancel(view: &NceSubscription, day: NaiveDate) -> Result<(), RuleError> {
    match view.status {
        Status::Active | Status::Suspended => {}
        Status::Trial => {
            let text =
                "A trial is not cancelled: turn off its auto-renew and it ends after its 30 days.";
            return Err(RuleError::new("N18", text).saying(NceSeatsRefusal::TrialNotCancelled));
        }
        _ => {
            return Err(
                RuleError::new("N15", ended(view)).saying(NceLifecycleRefusal::Ended {
                    state: view.status.into(),
                }),
            )
        }
    }
    match view.last_cancel_day() {
        Some(last) if day <= last => Ok(()),
        last => {
            let text = format!(
                "A subscription can only be cancelled within 7 days of its start on {}; the last such day was {}. Turn off auto-renew so that it ends on {} instead.",
                us_date(view.term_start),
                last.map_or(String::new(), us_date),
                us_date(view.term_end)
            );
            Err(
                RuleError::new("N15", text).saying(NceSeatsRefusal::CancelWindowClosed {
                    start: view.term_start,
                    last,
                    end: view.term_end,
                }),
            )
        }
    }
}

pub(super) fn check_suspend(view: &NceSubscription) -> Result<(), RuleError> {
    match view.status {
        Status::Active => Ok(()),
        Status::Trial => Err(RuleError::new(
            "N16",
            "A trial cannot be suspended; turn off its auto-renew to let it end.",
        )
        .saying(NceLifecycleRefusal::TrialNotSuspended)),
        Status::Suspended => Err(
            RuleError::new("N16", "The subscription is already suspended.")
                .saying(NceLifecycleRefusal::AlreadySuspended),
        ),
        _ => Err(
            RuleError::new("N16", ended(view)).saying(NceLifecycleRefusal::Ended {
                state: view.status.into(),
            }),
        ),
    }
}

pub(super) fn check_reactivate(view: &NceSubscription) -> Result<(), RuleError> {
    match view.status {
        Status::Suspended => Ok(()),
        Status::Expired => Err(RuleError::new(
            "N12",
            "An expired subscription cannot be reactivated; buy a new subscription instead.",
        )
        .saying(NceLifecycleRefusal::ExpiredNotReactivated)),
        _ => Err(
            RuleError::new("N16", "Only a suspended subscription can be reactivated.")
                .saying(NceLifecycleRefusal::OnlySuspendedReactivates),
        ),
    }
}

pub(super) fn check_auto_renew(
    ctx: &CheckContext,
    view: &NceSubscription,
    day: NaiveDate,
    on: bool,
) -> Result<(), RuleError> {
    let word = if on { "on" } else { "off" };
    match view.status {
        Status::Active | Status::Trial => {}
        Status::Suspended if !on => {}
        Status::Suspended => {
            return Err(RuleError::new(
                "N16",
                "Reactivate the subscription before turning auto-renew on.",
            )
            .saying(NceLifecycleRefusal::ReactivateBeforeAutoRenew))
        }
        _ => {
            return Err(
                RuleError::new("N11", ended(view)).saying(NceLifecycleRefusal::Ended {
                    state: view.status.into(),
                }),
            )
        }
    }
    if view.auto_renew == on {
        return Err(
            RuleError::new("N11", format!("Auto-renew is already {word}."))
                .saying(NceLifecycleRefusal::AutoRenewAlready { on }),
        );
    }
    let no_target = ctx
        .catalog
        .known_offer(&view.offer_id)?
        .conversion_targets
        .is_empty();
    if on && view.status == Status::Trial && no_target {
        let text = "This trial converts into nothing, so it cannot renew; buy one of its compatible offers instead.";
        return Err(
            RuleError::new("N18", text).saying(NceLifecycleRefusal::TrialConvertsIntoNothing)
        );
    }
    if day > view.term_end {
        return Err(RuleError::new(
            "N11",
            format!(
                "Auto-renew can be changed until {}.",
                us_date(view.term_end)
            ),
        )
        .saying(NceLifecycleRefusal::AutoRenewUntil { end: view.term_end }));
    }
    Ok(())
}

pub(super) fn check_schedule(
    ctx: &CheckContext,
    view: &NceSubscription,
    day: NaiveDate,
    change: &ScheduledChange,
) -> Result<(), RuleError> {
    if !matches!(view.status, Status::Active | Status::Trial) {
        return Err(RuleError::new(
            "N17",
            "Only an active subscription or a trial can have a scheduled change.",
        )
        .saying(NcePlanRefusal::ScheduleNeedsActive));
    }
    if !view.auto_renew {
        return Err(RuleError::new(
            "N17",
            "Turn auto-renew on first: a scheduled change applies at the renewal.",
        )
        .saying(NcePlanRefusal::ScheduleNeedsAutoRenew));
    }
    if view.status == Status::Trial {
        let trial = ctx.catalog.known_offer(&view.offer_id)?;
        if !trial.conversion_targets.contains(&change.offer_id) {
            let text = format!(
                "{} converts only into its listed offers; choose one of them.",
                trial.sku_name
            );
            return Err(RuleError::new("N32", text)
                .saying(NcePlanRefusal::TrialConvertsOnlyListed {
                    trial: trial.sku_name.clone(),
                })
                .at("offer"));
        }
    } else if change.offer_id != view.offer_id {
        let text = "A scheduled change keeps the offer; to move to another offer, buy it and let this one end.";
        return Err(RuleError::new("N22", text)
            .saying(NcePlanRefusal::ScheduleKeepsOffer)
            .at("offer"));
    }
    let target = ctx.catalog.known_offer(&change.offer_id)?;
    let renewal = view.renewal_day();
    ctx.catalog.prices.require(
        &change.offer_id,
        &target.sku_name,
        change.term_plan,
        renewal,
    )?;
    within_seat_limits(ctx, target, change.quantity, Some(&view.subscription_id))?;
    if day > view.term_end {
        return Err(RuleError::new(
            "N17",
            format!(
                "Changes for the renewal close on {}.",
                us_date(view.term_end)
            ),
        )
        .saying(NcePlanRefusal::RenewalChangesClosed { end: view.term_end }));
    }
    Ok(())
}

pub(super) fn check_plan_change(
    ctx: &CheckContext,
    view: &NceSubscription,
    day: NaiveDate,
    plan: BillingPlan,
) -> Result<(), RuleError> {
    let renewal_day = view.renewal_day();
    let renewal = us_date(renewal_day);
    let refuse =
        |text: String, say: NcePlanRefusal| Err(RuleError::new("N21", text).saying(say).at("plan"));
    if view.status != Status::Active {
        return refuse(
            "Only an active subscription can change its billing plan.".into(),
            NcePlanRefusal::PlanNeedsActive,
        );
    }
    let Some(current) = view.term_plan else {
        return refuse(
            "A trial has no billing plan; choose one when converting it.".into(),
            NcePlanRefusal::TrialHasNoPlan,
        );
    };
    let switchable = |p: BillingPlan| matches!(p, BillingPlan::Monthly | BillingPlan::Annual);
    if current.term != Term::P3Y || !switchable(current.plan) || !switchable(plan) {
        return refuse(format!(
            "Only a three-year term switches between monthly and annual billing mid-term. Schedule the new plan for the renewal on {renewal} instead."
        ), NcePlanRefusal::OnlyThreeYearSwitches { renewal: renewal_day });
    }
    if day >= plan_change_cutoff() {
        return refuse(format!(
            "Mid-term billing changes of three-year terms ended on {}. Schedule the new plan for the renewal on {renewal} instead.",
            us_date(plan_change_cutoff())
        ), NcePlanRefusal::MidTermChangesEnded { cutoff: plan_change_cutoff(), renewal: renewal_day });
    }
    if plan == current.plan {
        return match view.pending_plan_change {
            Some(_) => Ok(()),
            None => Err(RuleError::new(
                "N33",
                format!("It is already billed {}.", plan.label().to_lowercase()),
            )
            .saying(NcePlanRefusal::AlreadyBilled {
                cadence: plan.into(),
            })
            .at("plan")),
        };
    }
    let in_last_cycle = view.cycles.iter().all(|c| c.start <= day);
    if in_last_cycle {
        return refuse(format!(
            "The current cycle is the term's last, so the plan cannot change before the renewal on {renewal}; schedule it for then."
        ), NcePlanRefusal::LastCycle { renewal: renewal_day });
    }
    let tp = TermPlan::new(Term::P3Y, plan).expect("P3Y has monthly and annual");
    let name = &ctx.catalog.known_offer(&view.offer_id)?.sku_name;
    ctx.catalog
        .prices
        .require(&view.offer_id, name, tp, view.term_start)
        .map(|_| ())
}
