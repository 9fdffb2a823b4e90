//! One subscription of the customer's page: its details, what Partner Center won't say about
//! a trial, the actions that make sense for its status (the core refuses the others anyway),
//! the open action's form with its preview, and its own history.

use super::change_forms::{ConfirmForm, FrequencyForm, NicknameForm, QuantityForm};
use super::nce_forms::NceActionForm;
use super::nce_panel::{nce_actions_for, nce_facts, SeatBatches};
use super::sub_action::SubAction;
use super::trial_notes::TrialNote;
use crate::components::format::{count_text, date_text, money_text, offer_name, span_text};
use crate::components::purchase_forms::AddOnForm;
use crate::components::trial_forms::ConvertForm;
use crate::components::words::{frequency_word, status_word};
use crate::forms::why_link::WhyLink;
use crate::state::language::use_language;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::model::subscription::{Status, SubscriptionView};
use partnerdesk_core::reports::dashboard::trial_rows;
use partnerdesk_l10n::{CommonText, CustomerText as T, Lang};

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
fn frequency_note(sub: &SubscriptionView, profile: RulesProfile) -> Option<T> {
    if sub.status != Status::Active {
        return None;
    }
    if profile == RulesProfile::P2017 {
        Some(T::FrequencyFixed2017)
    } else if sub.parent_id.is_some() {
        Some(T::FrequencyOfBase)
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
    // The panel is drawn again when the language changes.
    let lang = use_language().now();
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
            nce_facts(lang, &sub, nce, &catalog, today),
            nce_actions_for(&sub, nce, &catalog, today),
        ),
        None => (
            facts_of(lang, &sub, today),
            actions_for(&sub, &catalog, profile),
        ),
    };
    let batches = sub
        .nce
        .as_deref()
        .map(|nce| view! { <SeatBatches nce=nce.clone() today /> });
    let buttons = actions
        .into_iter()
        .map(|a| {
            let label = lang.text(a.label(&sub));
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
        <div class="actions" role="group" aria-label=lang.text(T::ActionsForSubscription)>{buttons}</div>
        {frequency_note(&sub, profile).map(|n| view! { <p class="note">{lang.text(n)}</p> })}
    }
}

/// The subscription's details as (name, value), in the order a partner reads them.
fn facts_of(lang: Lang, sub: &SubscriptionView, today: NaiveDate) -> Vec<(&'static str, String)> {
    let frequency = lang.text(frequency_word(sub.frequency));
    let mut facts: Vec<(&'static str, String)> = vec![
        (lang.text(T::SubscriptionId), sub.id.clone()),
        (lang.text(T::OrderId), sub.order_id.clone()),
        (
            lang.text(CommonText::Status),
            lang.text(status_word(sub.status)).to_string(),
        ),
        (
            lang.text(CommonText::Quantity),
            count_text(sub.quantity.into()),
        ),
        (
            lang.text(CommonText::BillingFrequency),
            frequency.to_string(),
        ),
        (lang.text(T::Created), date_text(sub.created)),
    ];
    if let Some(t) = &sub.trial {
        facts.push((lang.text(T::TrialPeriod), span_text(t.started, t.expires)));
        if let Some(on) = t.converted_on {
            facts.push((lang.text(T::ConvertedOn), date_text(on)));
        } else {
            facts.push((
                lang.text(T::TrialDaysLeft),
                t.days_left(today).max(0).to_string(),
            ));
        }
    }
    if let Some(t) = sub.term {
        facts.push((lang.text(CommonText::Term), span_text(t.start, t.end)));
    }
    if let Some(d) = sub.renewal_date() {
        facts.push((lang.text(CommonText::RenewalDate), date_text(d)));
    }
    if let Some(u) = sub.unit_price {
        facts.push((lang.text(T::MonthlyUnitPrice), money_text(u)));
    }
    if !sub.is_trial() {
        let on_off = if sub.auto_renew {
            CommonText::On
        } else {
            CommonText::Off
        };
        facts.push((
            lang.text(CommonText::AutoRenew),
            lang.text(on_off).to_string(),
        ));
    }
    if let Some(d) = sub.suspended_on {
        facts.push((lang.text(T::CancelledOn), date_text(d)));
    }
    if let Some(d) = sub.reactivate_until() {
        facts.push((lang.text(T::ReactivateUntil), date_text(d)));
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
    let language = use_language();
    let id = sub.id.clone();
    let heading = language.tr(action.label(&sub));
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
                {language.tr(T::CancelHint)}
                <WhyLink rule="C8" />
            </p>
            <ConfirmForm
                prefix="cancel"
                command=Command::Cancel { subscription_id: id, order: None, }
                confirm=language.tr(T::ConfirmCancellation)
                done=language.tr(T::SubscriptionCancelled)
                on_done
                on_close
            />
        }
        .into_any(),
        SubAction::Reactivate => view! {
            <ConfirmForm
                prefix="reactivate"
                command=Command::Reactivate { subscription_id: id }
                confirm=language.tr(T::ConfirmReactivation)
                done=language.tr(T::SubscriptionReactivated)
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
                    confirm=language.tr(if on { T::ConfirmAutoRenewOn } else { T::ConfirmAutoRenewOff })
                    done=language.tr(T::AutoRenewChanged)
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
