//! The chosen offer: its details, and the form that buys it or signs a customer up for the
//! trial.

use super::choice::Choice;
use super::offer_details::OfferDetails;
use crate::components::purchase_forms::PurchaseForm;
use crate::components::trial_forms::TrialSignUpForm;
use crate::state::book_state::use_book;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;

#[component]
pub fn OfferPanel(
    selected: RwSignal<Option<String>>,
    chosen: Memo<Choice>,
    /// The customer a link to the catalog named, chosen in the form at first.
    initial_customer: Option<String>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let selected_offer = Memo::new(move |_| {
        let id = selected.get()?;
        book.catalog().with(|c| c.offer(&id).cloned())
    });
    let details = move || {
        selected_offer.get().map(|offer| {
            view! {
                <OfferDetails
                    offer
                    catalog=book.catalog().get()
                    today=book.today()
                    currency=settings.with(|s| s.currency.clone())
                />
            }
        })
    };
    view! {
        <section id="offer-details" class="offer-panel" tabindex="-1" aria-labelledby="offer-details-heading">
            <h2 id="offer-details-heading">
                {move || selected_offer.get().map_or("Offer details".to_string(), |o| o.name)}
            </h2>
            {move || selected_offer.with(Option::is_none).then(|| view! { <p>"Choose an offer to see its details."</p> })}
            {details}
            <OrderForm selected chosen initial_customer status />
            <p class="status" role="status">{move || status.get()}</p>
        </section>
    }
}

/// Buying the offer, or signing up for the trial. The form is rebuilt only when the kind of
/// form changes; the offer follows the table.
#[component]
fn OrderForm(
    selected: RwSignal<Option<String>>,
    chosen: Memo<Choice>,
    initial_customer: Option<String>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let done = Callback::new(move |message: String| status.set(Some(message)));
    let offer_id = Signal::derive(move || selected.get().unwrap_or_default());
    let form_kind = Memo::new(move |_| selected.with(Option::is_some).then(|| chosen.get()));
    move || {
        form_kind.get().map(|c| {
            let customer = initial_customer.clone();
            match c.frequency() {
                None => view! {
                    <h3>"Sign up for the trial"</h3>
                    <TrialSignUpForm
                        prefix="catalog-trial"
                        initial_customer=customer.unwrap_or_default()
                        offer_id
                        on_done=done
                    />
                }
                .into_any(),
                Some(f) => view! {
                    <h3>"Buy"</h3>
                    <PurchaseForm
                        prefix="catalog-buy"
                        initial_customer=customer.unwrap_or_default()
                        offer_id
                        frequency=Signal::derive(move || f)
                        on_done=done
                    />
                }
                .into_any(),
            }
        })
    }
}
