//! One subscription of the customer's page: its details, what Partner Center won't say about
//! a trial, the actions that make sense for its status (the core refuses the others anyway),
//! the open action's form with its preview, and its own history.

use super::change_forms::{ConfirmForm, FrequencyForm, NicknameForm, QuantityForm};
use super::nce_forms::NceActionForm;
use super::nce_panel::{nce_actions_for, nce_facts, SeatBatches};
use super::sub_action::SubAction;
use super::trial_notes::TrialNote;
use crate::components::format::{date_text, frequency_text, money_text, offer_name, span_text};
use crate::components::purchase_forms::AddOnForm;
use crate::components::trial_forms::ConvertForm;
use crate::forms::why_link::WhyLink;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::model::subscription::{Status, SubscriptionView};
use partnerdesk_core::reports::dashboard::trial_rows;

/// The actions worth offering for a subscription in its status.
pub fn actions_for(
    sub: &SubscriptionView,
    catalog: &Catalog,
    profile: RulesProfile,
) -> Vec<SubAction> {
    use SubAction::*;
    let base = sub.parent_id.is_none();
    let converts = sub
        .trial
        .as_ref()
        .and_then(|t| catalog.offer(&t.offer_id))
        .is_some_and(|o| !o.conversion_targets.is_empty());
    let has_add_ons = catalog.add_ons_for(&sub.offer_id).next().is_some();
    let mut list = Vec::new();
    match sub.status {
        Status::Trial if converts => list.push(Convert),
        Status::Active => {
            list.push(Quantity);
            if base && has_add_ons {
                list.push(AddOn);
            }
            if base && profile == RulesProfile::P2018 {
                list.push(Frequency);
            }
            list.extend([AutoRenew, Cancel]);
        }
        Status::Suspended => list.extend([Reactivate, AutoRenew]),
        _ => {}
    }
    list.push(Nickname);
    list
}

/// Why the billing frequency can't be changed here, when it can't (C12, A2, SPEC §7).
fn frequency_note(sub: &SubscriptionView, profile: RulesProfile) -> Option<&'static str> {
    if sub.status != Status::Active {
        return None;
    }
    if profile == RulesProfile::P2017 {
        Some("The billing frequency can't change under the 2017 rules profile: buy a new subscription with the other frequency, or switch to the 2018 profile in Settings.")
    } else if sub.parent_id.is_some() {
        Some("An add-on always has its base subscription's billing frequency: change the base's instead.")
    } else {
        None
    }
}

