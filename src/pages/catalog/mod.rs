//! `/catalog`: Partner Center's catalog. The partner first picks a billing frequency (P3):
//! Monthly or Annual lists the base offers billable that way; "Trial offer" shows only trials,
//! on the Trials tab, and disables the rest (T6). An offer's details lead to buying it, or to
//! signing a customer up for the trial.

mod choice;
mod offer_details;
mod offer_panel;
mod offers_table;

use super::page_title;
use crate::components::book_notice::BookNotice;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use choice::Choice;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use offer_panel::OfferPanel;
use offers_table::OffersTable;
use partnerdesk_core::base::search_text::SearchWords;
use partnerdesk_core::model::catalog::Offer;
use partnerdesk_l10n::{CatalogText, CommonText, Key};

#[component]
pub fn Catalog() -> impl IntoView {
    page_title(Key::NavCatalog);
    let language = use_language();
    let book = use_book();
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
        let words = search.with(|s| SearchWords::new(s));
        let c = chosen.get();
        book.catalog().with(|catalog| {
            let list: Vec<&Offer> = match c.frequency() {
                Some(f) => catalog.purchasable(f).collect(),
                None => catalog.trials().collect(),
            };
            list.into_iter()
                .filter(|o| words.match_text(&o.name))
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
    let trial_mode = Signal::derive(move || chosen.get() == Choice::Trial);

    view! {
        <h1>{language.tr(Key::NavCatalog)}</h1>
        <BookNotice />
        <p><a href="/imports#import-price-list">{language.tr(CatalogText::ImportPriceList)}</a></p>
        <ChoiceFieldset choice />
        <div class="field">
            <label for="offer-search">{language.tr(CatalogText::SearchOffers)}</label>
            <input id="offer-search" type="search" autocomplete="off" bind:value=search />
        </div>
        <OfferTabs trial_mode />
        <OffersTable offers trial_mode selected status />
        <OfferPanel selected chosen initial_customer status />
    }
}

/// The catalog's first choice, as a radio group.
#[component]
fn ChoiceFieldset(choice: RwSignal<String>) -> impl IntoView {
    let language = use_language();
    view! {
        <fieldset class="choices frequency-choice">
            <legend>{language.tr(CommonText::BillingFrequency)}</legend>
            {Choice::ALL
                .into_iter()
                .map(|c| {
                    let id = format!("catalog-frequency-{}", c.key());
                    view! {
                        <span class="choice">
                            <input type="radio" id=id.clone() name="catalog-frequency" value=c.key() bind:group=choice />
                            <label for=id>{move || c.label(language.get())}</label>
                        </span>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// Online services or Trials: the tab that "Trial offer" selects, the other disabled.
#[component]
fn OfferTabs(trial_mode: Signal<bool>) -> impl IntoView {
    let language = use_language();
    view! {
        <div role="tablist" aria-label=language.tr(CatalogText::OfferCategories) class="tabs">
            <button
                type="button"
                role="tab"
                id="tab-online-services"
                aria-controls="offers-panel"
                aria-selected=move || (!trial_mode.get()).to_string()
                disabled=trial_mode
            >
                {language.tr(CatalogText::OnlineServices)}
            </button>
            <button
                type="button"
                role="tab"
                id="tab-trials"
                aria-controls="offers-panel"
                aria-selected=move || trial_mode.get().to_string()
                disabled=move || !trial_mode.get()
            >
                {language.tr(CatalogText::Trials)}
            </button>
        </div>
    }
}
