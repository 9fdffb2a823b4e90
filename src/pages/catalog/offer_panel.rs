//! The chosen offer: its details, and the form that buys it or signs a customer up for the
//! trial.

use super::choice::Choice;
use super::offer_details::OfferDetails;
use crate::components::purchase_forms::PurchaseForm;
use crate::components::trial_forms::TrialSignUpForm;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;
use leptos_router::components::A;
use partnerdesk_core::model::event::Event;
use partnerdesk_l10n::CatalogText as C;

#[component]
pub fn OfferPanel(
    selected: RwSignal<Option<String>>,
    chosen: Memo<Choice>,
    /// The customer a link to the catalog named, chosen in the form at first.
    initial_customer: Option<String>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let book = use_book();
    // Where what the form last recorded is shown, taken when it was recorded.
    let recorded: RwSignal<Option<String>> = RwSignal::new(None);
    let settings = use_settings();
    let language = use_language();
    let selected_offer = Memo::new(move |_| {
        let id = selected.get()?;
        book.catalog().with(|c| c.offer(&id).cloned())
    });
    let details = move || {
        // Drawn again in the new language when it changes.
        language.get();
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
                {move || selected_offer.get().map_or_else(|| language.get().text(C::OfferDetails).to_string(), |o| o.name)}
            </h2>
            {move || selected_offer.with(Option::is_none).then(|| view! { <p>{language.tr(C::ChooseToSeeDetails)}</p> })}
            {details}
            <OrderForm selected chosen initial_customer status recorded />
            <p class="status" class:success=move || status.with(Option::is_some) role="status">
                {move || status.get()}
                {move || {
                    status.with(Option::is_some).then(|| recorded.get()).flatten().map(|href| {
                        view! { " " <A href=href>{language.tr(C::OpenOnCustomerPage)}</A> }
                    })
                }}
            </p>
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
    recorded: RwSignal<Option<String>>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    // After an order the form starts afresh, no customer chosen: left as it was, it would at
    // once refuse what was just recorded (a second trial), beside the success message.
    let fresh = RwSignal::new(0_u32);
    let initial_customer = StoredValue::new(initial_customer);
    let done = Callback::new(move |message: String| {
        // Called right after the order is recorded: the book's last event is the order's.
        recorded.set(book.with(|b| recorded_href(b.events.last()?)));
        status.set(Some(message));
        initial_customer.set_value(None);
        fresh.update(|n| *n += 1);
    });
    let offer_id = Signal::derive(move || selected.get().unwrap_or_default());
    // The kind of form, and how many orders it has taken: a new order, a new form.
    let form_kind = Memo::new(move |_| {
        let orders = fresh.get();
        selected
            .with(Option::is_some)
            .then(|| (chosen.get(), orders))
    });
    move || {
        form_kind.get().map(|(c, _)| {
            let customer = initial_customer.get_value();
            let form = match c.frequency() {
                None => view! {
                    <h3>{language.tr(C::SignUpForTheTrial)}</h3>
                    <TrialSignUpForm
                        prefix="catalog-trial"
                        initial_customer=customer.unwrap_or_default()
                        offer_id
                        on_done=done
                    />
                }
                .into_any(),
                Some(f) => view! {
                    <h3>{language.tr(C::Buy)}</h3>
                    <PurchaseForm
                        prefix="catalog-buy"
                        initial_customer=customer.unwrap_or_default()
                        offer_id
                        frequency=Signal::derive(move || f)
                        on_done=done
                    />
                }
                .into_any(),
            };
            // A change in the new form makes the last success message stale.
            view! { <div on:change=move |_| status.set(None)>{form}</div> }
        })
    }
}

/// The customer's page with the subscription `event` (an order) made open.
fn recorded_href(event: &Event) -> Option<String> {
    let subscription = event.command.target_subscription()?;
    let customer = event.customer_id.as_deref()?;
    Some(format!("/customers/{customer}?subscription={subscription}"))
}