#[component]
pub fn SubscriptionDetails(
    sub: SubscriptionView,
    state: Derived,
    catalog: Catalog,
    profile: RulesProfile,
    /// The action whose form is open, if any.
    #[prop(into)]
    current: Signal<Option<SubAction>>,
    on_action: Callback<SubAction>,
) -> impl IntoView {
    let today = state.today;
    let trial_note = trial_rows(&state, &catalog, std::iter::once(&sub))
        .into_iter()
        .next()
        .map(|row| view! { <TrialNote row /> });
    let title = match &sub.nickname {
        Some(n) => format!("{} ({n})", offer_name(&catalog, &sub.offer_id)),
        None => offer_name(&catalog, &sub.offer_id),
    };
    let (facts, actions) = match sub.nce.as_deref() {
        Some(nce) => (
            nce_facts(&sub, nce, &catalog, today),
            nce_actions_for(&sub, nce, &catalog, today),
        ),
        None => (facts_of(&sub, today), actions_for(&sub, &catalog, profile)),
    };
    let batches = sub
        .nce
        .as_deref()
        .map(|nce| view! { <SeatBatches nce=nce.clone() today /> });
    let buttons = actions
        .into_iter()
        .map(|a| {
            let label = a.label(&sub);
            view! {
                <button
                    type="button"
                    aria-pressed=move || (current.get() == Some(a)).to_string()
                    on:click=move |_| on_action.run(a)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <h2 id="subscription-heading" tabindex="-1">{title}</h2>
        <dl class="facts">
            {facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
        </dl>
        {batches}
        {trial_note}
        <div class="actions" role="group" aria-label="Actions for this subscription">{buttons}</div>
        {frequency_note(&sub, profile).map(|n| view! { <p class="note">{n}</p> })}
    }
}

/// The subscription's details as (name, value), in the order a partner reads them.
fn facts_of(sub: &SubscriptionView, today: NaiveDate) -> Vec<(&'static str, String)> {
    let mut facts: Vec<(&'static str, String)> = vec![
        ("Subscription ID", sub.id.clone()),
        ("Order ID", sub.order_id.clone()),
        ("Status", sub.status.label().to_string()),
        ("Quantity", sub.quantity.to_string()),
        (
            "Billing frequency",
            frequency_text(sub.frequency).to_string(),
        ),
        ("Created", date_text(sub.created)),
    ];
    if let Some(t) = &sub.trial {
        facts.push(("Trial", span_text(t.started, t.expires)));
        if let Some(on) = t.converted_on {
            facts.push(("Converted on", date_text(on)));
        } else {
            facts.push(("Trial days left", t.days_left(today).max(0).to_string()));
        }
    }
    if let Some(t) = sub.term {
        facts.push(("Term", span_text(t.start, t.end)));
    }
    if let Some(d) = sub.renewal_date() {
        facts.push(("Renewal date", date_text(d)));
    }
    if let Some(u) = sub.unit_price {
        facts.push(("Monthly unit price (locked)", money_text(u)));
    }
    if !sub.is_trial() {
        facts.push((
            "Auto-renew",
            if sub.auto_renew { "On" } else { "Off" }.to_string(),
        ));
    }
    if let Some(d) = sub.suspended_on {
        facts.push(("Cancelled (suspended) on", date_text(d)));
    }
    if let Some(d) = sub.reactivate_until() {
        facts.push(("Can be reactivated until", date_text(d)));
    }
    facts
}

/// The open action's form. Built once per (subscription, action), so typing is never lost when
/// the book or today changes; its preview follows them.
#[component]
pub fn SubscriptionActionForm(
    sub: SubscriptionView,
    action: SubAction,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let id = sub.id.clone();
    let heading = action.label(&sub);
    if sub.nce.is_some() {
        return view! {
            <section class="action-form" aria-labelledby="action-heading">
                <h3 id="action-heading">{heading}</h3>
                <NceActionForm sub action on_done on_close />
            </section>
        }
        .into_any();
    }
    let form = match action {
        SubAction::Convert => view! { <ConvertForm trial=sub on_done on_close /> }.into_any(),
        SubAction::AddOn => view! { <AddOnForm parent=sub on_done on_close /> }.into_any(),
        SubAction::Quantity => view! { <QuantityForm sub on_done on_close /> }.into_any(),
        SubAction::Frequency => view! { <FrequencyForm sub on_done on_close /> }.into_any(),
        SubAction::Nickname => view! { <NicknameForm sub on_done on_close /> }.into_any(),
        SubAction::Cancel => view! {
            <p class="hint">
                "Cancelling (suspending, in legacy CSP) credits 100% inside the first 30 days of the term, a prorated amount after that. Add-ons are cancelled with it; you can reactivate for 90 days."
                <WhyLink rule="C8" />
            </p>
            <ConfirmForm
                prefix="cancel"
                command=Command::Cancel { subscription_id: id, order: None, }
                confirm="Confirm cancellation"
                done="Subscription cancelled."
                on_done
                on_close
            />
        }
        .into_any(),
        SubAction::Reactivate => view! {
            <ConfirmForm
                prefix="reactivate"
                command=Command::Reactivate { subscription_id: id }
                confirm="Confirm reactivation"
                done="Subscription reactivated."
                on_done
                on_close
            />
        }
        .into_any(),
        SubAction::AutoRenew => {
            let on = !sub.auto_renew;
            view! {
                <ConfirmForm
                    prefix="auto-renew"
                    command=Command::SetAutoRenew { subscription_id: id, on }
                    confirm=if on { "Confirm auto-renew on" } else { "Confirm auto-renew off" }
                    done="Auto-renew changed."
                    on_done
                    on_close
                />
            }
            .into_any()
        }
        // New commerce's own actions are offered only for its subscriptions, handled above.
        SubAction::Suspend
        | SubAction::ScheduleChange
        | SubAction::RemoveScheduledChange
        | SubAction::BillingPlan => ().into_any(),
    };
    view! {
        <section class="action-form" aria-labelledby="action-heading">
            <h3 id="action-heading">{heading}</h3>
            {form}
        </section>
    }
    .into_any()
}
