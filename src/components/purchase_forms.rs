//! Buying: a base offer for a customer (from the catalog or the customer's page), and an
//! add-on on an active base subscription, which always takes its parent's frequency (A2).

use super::action_flow::ActionFlow;
use super::customer_picker::CustomerPicker;
use super::new_order::{after_order, customer_country, offer_options, sold_to, OrderFor};
use super::words::frequency_word;
use crate::forms::action_check::ActionCheck;
use crate::forms::controls::{FrequencyChoice, SelectField, TextField};
use crate::forms::parse::{chosen_frequency, parse_frequency, parse_quantity, required};
use crate::forms::why_link::WhyLink;
use crate::state::book_state::use_book;
use crate::state::ids::new_ids;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::subscription::SubscriptionView;
use partnerdesk_l10n::{ActionsText as A, CommonText};

const BOTH: [BillingFrequency; 2] = [BillingFrequency::Monthly, BillingFrequency::Annual];

/// What the purchase form's fields hold.
#[derive(Clone, Copy)]
struct PurchaseDraft {
    ids: RwSignal<NewIds>,
    customer: RwSignal<String>,
    offer: Signal<String>,
    billing: Signal<Option<BillingFrequency>>,
    quantity: RwSignal<String>,
    nickname: RwSignal<String>,
}

impl PurchaseDraft {
    /// The purchase the fields describe, or the first field's problem (reactive).
    fn command(&self) -> Result<Command, FieldError> {
        let name = self.nickname.get();
        Ok(Command::Purchase {
            ids: self.ids.get(),
            customer_id: required(self.customer.get(), "customer", A::ChooseTheCustomer)?,
            offer_id: required(self.offer.get(), "offer", A::ChooseTheOffer)?,
            quantity: parse_quantity(&self.quantity.get())?,
            frequency: chosen_frequency(self.billing.get())?,
            nickname: (!name.trim().is_empty()).then(|| name.trim().to_string()),
            term_plan: None,
        })
    }
}

/// From the catalog the offer and frequency are fixed by the catalog's choices and the
/// customer is picked; from a customer's page the customer is fixed and the rest is chosen.
#[component]
pub fn PurchaseForm(
    prefix: &'static str,
    #[prop(optional)] customer_id: Option<String>,
    #[prop(optional)] initial_customer: Option<String>,
    #[prop(optional, into)] offer_id: Option<Signal<String>>,
    #[prop(optional, into)] frequency: Option<Signal<BillingFrequency>>,
    on_done: Callback<String>,
    #[prop(optional_no_strip)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let OrderFor {
        picks_customer,
        customer,
        chosen_offer,
        offer,
    } = OrderFor::new(customer_id, initial_customer, offer_id);
    let chosen_frequency = RwSignal::new(BillingFrequency::Monthly.label().to_string());
    let quantity = RwSignal::new("1".to_string());
    let nickname = RwSignal::new(String::new());
    let fixed_frequency = frequency;
    let billing = Signal::derive(move || match fixed_frequency {
        Some(fixed) => Some(fixed.get()),
        None => parse_frequency(&chosen_frequency.get()),
    });
    let ids = RwSignal::new(new_ids());
    let fields: &'static [&'static str] = if picks_customer {
        &["customer", "quantity", "nickname"]
    } else {
        &["offer", "quantity", "frequency", "nickname"]
    };
    let draft = PurchaseDraft {
        ids,
        customer,
        offer,
        billing,
        quantity,
        nickname,
    };
    let check = ActionCheck::new(book, prefix, fields, move || draft.command());
    let offers = Signal::derive(move || {
        let f = billing.get().unwrap_or(BillingFrequency::Monthly);
        let country = customer_country(book, picks_customer, customer);
        book.catalog()
            .with(|c| offer_options(c.purchasable(f).filter(|o| sold_to(o, &country))))
    });
    let done = after_order(ids, new_ids, picks_customer.then_some(customer), on_done);
    view! {
        {picks_customer.then(|| view! { <CustomerPicker check value=customer offer /> })}
        {fixed_frequency.is_none().then(|| view! {
            <FrequencyChoice field=check.field("frequency") value=chosen_frequency allowed=BOTH.to_vec() />
        })}
        {offer_id.is_none().then(|| view! {
            <SelectField
                field=check.field("offer")
                label=language.tr(CommonText::Offer)
                value=chosen_offer
                options=offers
                placeholder=language.tr(A::ChooseAnOffer)
            />
        })}
        {fixed_frequency.map(|f| view! {
            <p class="hint">{move || {
                let lang = language.get();
                lang.fill(A::FrequencyChosenAbove, &[lang.text(frequency_word(Some(f.get())))])
            }}</p>
        })}
        <TextField field=check.field("quantity") autocomplete="off" label=language.tr(A::Licenses) value=quantity inputmode="numeric" />
        <TextField
            field=check.field("nickname")
            autocomplete="off"
            label=language.tr(A::NicknameOptional)
            value=nickname
            hint=language.tr(A::NicknameFileHint)
        />
        <ActionFlow check confirm=language.tr(A::ConfirmPurchase) done=language.tr(A::SubscriptionPurchased) on_done=done on_close />
    }
}

/// An add-on on `parent`: its frequency is the parent's, shown and not choosable (A2).
#[component]
pub fn AddOnForm(
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
    let ids = RwSignal::new(new_ids());
    let parent_id = parent.id.clone();
    let check = ActionCheck::new(book, "add-on", &["offer", "quantity"], move || {
        Ok(Command::BuyAddOn {
            ids: ids.get(),
            parent_id: parent_id.clone(),
            offer_id: required(offer.get(), "offer", A::ChooseTheAddOn)?,
            quantity: parse_quantity(&quantity.get())?,
        })
    });
    let done = after_order(ids, new_ids, None, on_done);
    view! {
        <SelectField field=check.field("offer") label=language.tr(A::AddOn) value=offer options=add_ons />
        <TextField field=check.field("quantity") autocomplete="off" label=language.tr(A::Licenses) value=quantity inputmode="numeric" />
        <p class="fixed-value">
            {move || {
                let lang = language.get();
                let (before, after) = lang.around(A::AddOnFrequency);
                let frequency = lang.text(frequency_word(parent.frequency));
                view! { {before} <strong>{frequency}</strong> {after} }
            }}
            <WhyLink rule="A2" />
        </p>
        <ActionFlow check confirm=language.tr(A::BuyAddOn) done=language.tr(A::AddOnPurchased) on_done=done on_close=Some(on_close) />
    }
}
