//! The action forms of a new commerce subscription: seats (N13, N14), cancel (N15), suspend and
//! reactivate (N16), auto-renew (N11, N18), the change scheduled for the renewal or a trial's
//! conversion (N17, N20), a three-year term's billing plan (N21), a conversion now (N19), an
//! add-on co-termed with its base (N23). Each shows the core's preview of its exact lines.

use super::change_forms::{ConfirmForm, NicknameForm};
use super::sub_action::SubAction;
use crate::components::action_flow::ActionFlow;
use crate::components::format::offer_name;
use crate::components::new_order::{after_order, offer_options};
use crate::components::term_plan_choice::{chosen_term_plan, TermPlanChoice};
use crate::forms::action_check::ActionCheck;
use crate::forms::controls::{FrequencyChoice, SelectField, TextField};
use crate::forms::parse::{chosen_frequency, parse_frequency, parse_quantity, required};
use crate::state::book_state::use_book;
use crate::state::ids::{new_commerce_ids, new_guid, new_order_ids};
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::nce::order::ScheduledChange;
use partnerdesk_core::model::subscription::{Status, SubscriptionView};
use partnerdesk_l10n::{ActionsText as A, CommonText, CustomerText as T};

/// The open action's form for a new commerce subscription.
#[component]
pub fn NceActionForm(
    sub: SubscriptionView,
    action: SubAction,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let language = use_language();
    let id = sub.id.clone();
    let confirm = |prefix, command, confirm: T, done: T, hint: T| {
        view! {
            <p class="hint">{language.tr(hint)}</p>
            <ConfirmForm prefix command confirm=language.tr(confirm) done=language.tr(done) on_done on_close />
        }
        .into_any()
    };
    match action {
        SubAction::Quantity => view! { <SeatsForm sub on_done on_close /> }.into_any(),
        SubAction::ScheduleChange => view! { <ScheduleForm sub on_done on_close /> }.into_any(),
        SubAction::Convert => view! { <NceConvertForm trial=sub on_done on_close /> }.into_any(),
        SubAction::AddOn => view! { <NceAddOnForm parent=sub on_done on_close /> }.into_any(),
        SubAction::BillingPlan => view! { <PlanForm sub on_done on_close /> }.into_any(),
        SubAction::Nickname => view! { <NicknameForm sub on_done on_close /> }.into_any(),
        SubAction::Cancel => confirm(
            "cancel",
            Command::Cancel {
                subscription_id: id,
                order: Some(new_order_ids()),
            },
            T::ConfirmCancellation,
            T::SubscriptionCancelled,
            T::NceCancelHint,
        ),
        SubAction::Suspend => confirm(
            "suspend",
            Command::Suspend {
                subscription_id: id,
            },
            T::ConfirmSuspension,
            T::SubscriptionSuspended,
            T::SuspendHint,
        ),
        SubAction::Reactivate => confirm(
            "reactivate",
            Command::Reactivate {
                subscription_id: id,
            },
            T::ConfirmReactivation,
            T::SubscriptionReactivated,
            T::ReactivateHint,
        ),
        SubAction::RemoveScheduledChange => confirm(
            "unschedule",
            Command::CancelScheduledChange {
                subscription_id: id,
            },
            T::RemoveScheduledChange,
            T::ScheduledChangeRemoved,
            T::RenewalKeeps,
        ),
        SubAction::Frequency => view! { <PlanForm sub on_done on_close /> }.into_any(),
        SubAction::AutoRenew => {
            let on = !sub.auto_renew;
            confirm(
                "auto-renew",
                Command::SetAutoRenew {
                    subscription_id: id,
                    on,
                },
                if on {
                    T::ConfirmAutoRenewOn
                } else {
                    T::ConfirmAutoRenewOff
                },
                T::AutoRenewChanged,
                if sub.status == Status::Trial {
                    T::AutoRenewTrialHint
                } else {
                    T::AutoRenewOffHint
                },
            )
        }
    }
}

#[component]
fn SeatsForm(
    sub: SubscriptionView,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let quantity = RwSignal::new(sub.quantity.to_string());
    let ids = new_order_ids();
    let id = sub.id.clone();
    let check = ActionCheck::new(book, "seats", &["quantity"], move || {
        Ok(Command::ChangeQuantity {
            subscription_id: id.clone(),
            quantity: parse_quantity(&quantity.get())?,
            order: Some(ids.clone()),
        })
    });
    view! {
        <TextField
            field=check.field("quantity")
            autocomplete="off"
            label=language.tr(T::NewSeats)
            value=quantity
            inputmode="numeric"
            hint=language.tr(T::SeatsHint)
        />
        <ActionFlow check confirm=language.tr(T::ConfirmSeatChange) done=language.tr(T::SeatsChanged) on_done on_close=Some(on_close) />
    }
}

/// The next term (its term, plan and seats), or for a trial its target too.
#[component]
fn ScheduleForm(
    sub: SubscriptionView,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let trial = sub.status == Status::Trial;
    let targets = conversion_targets(&sub);
    let offer = RwSignal::new(if trial {
        targets.first().map(|t| t.0.clone()).unwrap_or_default()
    } else {
        sub.offer_id.clone()
    });
    let quantity = RwSignal::new(sub.quantity.to_string());
    let term = RwSignal::new(String::new());
    let id = sub.id.clone();
    let check = ActionCheck::new(
        book,
        "schedule",
        &["offer", "term", "quantity"],
        move || {
            Ok(Command::ScheduleChange {
                subscription_id: id.clone(),
                change: ScheduledChange {
                    offer_id: required(offer.get(), "offer", A::ChooseTheOffer)?,
                    term_plan: chosen_term_plan(&term.get())?,
                    quantity: parse_quantity(&quantity.get())?,
                },
            })
        },
    );
    let seats = Signal::derive(move || parse_quantity(&quantity.get()).unwrap_or(1));
    view! {
        {trial.then(|| view! { <SelectField field=check.field("offer") label=language.tr(A::ConvertTo) value=offer options=targets.clone() /> })}
        <TextField field=check.field("quantity") autocomplete="off" label=language.tr(T::SeatsFromRenewal) value=quantity inputmode="numeric" />
        <TermPlanChoice field=check.field("term") offer=offer seats value=term />
        <ActionFlow check confirm=language.tr(T::ScheduleTheChange) done=language.tr(T::ChangeScheduled) on_done on_close=Some(on_close) />
    }
}

