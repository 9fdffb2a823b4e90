//! Buying under new commerce (N8): the offer, the term and billing plan chosen with their
//! prices side by side, the seats and a nickname. The shell makes the ids the lines carry (N28).

use super::action_flow::ActionFlow;
use super::customer_picker::CustomerPicker;
use super::new_order::{after_order, customer_country, offer_options, sold_to, OrderFor};
use super::term_plan_choice::{chosen_term_plan, TermPlanChoice};
use crate::forms::action_check::ActionCheck;
use crate::forms::controls::{SelectField, TextField};
use crate::forms::parse::{parse_quantity, required};
use crate::state::book_state::use_book;
use crate::state::ids::new_commerce_ids;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::Command;
use partnerdesk_l10n::{ActionsText as A, CommonText};

/// From the catalog the offer is fixed and the customer picked; from a customer's page the
/// customer is fixed and the offer chosen.
#[component]
pub fn NcePurchaseForm(
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
        chosen_offer,
        offer,
    } = OrderFor::new(customer_id, initial_customer, offer_id);
    let term = RwSignal::new(String::new());
    let quantity = RwSignal::new("1".to_string());
    let nickname = RwSignal::new(String::new());
    let ids = RwSignal::new(new_commerce_ids());
    let fields: &'static [&'static str] = &["customer", "offer", "term", "quantity", "nickname"];
    let check = ActionCheck::new(book, prefix, fields, move || {
        let term_plan = chosen_term_plan(&term.get())?;
        let name = nickname.get();
        Ok(Command::Purchase {
            ids: ids.get(),
            customer_id: required(customer.get(), "customer", A::ChooseTheCustomer)?,
            offer_id: required(offer.get(), "offer", A::ChooseTheOffer)?,
            quantity: parse_quantity(&quantity.get())?,
            frequency: term_plan.plan.frequency(),
            nickname: (!name.trim().is_empty()).then(|| name.trim().to_string()),
            term_plan: Some(term_plan),
        })
    });
    let offers = Signal::derive(move || {
        let country = customer_country(book, picks_customer, customer);
        book.catalog().with(|c| {
            offer_options(
                c.purchasable(BillingFrequency::Monthly)
                    .filter(|o| sold_to(o, &country)),
            )
        })
    });
    let seats = Signal::derive(move || parse_quantity(&quantity.get()).unwrap_or(1));
    let done = after_order(
        ids,
        new_commerce_ids,
        picks_customer.then_some(customer),
        on_done,
    );
    view! {
        {picks_customer.then(|| view! { <CustomerPicker check value=customer offer /> })}
        {offer_id.is_none().then(|| view! {
            <SelectField field=check.field("offer") label=language.tr(CommonText::Offer) value=chosen_offer options=offers placeholder=language.tr(A::ChooseAnOffer) />
        })}
        <TextField field=check.field("quantity") autocomplete="off" label=language.tr(CommonText::Seats) value=quantity inputmode="numeric" />
        <TermPlanChoice field=check.field("term") offer seats value=term />
        <TextField
            field=check.field("nickname")
            autocomplete="off"
            label=language.tr(A::NicknameOptional)
            value=nickname
            hint=language.tr(A::NicknameShownHint)
        />
        <ActionFlow check confirm=language.tr(A::ConfirmPurchase) done=language.tr(A::SubscriptionPurchased) on_done=done on_close />
    }
}
