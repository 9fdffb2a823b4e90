//! Changes to a paid subscription: licenses (C5, C6), billing frequency (C12, profile 2018),
//! nickname, and the actions that need no input: cancel (C8), reactivate (C10), auto-renew (C11).

use crate::components::action_flow::ActionFlow;
use crate::forms::action_check::ActionCheck;
use crate::forms::controls::{FrequencyChoice, TextField};
use crate::forms::parse::parse_quantity;
use crate::forms::parse::{chosen_frequency, parse_frequency};
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::subscription::SubscriptionView;
use partnerdesk_l10n::{CommonText, CustomerText as T};

#[component]
pub fn QuantityForm(
    sub: SubscriptionView,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let quantity = RwSignal::new(sub.quantity.to_string());
    let id = sub.id.clone();
    let check = ActionCheck::new(book, "quantity", &["quantity"], move || {
        Ok(Command::ChangeQuantity {
            subscription_id: id.clone(),
            quantity: parse_quantity(&quantity.get())?,
            order: None,
        })
    });
    view! {
        <TextField
            field=check.field("quantity")
            autocomplete="off"
            label=language.tr(T::NewLicenses)
            value=quantity
            inputmode="numeric"
            hint=language.tr(T::LicensesHint)
        />
        <ActionFlow check confirm=language.tr(T::ConfirmLicenseChange) done=language.tr(T::LicensesChanged) on_done on_close=Some(on_close) />
    }
}

#[component]
pub fn FrequencyForm(
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
    let frequency = RwSignal::new(other.label().to_string());
    let id = sub.id.clone();
    let check = ActionCheck::new(book, "frequency-change", &["frequency"], move || {
        Ok(Command::ChangeFrequency {
            subscription_id: id.clone(),
            frequency: chosen_frequency(parse_frequency(&frequency.get()))?,
            order_id: None,
        })
    });
    view! {
        <p class="hint">{language.tr(T::FrequencyHint)}</p>
        <FrequencyChoice
            field=check.field("frequency")
            value=frequency
            allowed=vec![BillingFrequency::Monthly, BillingFrequency::Annual]
        />
        <ActionFlow check confirm=language.tr(T::ConfirmFrequencyChange) done=language.tr(T::FrequencyChanged) on_done on_close=Some(on_close) />
    }
}

#[component]
pub fn NicknameForm(
    sub: SubscriptionView,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let nickname = RwSignal::new(sub.nickname.clone().unwrap_or_default());
    let id = sub.id.clone();
    let check = ActionCheck::new(book, "nickname", &["nickname"], move || {
        Ok(Command::SetNickname {
            subscription_id: id.clone(),
            nickname: nickname.get().trim().to_string(),
        })
    });
    view! {
        <TextField
            field=check.field("nickname")
            autocomplete="off"
            label=language.tr(CommonText::Nickname)
            value=nickname
            hint=language.tr(T::NicknameHint)
        />
        <ActionFlow check confirm=language.tr(T::SaveNickname) done=language.tr(T::NicknameSaved) on_done on_close=Some(on_close) />
    }
}

/// An action without input: the preview and the confirm button are the whole form.
#[component]
pub fn ConfirmForm(
    prefix: &'static str,
    command: Command,
    #[prop(into)] confirm: TextProp,
    #[prop(into)] done: TextProp,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let check = ActionCheck::new(book, prefix, &[], move || Ok(command.clone()));
    view! { <ActionFlow check confirm done on_done on_close=Some(on_close) /> }
}
