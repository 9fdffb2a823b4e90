//! The offers the first choice and the search list, each with its prices (or, for a trial,
//! what it converts to), its seats, and the button that shows its details.

use super::offer_details::prices;
use crate::components::format::offer_names;
use crate::components::table_scroll::TableScroll;
use crate::state::book_state::use_book;
use crate::state::settings_context::use_settings;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use partnerdesk_core::model::catalog::{Catalog, Offer};

#[component]
pub fn OffersTable(
    offers: Memo<Vec<Offer>>,
    trial_mode: Signal<bool>,
    selected: RwSignal<Option<String>>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let rows = move || {
        let shown = Shown {
            today: book.today(),
            currency: settings.with(|s| s.currency.clone()),
            trials: trial_mode.get(),
            selected,
            status,
        };
        book.catalog().with(|catalog| {
            offers
                .get()
                .into_iter()
                .map(|o| offer_row(o, catalog, &shown))
                .collect_view()
        })
    };
    let headers = move || {
        if trial_mode.get() {
            view! { <th scope="col">"Price"</th><th scope="col">"Converts to"</th> }.into_any()
        } else {
            view! { <th scope="col">"Monthly price"</th><th scope="col">"Annual price (12 × monthly)"</th> }.into_any()
        }
    };
    view! {
        <div
            role="tabpanel"
            id="offers-panel"
            aria-labelledby=move || if trial_mode.get() { "tab-trials" } else { "tab-online-services" }
        >
            <p class="hint">
                {move || if trial_mode.get() {
                    "Only free trials are shown; offers that are not free are disabled while \"Trial offer\" is chosen. Add-ons and government or education offers have no trials."
                } else {
                    "Base offers billable with this frequency. Add-ons are bought on a customer's subscription; trials under \"Trial offer\"."
                }}
            </p>
            <TableScroll label=move || if trial_mode.get() { "Trials" } else { "Online services" }>
            <table class="offers">
                <caption>{move || if trial_mode.get() { "Trials" } else { "Online services" }}</caption>
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
            </TableScroll>
            {move || offers.with(Vec::is_empty).then(|| view! { <p>"No offer matches the search."</p> })}
        </div>
    }
}

/// What every row of the table is shown with.
struct Shown {
    today: NaiveDate,
    currency: String,
    /// Trials show what they convert to instead of prices.
    trials: bool,
    selected: RwSignal<Option<String>>,
    status: RwSignal<Option<String>>,
}

fn offer_row(o: Offer, catalog: &Catalog, shown: &Shown) -> impl IntoView {
    let (selected, status) = (shown.selected, shown.status);
    let id = o.id.clone();
    let is_selected = move || selected.get().as_deref() == Some(id.as_str());
    let choose_id = o.id.clone();
    let row_selected = is_selected.clone();
    let price_cells = if shown.trials {
        let converts = if o.conversion_targets.is_empty() {
            format!(
                "No conversion; compatible: {}",
                offer_names(catalog, &o.compatible_offers)
            )
        } else {
            offer_names(catalog, &o.conversion_targets)
        };
        view! { <td>"Free for 30 days"</td><td>{converts}</td> }.into_any()
    } else {
        let currency = &shown.currency;
        let (monthly, annual) =
            prices(catalog, &o, shown.today).unwrap_or_else(|| ("—".into(), "—".into()));
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
}

fn focus_details() {
    request_animation_frame(|| {
        if let Some(el) = document().get_element_by_id("offer-details") {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}