/// (id, name) of the offers a trial converts into.
fn conversion_targets(trial: &SubscriptionView) -> Vec<(String, String)> {
    let book = use_book();
    book.catalog().with_untracked(|c| {
        c.offer(&trial.offer_id)
            .map(|o| {
                o.conversion_targets
                    .iter()
                    .map(|id| (id.clone(), offer_name(c, id)))
                    .collect()
            })
            .unwrap_or_default()
    })
}

#[component]
fn NceConvertForm(
    trial: SubscriptionView,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let targets = conversion_targets(&trial);
    let target = RwSignal::new(targets.first().map(|t| t.0.clone()).unwrap_or_default());
    let quantity = RwSignal::new("25".to_string());
    let term = RwSignal::new(String::new());
    let ids = new_order_ids();
    let subscription_id = trial.id.clone();
    let check = ActionCheck::new(book, "convert", &["offer", "term", "quantity"], move || {
        let term_plan = chosen_term_plan(&term.get())?;
        Ok(Command::ConvertTrial {
            subscription_id: subscription_id.clone(),
            target_offer_id: required(target.get(), "offer", A::ChooseConvertTarget)?,
            quantity: parse_quantity(&quantity.get())?,
            frequency: term_plan.plan.frequency(),
            term_plan: Some(term_plan),
            order: Some(ids.clone()),
        })
    });
    let seats = Signal::derive(move || parse_quantity(&quantity.get()).unwrap_or(25));
    view! {
        <SelectField field=check.field("offer") label=language.tr(A::ConvertTo) value=target options=targets />
        <TextField field=check.field("quantity") autocomplete="off" label=language.tr(CommonText::Seats) value=quantity inputmode="numeric" hint=language.tr(T::AtLeast25) />
        <TermPlanChoice field=check.field("term") offer=target seats value=term />
        <ActionFlow check confirm=language.tr(A::ConvertTrial) done=language.tr(A::TrialConverted) on_done on_close=Some(on_close) />
    }
}

#[component]
fn PlanForm(
    sub: SubscriptionView,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let other = match sub.frequency {
        Some(BillingFrequency::Monthly) => BillingFrequency::Annual,
        _ => BillingFrequency::Monthly,
    };
    let plan = RwSignal::new(other.label().to_string());
    let order_id = new_guid();
    let id = sub.id.clone();
    let check = ActionCheck::new(book, "plan", &["frequency", "plan"], move || {
        Ok(Command::ChangeFrequency {
            subscription_id: id.clone(),
            frequency: chosen_frequency(parse_frequency(&plan.get()))?,
            order_id: Some(order_id.clone()),
        })
    });
    view! {
        <p class="hint">{language.tr(T::PlanHint)}</p>
        <FrequencyChoice field=check.field("plan") value=plan allowed=vec![BillingFrequency::Monthly, BillingFrequency::Annual] />
        <ActionFlow check confirm=language.tr(T::ConfirmPlanChange) done=language.tr(T::PlanChanged) on_done on_close=Some(on_close) />
    }
}

/// An add-on co-termed with `parent`: its term and plan, shown with its price, are the base's.
#[component]
fn NceAddOnForm(
    parent: SubscriptionView,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let add_ons = book
        .catalog()
        .with_untracked(|c| offer_options(c.add_ons_for(&parent.offer_id)));
    let offer = RwSignal::new(add_ons.first().map(|a| a.0.clone()).unwrap_or_default());
    let quantity = RwSignal::new("1".to_string());
    let ids = RwSignal::new(new_commerce_ids());
    let base_plan = parent.nce.as_ref().and_then(|n| n.term_plan);
    let shown = RwSignal::new(base_plan.map(|tp| tp.key()).unwrap_or_default());
    let parent_id = parent.id.clone();
    let check = ActionCheck::new(book, "add-on", &["offer", "quantity", "base"], move || {
        Ok(Command::BuyAddOn {
            ids: ids.get(),
            parent_id: parent_id.clone(),
            offer_id: required(offer.get(), "offer", A::ChooseTheAddOn)?,
            quantity: parse_quantity(&quantity.get())?,
        })
    });
    let seats = Signal::derive(move || parse_quantity(&quantity.get()).unwrap_or(1));
    let done = after_order(ids, new_commerce_ids, None, on_done);
    view! {
        <SelectField field=check.field("offer") label=language.tr(A::AddOn) value=offer options=add_ons />
        <TextField field=check.field("quantity") autocomplete="off" label=language.tr(CommonText::Seats) value=quantity inputmode="numeric" />
        <p class="hint">{language.tr(T::NceAddOnHint)}</p>
        <TermPlanChoice field=check.field("base") offer seats value=shown only=base_plan />
        <ActionFlow check confirm=language.tr(A::BuyAddOn) done=language.tr(A::AddOnPurchased) on_done=done on_close=Some(on_close) />
    }
}
