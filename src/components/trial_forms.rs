//! Trials: signing a customer up (T6) and "Convert trial to paid subscription" (T8).

use super::action_flow::ActionFlow;
use super::customer_picker::CustomerPicker;
use super::format::offer_name;
use super::new_order::{after_order, customer_country, offer_options, sold_to, OrderFor};
use crate::forms::action_check::ActionCheck;
use crate::forms::controls::{FrequencyChoice, SelectField, TextField};
use crate::forms::parse::{chosen_frequency, parse_frequency};
use crate::forms::parse::{parse_quantity, required};
use crate::forms::why_link::WhyLink;
use crate::state::book_state::use_book;
use crate::state::ids::new_ids;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::subscription::SubscriptionView;
use partnerdesk_l10n::ActionsText as A;

/// Signs a customer up for a trial. From the catalog the trial is fixed and the customer is
/// picked; from a customer's page the customer is fixed and the trial is picked.
#[component]
pub fn TrialSignUpForm(
    prefix: &'static str,
    #[prop(optional)] customer_id: Option<String>,
    #[prop(optional)] initial_customer: Option<String>,
    #[prop(optional, into)] offer_id: Option<Signal<String>>,
    on_done: Callback<String>,
    #[prop(optional_no_strip)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let OrderFor {
        picks_customer,
        customer,
        chosen_offer: chosen_trial,
        offer,
    } = OrderFor::new(customer_id, initial_customer, offer_id);
    let ids = RwSignal::new(new_ids());
    let check = ActionCheck::new(book, prefix, &["customer", "offer"], move || {
        Ok(Command::SignUpTrial {
            ids: ids.get(),
            customer_id: required(customer.get(), "customer", A::ChooseTheCustomer)?,
            offer_id: required(offer.get(), "offer", A::ChooseTheTrial)?,
        })
    });
    let trials = Signal::derive(move || {
        let country = customer_country(book, picks_customer, customer);
        book.catalog()
            .with(|c| offer_options(c.trials().filter(|o| sold_to(o, &country))))
    });
    let done = after_order(ids, new_ids, picks_customer.then_some(customer), on_done);
    view! {
        {picks_customer.then(|| view! { <CustomerPicker check value=customer offer /> })}
        {offer_id.is_none().then(|| view! {
            <SelectField
                field=check.field("offer")
                label=language.tr(A::TrialOffer)
                value=chosen_trial
                options=trials
                placeholder=language.tr(A::ChooseATrial)
            />
        })}
        <p class="hint">{language.tr(A::TrialHint)} <WhyLink rule="T2" /></p>
        <ActionFlow check confirm=language.tr(A::SignUpForTrial) done=language.tr(A::TrialSignedUp) on_done=done on_close />
    }
}

/// "Convert trial to paid subscription": target offer, quantity (25 unless changed) and
/// billing frequency; the paid subscription keeps the trial's id.
#[component]
pub fn ConvertForm(
    trial: SubscriptionView,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let trial_offer = trial
        .trial
        .as_ref()
        .map(|t| t.offer_id.clone())
        .unwrap_or_default();
    let targets: Vec<(String, String)> = book.catalog().with_untracked(|c| {
        c.offer(&trial_offer)
            .map(|o| {
                o.conversion_targets
                    .iter()
                    .map(|id| (id.clone(), offer_name(c, id)))
                    .collect()
            })
            .unwrap_or_default()
    });
    let target = RwSignal::new(targets.first().map(|t| t.0.clone()).unwrap_or_default());
    let quantity = RwSignal::new("25".to_string());
    let frequency = RwSignal::new(BillingFrequency::Monthly.label().to_string());
    let subscription_id = trial.id.clone();
    let check = ActionCheck::new(
        book,
        "convert",
        &["target", "quantity", "frequency"],
        move || {
            Ok(Command::ConvertTrial {
                subscription_id: subscription_id.clone(),
                target_offer_id: required(target.get(), "target", A::ChooseConvertTarget)?,
                quantity: parse_quantity(&quantity.get())?,
                frequency: chosen_frequency(parse_frequency(&frequency.get()))?,
                order: None,
                term_plan: None,
            })
        },
    );
    let allowed = Signal::derive(move || {
        let id = target.get();
        book.catalog().with(|c| {
            c.offer(&id)
                .map(|o| o.frequencies.clone())
                .unwrap_or_default()
        })
    });
    view! {
        <SelectField field=check.field("target") label=language.tr(A::ConvertTo) value=target options=targets />
        <TextField
            field=check.field("quantity")
            autocomplete="off"
            label=language.tr(A::Licenses)
            value=quantity
            inputmode="numeric"
            hint=language.tr(A::ConvertLicensesHint)
        />
        <FrequencyChoice field=check.field("frequency") value=frequency allowed />
        <ActionFlow check confirm=language.tr(A::ConvertTrial) done=language.tr(A::TrialConverted) on_done on_close=Some(on_close) />
    }
}
