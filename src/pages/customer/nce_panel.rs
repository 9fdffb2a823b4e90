//! A new commerce subscription on the customer's page: what it is today as the core derived it
//! (term and plan, the last day each seat batch can still be reduced, the last day it can be
//! cancelled, auto-renew, the scheduled change, a pending plan change, a trial's conversion),
//! and the actions that make sense in its status (the core refuses the others anyway).

use super::sub_action::SubAction;
use crate::components::format::{date_text, money_text, offer_name, span_text};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::nce::subscription::NceSubscription;
use partnerdesk_core::model::nce::term::{BillingPlan as Plan, Term};
use partnerdesk_core::model::subscription::{Status, SubscriptionView};

/// The actions worth offering for a new commerce subscription in its status.
pub fn nce_actions_for(
    sub: &SubscriptionView,
    nce: &NceSubscription,
    catalog: &Catalog,
    today: NaiveDate,
) -> Vec<SubAction> {
    use SubAction::*;
    let mut list = Vec::new();
    let cancellable = nce.last_cancel_day().is_some_and(|last| today <= last);
    let scheduled = nce.scheduled_change.is_some();
    match nce.status {
        Status::Trial => {
            list.extend([Convert, AutoRenew]);
            if nce.auto_renew {
                list.push(ScheduleChange);
            }
        }
        Status::Active => {
            list.push(Quantity);
            let has_add_ons = catalog.add_ons_for(&sub.offer_id).next().is_some();
            if sub.parent_id.is_none() && has_add_ons {
                list.push(AddOn);
            }
            if cancellable {
                list.push(Cancel);
            }
            list.extend([Suspend, AutoRenew]);
            if nce.auto_renew {
                list.push(ScheduleChange);
            }
            let three_years = nce.term_plan.is_some_and(|tp| {
                tp.term == Term::P3Y && matches!(tp.plan, Plan::Monthly | Plan::Annual)
            });
            if three_years {
                list.push(BillingPlan);
            }
        }
        Status::Suspended => {
            list.push(Reactivate);
            if cancellable {
                list.push(Cancel);
            }
        }
        _ => {}
    }
    if scheduled {
        list.push(RemoveScheduledChange);
    }
    list.push(Nickname);
    list
}

/// The subscription's details as (name, value), in the order a partner reads them.
pub fn nce_facts(
    sub: &SubscriptionView,
    nce: &NceSubscription,
    catalog: &Catalog,
    today: NaiveDate,
) -> Vec<(&'static str, String)> {
    let mut facts: Vec<(&'static str, String)> = vec![
        ("Subscription ID", sub.id.clone()),
        ("Order ID", sub.order_id.clone()),
        ("Status", sub.status.label().to_string()),
        ("Seats", nce.seats.to_string()),
    ];
    match nce.term_plan {
        Some(tp) => {
            facts.push(("Term and billing", tp.label()));
            facts.push(("Term", span_text(nce.term_start, nce.term_end)));
            facts.push((
                "Price per seat (locked for the term)",
                money_text(nce.unit_price),
            ));
        }
        None => facts.push(("Trial", span_text(nce.term_start, nce.term_end))),
    }
    if nce.status.is_held() || nce.status == Status::Trial {
        let next = if nce.auto_renew {
            "Renews on"
        } else {
            "Ends after"
        };
        let day = if nce.auto_renew {
            nce.renewal_day()
        } else {
            nce.term_end
        };
        facts.push((next, date_text(day)));
        facts.push((
            "Auto-renew",
            if nce.auto_renew { "On" } else { "Off" }.into(),
        ));
    }
    if let Some(last) = nce.last_cancel_day() {
        let text = if today <= last {
            format!("{} (cancel with a refund until then)", date_text(last))
        } else {
            format!("{} (passed: the term is owed to its end)", date_text(last))
        };
        facts.push(("Last day to cancel", text));
    }
    if let Some(c) = &nce.scheduled_change {
        let change = format!(
            "{}, {} seats, {}",
            offer_name(catalog, &c.offer_id),
            c.quantity,
            c.term_plan.label()
        );
        facts.push(("Scheduled for the renewal", change));
    }
    if let Some(p) = &nce.pending_plan_change {
        let change = format!(
            "billed {} from {}",
            p.plan.label().to_lowercase(),
            date_text(p.takes_effect)
        );
        facts.push(("Billing plan change", change));
    }
    if let Some(a) = &nce.automatic_conversion {
        let cost = a
            .first_charge
            .map_or_else(|| "no price in force".into(), money_text);
        let text = format!(
            "on {} into {}, {} seats, {}; first charge {cost}",
            date_text(a.day),
            offer_name(catalog, &a.change.offer_id),
            a.change.quantity,
            a.change.term_plan.label()
        );
        facts.push(("Converts by itself", text));
    }
    if let Some(why) = &nce.expired_because {
        facts.push(("Expired because", why.message.clone()));
    }
    facts
}

/// The seat batches, each with the last day its seats can still be removed (N14).
#[component]
pub fn SeatBatches(nce: NceSubscription, today: NaiveDate) -> impl IntoView {
    let reducible = nce.reducible_seats(today);
    let items = nce
        .batches
        .iter()
        .map(|b| {
            let last = b.last_reducible_day();
            let text = if b.is_open_on(today) {
                format!(
                    "{} seats added {}: can be removed until {}",
                    b.seats,
                    date_text(b.added),
                    date_text(last)
                )
            } else {
                format!(
                    "{} seats added {}: fixed since {}",
                    b.seats,
                    date_text(b.added),
                    date_text(last)
                )
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    (!nce.batches.is_empty()).then(|| {
        view! {
            <h3>"Seat batches"</h3>
            <p class="hint">{format!("Seats that can be removed today: {reducible}. Fewer seats after that only at the renewal, with a scheduled change.")}</p>
            <ul class="batches" aria-label="Seat batches">{items}</ul>
        }
    })
}
