//! `/catalog`: Partner Center's catalog. The partner first picks a billing frequency (P3):
//! Monthly or Annual lists the base offers billable that way; "Trial offer" shows only trials,
//! on the Trials tab, and disables the rest (T6). An offer's details lead to buying it, or to
//! signing a customer up for the trial.

use super::set_title;
use crate::book_state::use_book;
use crate::components::book_notice::BookNotice;
use crate::components::format::offer_names;
use crate::components::offer_details::{prices, OfferDetails};
use crate::components::purchase_forms::PurchaseForm;
use crate::components::trial_forms::TrialSignUpForm;
use crate::settings::use_settings;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use partnerdesk_core::model::catalog::{BillingFrequency, Offer};

/// The catalog's first choice (P3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    Monthly,
    Annual,
    Trial,
}

impl Choice {
    const ALL: [Choice; 3] = [Choice::Monthly, Choice::Annual, Choice::Trial];

    fn key(self) -> &'static str {
        match self {
            Choice::Monthly => "monthly",
            Choice::Annual => "annual",
            Choice::Trial => "trial",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Choice::Monthly => "Monthly",
            Choice::Annual => "Annual",
            Choice::Trial => "Trial offer",
        }
    }

    fn parse(key: &str) -> Choice {
        Choice::ALL
            .into_iter()
            .find(|c| c.key() == key)
            .unwrap_or(Choice::Monthly)
    }

    fn frequency(self) -> Option<BillingFrequency> {
        match self {
            Choice::Monthly => Some(BillingFrequency::Monthly),
            Choice::Annual => Some(BillingFrequency::Annual),
            Choice::Trial => None,
        }
    }
}

