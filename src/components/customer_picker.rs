//! Choosing one customer among thousands: a search box narrows a select to the first matches.

use crate::components::format::count_text;
use crate::forms::action_check::ActionCheck;
use crate::forms::field::FieldMessage;
use crate::state::book_state::use_book;
use crate::state::customer_index::{select, SortBy};
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_l10n::{CustomersText, Lang};

/// More options than this make a select slow to render and to scan.
const SHOWN: usize = 100;

/// The countries `offer` is sold in (empty: everywhere, or no offer chosen yet).
fn offer_countries(offer: Option<Signal<String>>) -> Memo<Vec<String>> {
    let catalog = use_book().catalog();
    Memo::new(move |_| {
        let Some(offer) = offer else { return vec![] };
        let id = offer.get();
        catalog.with(|c| {
            c.offer(&id)
                .map(|o| o.countries.clone())
                .unwrap_or_default()
        })
    })
}

/// (id, "name (domain)") of the first customers matching `query` who can have the offer
/// (sold in their country), and how many match.
fn matching_customers(
    query: RwSignal<String>,
    countries: Memo<Vec<String>>,
) -> Memo<(Vec<(String, String)>, usize)> {
    let book = use_book();
    let rows = book.customer_rows();
    Memo::new(move |_| {
        let q = query.get();
        countries.with(|countries| {
            rows.with(|rows| {
                book.with(|b| {
                    let sold_there = |i: &usize| {
                        countries.is_empty() || countries.contains(&rows[*i].customer(b).country)
                    };
                    let found: Vec<usize> = select(rows, &q, SortBy::Name)
                        .into_iter()
                        .filter(sold_there)
                        .collect();
                    let shown = found
                        .iter()
                        .take(SHOWN)
                        .map(|&i| {
                            let c = rows[i].customer(b);
                            (c.id.clone(), format!("{} ({})", c.company_name, c.domain))
                        })
                        .collect();
                    (shown, found.len())
                })
            })
        })
    })
}

fn matches_text(lang: Lang, shown: usize, total: usize) -> String {
    let total_text = count_text(total as u64);
    if total > shown {
        let shown_text = count_text(shown as u64);
        lang.fill(CustomersText::FirstListed, &[&total_text, &shown_text])
    } else {
        lang.fill(CustomersText::AllListed, &[&total_text])
    }
}

#[component]
pub fn CustomerPicker(
    check: ActionCheck,
    value: RwSignal<String>,
    /// The offer ordered: only customers in a country where it is sold are listed.
    #[prop(optional, into)]
    offer: Option<Signal<String>>,
) -> impl IntoView {
    let language = use_language();
    let query = RwSignal::new(String::new());
    let countries = offer_countries(offer);
    let matches = matching_customers(query, countries);
    // A customer hidden by the search must not stay chosen out of sight.
    let search = move |ev: leptos::ev::Event| {
        query.set(event_target_value(&ev));
        let chosen = value.get_untracked();
        if !matches.with_untracked(|(shown, _)| shown.iter().any(|(id, _)| *id == chosen)) {
            value.set(String::new());
        }
    };
    let search_id = check.id("customer-search");
    let field = check.field("customer");
    let count_id = format!("{search_id}-count");
    view! {
        <div class="field">
            <label for=search_id.clone()>{language.tr(CustomersText::FindCustomer)}</label>
            <input
                id=search_id
                type="search"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=search
                aria-describedby=count_id.clone()
            />
            <p id=count_id class="hint" aria-live="polite">
                {move || {
                    let lang = language.get();
                    matches.with(|(shown, total)| matches_text(lang, shown.len(), *total))
                }}
            </p>
            {move || {
                countries.with(|c| !c.is_empty()).then(|| view! {
                    <p class="hint">{language.tr(CustomersText::OnlyWhereSold)}</p>
                })
            }}
        </div>
        <div class="field">
            <label for=field.id()>{language.tr(CustomersText::Customer)}</label>
            <select
                id=field.id()
                on:change:target=move |ev| value.set(ev.target().value())
                aria-invalid=field.invalid()
                aria-describedby=field.described_by()
            >
                <option value="" selected=move || value.get().is_empty()>{language.tr(CustomersText::ChooseCustomer)}</option>
                {move || {
                    let chosen = value.get();
                    matches
                        .get()
                        .0
                        .into_iter()
                        .map(|(id, text)| {
                            let selected = id == chosen;
                            view! { <option value=id selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <FieldMessage field />
        </div>
    }
}
