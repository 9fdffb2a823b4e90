//! What the forms that create a subscription share: fresh ids for every order, and offers
//! listed for a select.

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

/// (id, name) of each offer, as a select lists them.
pub fn offer_options<'a>(offers: impl Iterator<Item = &'a Offer>) -> Vec<(String, String)> {
    offers.map(|o| (o.id.clone(), o.name.clone())).collect()
}