#[component]
pub fn Catalog() -> impl IntoView {
    set_title("Catalog");
    let book = use_book();
    let settings = use_settings();
    let query = use_query_map();
    let (initial_choice, initial_customer) = query.with_untracked(|q| {
        (
            Choice::parse(&q.get("frequency").unwrap_or_default()),
            q.get("customer"),
        )
    });
    let choice = RwSignal::new(initial_choice.key().to_string());
    let chosen = Memo::new(move |_| Choice::parse(&choice.get()));
    let search = RwSignal::new(String::new());
    let selected = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);

    let offers = Memo::new(move |_| {
        let words = search.get().to_lowercase();
        let c = chosen.get();
        book.catalog().with(|catalog| {
            let list: Vec<&Offer> = match c.frequency() {
                Some(f) => catalog.purchasable(f).collect(),
                None => catalog.trials().collect(),
            };
            list.into_iter()
                .filter(|o| o.name.to_lowercase().contains(words.trim()))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // An offer that the frequency or the search no longer lists is no longer chosen.
    Effect::new(move |_| {
        let listed = offers.with(|list| {
            selected
                .with_untracked(|s| s.as_ref().is_none_or(|id| list.iter().any(|o| &o.id == id)))
        });
        if !listed {
            selected.set(None);
        }
    });

    let trial_mode = move || chosen.get() == Choice::Trial;
    let rows = move || {
        let today = book.today();
        let currency = settings.with(|s| s.currency.clone());
        let trials = trial_mode();
        book.catalog().with(|catalog| {
            offers
                .get()
                .into_iter()
                .map(|o| {
                    let id = o.id.clone();
                    let is_selected = move || selected.get().as_deref() == Some(id.as_str());
                    let choose_id = o.id.clone();
                    let row_selected = is_selected.clone();
                    let price_cells = if trials {
                        let converts = if o.conversion_targets.is_empty() {
                            format!("No conversion; compatible: {}", offer_names(catalog, &o.compatible_offers))
                        } else {
                            offer_names(catalog, &o.conversion_targets)
                        };
                        view! { <td>"Free for 30 days"</td><td>{converts}</td> }.into_any()
                    } else {
                        let (monthly, annual) = prices(catalog, &o, today)
                            .unwrap_or_else(|| ("—".into(), "—".into()));
                        view! {
                            <td class="num">{format!("{monthly} {currency}")}</td>
                            <td class="num">{format!("{annual} {currency}")}</td>
                        }
                        .into_any()
                    };
                    let label = format!("Choose {}", o.name);
                    view! {
                        <tr class:selected=row_selected>
                            <th scope="row">{o.name.clone()}</th>
                            {price_cells}
                            <td>{if o.min_seats == o.max_seats { o.min_seats.to_string() } else { format!("{} to {}", o.min_seats, o.max_seats) }}</td>
                            <td>
                                <button
                                    type="button"
                                    aria-label=label
                                    aria-pressed=move || is_selected().to_string()
                                    on:click=move |_| {
                                        status.set(None);
                                        selected.set(Some(choose_id.clone()));
                                        focus_details();
                                    }
                                >
                                    "Choose"
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let headers = move || {
        if trial_mode() {
            view! { <th scope="col">"Price"</th><th scope="col">"Converts to"</th> }.into_any()
        } else {
            view! { <th scope="col">"Monthly price"</th><th scope="col">"Annual price (12 × monthly)"</th> }.into_any()
        }
    };
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
    let done = Callback::new(move |message: String| status.set(Some(message)));
    let offer_id = Signal::derive(move || selected.get().unwrap_or_default());
    // The form is rebuilt only when the kind of form changes; the offer follows the table.
    let form_kind = Memo::new(move |_| selected.with(Option::is_some).then(|| chosen.get()));
    let form = move || {
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
    };

    view! {
        <h1>"Catalog"</h1>
        <BookNotice />
        <p><a href="/imports#import-price-list">"Import a price list"</a></p>
        <fieldset class="choices frequency-choice">
            <legend>"Billing frequency"</legend>
            {Choice::ALL
                .into_iter()
                .map(|c| {
                    let id = format!("catalog-frequency-{}", c.key());
                    view! {
                        <span class="choice">
                            <input type="radio" id=id.clone() name="catalog-frequency" value=c.key() bind:group=choice />
                            <label for=id>{c.label()}</label>
                        </span>
                    }
                })
                .collect_view()}
        </fieldset>
        <div class="field">
            <label for="offer-search">"Search offers by name"</label>
            <input id="offer-search" type="search" autocomplete="off" bind:value=search />
        </div>
        <div role="tablist" aria-label="Offer categories" class="tabs">
            <button
                type="button"
                role="tab"
                id="tab-online-services"
                aria-controls="offers-panel"
                aria-selected=move || (!trial_mode()).to_string()
                disabled=trial_mode
            >
                "Online services"
            </button>
            <button
                type="button"
                role="tab"
                id="tab-trials"
                aria-controls="offers-panel"
                aria-selected=move || trial_mode().to_string()
                disabled=move || !trial_mode()
            >
                "Trials"
            </button>
        </div>
        <div
            role="tabpanel"
            id="offers-panel"
            aria-labelledby=move || if trial_mode() { "tab-trials" } else { "tab-online-services" }
        >
            <p class="hint">
                {move || if trial_mode() {
                    "Only free trials are shown; offers that are not free are disabled while \"Trial offer\" is chosen. Add-ons and government or education offers have no trials (T5)."
                } else {
                    "Base offers billable with this frequency. Add-ons are bought on a customer's subscription (P4); trials under \"Trial offer\"."
                }}
            </p>
            <table class="offers">
                <caption>{move || if trial_mode() { "Trials" } else { "Online services" }}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Offer"</th>
                        {headers}
                        <th scope="col">"Seats"</th>
                        <th scope="col">"Details"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {move || offers.with(Vec::is_empty).then(|| view! { <p>"No offer matches the search."</p> })}
        </div>
        <section id="offer-details" class="offer-panel" tabindex="-1" aria-labelledby="offer-details-heading">
            <h2 id="offer-details-heading">
                {move || selected_offer.get().map_or("Offer details".to_string(), |o| o.name)}
            </h2>
            {move || selected_offer.with(Option::is_none).then(|| view! { <p>"Choose an offer to see its details."</p> })}
            {details}
            {form}
            <p class="status" role="status">{move || status.get()}</p>
        </section>
    }
}

fn focus_details() {
    request_animation_frame(|| {
        use leptos::wasm_bindgen::JsCast;
        if let Some(el) = document().get_element_by_id("offer-details") {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_choice_defaults_to_monthly() {
        assert_eq!(Choice::parse("trial"), Choice::Trial);
        assert_eq!(Choice::parse("weekly"), Choice::Monthly);
        assert_eq!(Choice::Trial.frequency(), None);
    }
}
