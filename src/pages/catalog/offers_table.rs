//! The offers the first choice and the search list, each with its prices (or, for a trial,
//! what it converts to), its seats, and the button that shows its details.

use super::offer_details::prices;
use crate::components::format::{count_text, money_in, offer_names};
use crate::components::table_scroll::TableScroll;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use partnerdesk_core::model::catalog::{Catalog, Offer};
use partnerdesk_l10n::{CatalogText as C, CommonText, Lang};

#[component]
pub fn OffersTable(
    offers: Memo<Vec<Offer>>,
    trial_mode: Signal<bool>,
    selected: RwSignal<Option<String>>,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let language = use_language();
    let rows = move || {
        let shown = Shown {
            lang: language.get(),
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
        let lang = language.get();
        let (first, second) = if trial_mode.get() {
            (C::Price, C::ConvertsTo)
        } else {
            (C::MonthlyPrice, C::AnnualPriceTimes12)
        };
        view! { <th scope="col">{lang.text(first)}</th><th scope="col">{lang.text(second)}</th> }
    };
    let tab_name = move || {
        let tab = if trial_mode.get() {
            C::Trials
        } else {
            C::OnlineServices
        };
        language.get().text(tab)
    };
    view! {
        <div
            role="tabpanel"
            id="offers-panel"
            aria-labelledby=move || if trial_mode.get() { "tab-trials" } else { "tab-online-services" }
        >
            <p class="hint">
                {move || {
                    let hint = if trial_mode.get() { C::TrialsHint } else { C::BaseOffersHint };
                    language.get().text(hint)
                }}
            </p>
            <TableScroll label=tab_name>
            <table class="offers">
                <caption>{tab_name}</caption>
                <thead>
                    <tr>
                        <th scope="col">{language.tr(CommonText::Offer)}</th>
                        {headers}
                        <th scope="col">{language.tr(CommonText::Seats)}</th>
                        <th scope="col">{language.tr(C::Details)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </TableScroll>
            {move || offers.with(Vec::is_empty).then(|| view! { <p>{language.tr(C::NoOfferMatches)}</p> })}
        </div>
    }
}

/// What every row of the table is shown with.
struct Shown {
    lang: Lang,
    today: NaiveDate,
    currency: String,
    /// Trials show what they convert to instead of prices.
    trials: bool,
    selected: RwSignal<Option<String>>,
    status: RwSignal<Option<String>>,
}

fn offer_row(o: Offer, catalog: &Catalog, shown: &Shown) -> impl IntoView {
    let (selected, status, lang) = (shown.selected, shown.status, shown.lang);
    let id = o.id.clone();
    let is_selected = move || selected.get().as_deref() == Some(id.as_str());
    let choose_id = o.id.clone();
    let row_selected = is_selected.clone();
    let price_cells = if shown.trials {
        let converts = if o.conversion_targets.is_empty() {
            let compatible = offer_names(catalog, &o.compatible_offers);
            lang.fill(C::NoConversion, &[&compatible])
        } else {
            offer_names(catalog, &o.conversion_targets)
        };
        view! { <td>{lang.text(C::FreeFor30Days)}</td><td>{converts}</td> }.into_any()
    } else {
        let currency = &shown.currency;
        let (monthly, annual) = prices(catalog, &o, shown.today).map_or_else(
            || ("—".into(), "—".into()),
            |(m, a)| (money_in(m, currency), money_in(a, currency)),
        );
        view! {
            <td class="num">{monthly}</td>
            <td class="num">{annual}</td>
        }
        .into_any()
    };
    let label = lang.fill(C::ChooseOffer, &[&o.name]);
    let seats = if o.min_seats == o.max_seats {
        count_text(o.min_seats.into())
    } else {
        let (min, max) = (
            count_text(o.min_seats.into()),
            count_text(o.max_seats.into()),
        );
        lang.fill(C::SeatsRange, &[&min, &max])
    };
    view! {
        <tr class:selected=row_selected>
            <th scope="row">{o.name.clone()}</th>
            {price_cells}
            <td>{seats}</td>
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
                    {lang.text(C::Choose)}
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
