//! What the forms that create a subscription share: whom and what they order for, fresh ids
//! for every order, and offers listed for a select.

use crate::state::book_state::BookState;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::Offer;
use partnerdesk_core::model::command::NewIds;

/// Once an order is recorded: fresh ids for the next one, so two orders never share a
/// subscription id; `chosen_customer` (a form that picks its customer, as from the catalog)
/// is emptied so the next order's customer is chosen afresh.
pub fn after_order(
    ids: RwSignal<NewIds>,
    fresh: fn() -> NewIds,
    chosen_customer: Option<RwSignal<String>>,
    on_done: Callback<String>,
) -> Callback<String> {
    Callback::new(move |message| {
        ids.set(fresh());
        if let Some(customer) = chosen_customer {
            customer.set(String::new());
        }
        on_done.run(message);
    })
}

/// Whom and what a form orders for. From the catalog the offer is fixed and the customer is
/// picked; from a customer's page the customer is fixed and the offer is picked.
#[derive(Clone, Copy)]
pub struct OrderFor {
    /// The form shows a customer picker.
    pub picks_customer: bool,
    pub customer: RwSignal<String>,
    /// The offer picked in the form, when the offer is not fixed.
    pub chosen_offer: RwSignal<String>,
    /// The fixed offer, or the one picked.
    pub offer: Signal<String>,
}

impl OrderFor {
    pub fn new(
        customer_id: Option<String>,
        initial_customer: Option<String>,
        offer_id: Option<Signal<String>>,
    ) -> OrderFor {
        let chosen_offer = RwSignal::new(String::new());
        OrderFor {
            picks_customer: customer_id.is_none(),
            customer: RwSignal::new(customer_id.or(initial_customer).unwrap_or_default()),
            chosen_offer,
            offer: Signal::derive(move || match offer_id {
                Some(fixed) => fixed.get(),
                None => chosen_offer.get(),
            }),
        }
    }
}

/// (id, name) of each offer, as a select lists them.
pub fn offer_options<'a>(offers: impl Iterator<Item = &'a Offer>) -> Vec<(String, String)> {
    offers.map(|o| (o.id.clone(), o.name.clone())).collect()
}

/// The country of the customer a form orders for, when the form is on that customer's page: its
/// offers are then only those sold there, instead of refused once picked (P7).
pub fn customer_country(
    book: BookState,
    picks_customer: bool,
    customer: RwSignal<String>,
) -> Option<String> {
    (!picks_customer)
        .then(|| book.customer_country(&customer.get()))
        .flatten()
}

/// True when `offer` is sold in `country` (any offer when the country is not known yet).
pub fn sold_to(offer: &Offer, country: &Option<String>) -> bool {
    country.as_deref().is_none_or(|c| offer.sold_in(c))
}
