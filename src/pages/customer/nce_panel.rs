//! A new commerce subscription on the customer's page: what it is today as the core derived it
//! (term and plan, the last day each seat batch can still be reduced, the last day it can be
//! cancelled, auto-renew, the scheduled change, a pending plan change, a trial's conversion),
//! and the actions that make sense in its status (the core refuses the others anyway).

use super::sub_action::SubAction;
use crate::components::format::{count_text, date_text, money_text, offer_name, span_text};
use crate::components::words::{plan_word, status_word, term_plan_words};
use crate::state::language::use_language;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::nce::subscription::NceSubscription;
use partnerdesk_core::model::nce::term::{BillingPlan as Plan, Term};
use partnerdesk_core::model::subscription::{Status, SubscriptionView};
use partnerdesk_l10n::{CommonText, CustomerText as T, Lang};

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
    lang: Lang,
    sub: &SubscriptionView,
    nce: &NceSubscription,
    catalog: &Catalog,
    today: NaiveDate,
) -> Vec<(&'static str, String)> {
    let mut facts: Vec<(&'static str, String)> = vec![
        (lang.text(T::SubscriptionId), sub.id.clone()),
        (lang.text(T::OrderId), sub.order_id.clone()),
        (
            lang.text(CommonText::Status),
            lang.text(status_word(sub.status)).to_string(),
        ),
        (lang.text(CommonText::Seats), count_text(nce.seats.into())),
    ];
    match nce.term_plan {
        Some(tp) => {
            facts.push((
                lang.text(CommonText::TermAndBilling),
                term_plan_words(lang, tp),
            ));
            facts.push((
                lang.text(CommonText::Term),
                span_text(nce.term_start, nce.term_end),
            ));
            facts.push((lang.text(T::PricePerSeat), money_text(nce.unit_price)));
        }
        None => facts.push((
            lang.text(T::TrialPeriod),
            span_text(nce.term_start, nce.term_end),
        )),
    }
    if nce.status.is_held() || nce.status == Status::Trial {
        let next = if nce.auto_renew {
            T::RenewsOn
        } else {
            T::EndsAfter
        };
        let day = if nce.auto_renew {
            nce.renewal_day()
        } else {
            nce.term_end
        };
        facts.push((lang.text(next), date_text(day)));
        let on_off = if nce.auto_renew {
            CommonText::On
        } else {
            CommonText::Off
        };
        facts.push((lang.text(CommonText::AutoRenew), lang.text(on_off).into()));
    }
    if let Some(last) = nce.last_cancel_day() {
        let text = if today <= last {
            T::CancelUntil
        } else {
            T::CancelPassed
        };
        facts.push((
            lang.text(CommonText::LastDayToCancel),
            lang.fill(text, &[&date_text(last)]),
        ));
    }
    facts.extend(change_facts(lang, nce, catalog));
    if let Some(why) = &nce.expired_because {
        facts.push((lang.text(T::ExpiredBecause), lang.refusal(why)));
    }
    facts
}

/// What is planned: the change scheduled for the renewal, a pending plan change, a trial's
/// conversion by itself.
fn change_facts(
    lang: Lang,
    nce: &NceSubscription,
    catalog: &Catalog,
) -> Vec<(&'static str, String)> {
    let mut facts = Vec::new();
    if let Some(c) = &nce.scheduled_change {
        let change = lang.fill(
            T::ScheduledChange,
            &[
                &offer_name(catalog, &c.offer_id),
                &count_text(c.quantity.into()),
                &term_plan_words(lang, c.term_plan),
            ],
        );
        facts.push((lang.text(T::ScheduledForRenewal), change));
    }
    if let Some(p) = &nce.pending_plan_change {
        let plan = lang.text(plan_word(p.plan)).to_lowercase();
        let change = lang.fill(T::PlanFrom, &[&plan, &date_text(p.takes_effect)]);
        facts.push((lang.text(T::BillingPlanChange), change));
    }
    if let Some(a) = &nce.automatic_conversion {
        let cost = a
            .first_charge
            .map_or_else(|| lang.text(T::NoPriceInForce).to_string(), money_text);
        let text = lang.fill(
            T::ConversionOn,
            &[
                &date_text(a.day),
                &offer_name(catalog, &a.change.offer_id),
                &count_text(a.change.quantity.into()),
                &term_plan_words(lang, a.change.term_plan),
                &cost,
            ],
        );
        facts.push((lang.text(T::ConvertsByItself), text));
    }
    facts
}

/// The seat batches, each with the last day its seats can still be removed (N14).
#[component]
pub fn SeatBatches(nce: NceSubscription, today: NaiveDate) -> impl IntoView {
    let lang = use_language().now();
    let reducible = nce.reducible_seats(today);
    let items = nce
        .batches
        .iter()
        .map(|b| {
            let last = b.last_reducible_day();
            let batch = if b.is_open_on(today) {
                T::BatchOpen
            } else {
                T::BatchFixed
            };
            let text = lang.fill(
                batch,
                &[
                    &count_text(b.seats.into()),
                    &date_text(b.added),
                    &date_text(last),
                ],
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    (!nce.batches.is_empty()).then(|| {
        view! {
            <h3>{lang.text(T::SeatBatches)}</h3>
            <p class="hint">{lang.fill(T::ReducibleToday, &[&count_text(reducible.into())])}</p>
            <ul class="batches" aria-label=lang.text(T::SeatBatches)>{items}</ul>
        }
    })
}
