//! `/customers`: every customer with search, sort and pages of 50, so 10,000 customers stay
//! quick; and the form that creates one. The list reads names and subscription counts from
//! the history without deriving anything.

use super::page_title;
use crate::components::book_notice::BookNotice;
use crate::components::customer_form::CustomerForm;
use crate::components::format::count_text;
use crate::components::pager::Pager;
use crate::components::table_scroll::TableScroll;
use crate::components::words::segment_word;
use crate::state::book_state::use_book;
use crate::state::customer_index::{page, select, Page, SortBy};
use crate::state::language::use_language;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use partnerdesk_l10n::{CommonText, CustomersText, Key, Lang};

const PER_PAGE: usize = 50;

#[component]
pub fn Customers() -> impl IntoView {
    page_title(Key::NavCustomers);
    let language = use_language();
    let book = use_book();
    let rows = book.customer_rows();
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new(SortBy::Name.key().to_string());
    let wanted_page = RwSignal::new(1usize);

    let found = Memo::new(move |_| {
        let q = query.get();
        let by = SortBy::parse(&sort.get());
        rows.with(|rows| select(rows, &q, by))
    });
    let current = Memo::new(move |_| page(found.with(Vec::len), PER_PAGE, wanted_page.get()));
    let page_count = Signal::derive(move || current.get().count);
    let summary = move || {
        let lang = language.get();
        let total = rows.with(Vec::len);
        let matching = found.with(Vec::len);
        let total_text = count_text(total as u64);
        if matching == total {
            lang.fill(CustomersText::CustomersCount, &[&total_text])
        } else {
            let matching_text = count_text(matching as u64);
            lang.fill(
                CustomersText::CustomersMatch,
                &[&matching_text, &total_text],
            )
        }
    };

    view! {
        <h1>{language.tr(Key::NavCustomers)}</h1>
        <BookNotice />
        <NewCustomer />
        <ListControls query sort wanted_page />
        <p id="customer-count" role="status">{summary}</p>
        <TableScroll label=language.tr(Key::NavCustomers)>
        <table class="customers">
            <caption>{language.tr(Key::NavCustomers)}</caption>
            <thead>
                <tr>
                    <th scope="col">{language.tr(CommonText::CompanyName)}</th>
                    <th scope="col">{language.tr(CustomersText::Domain)}</th>
                    <th scope="col">{language.tr(CommonText::Country)}</th>
                    <th scope="col">{language.tr(CommonText::Segment)}</th>
                    <th scope="col">{language.tr(CustomersText::Subscriptions)}</th>
                </tr>
            </thead>
            <tbody>
                <CustomerRows found current />
            </tbody>
        </table>
        </TableScroll>
        <Pager label=language.tr(CustomersText::ListPages) page=wanted_page count=page_count />
    }
}

/// The "New customer" button and the form it opens; a created customer's page opens next.
#[component]
fn NewCustomer() -> impl IntoView {
    let language = use_language();
    let creating = RwSignal::new(false);
    let navigate = use_navigate();
    let saved = Callback::new(move |id: String| {
        creating.set(false);
        navigate(&format!("/customers/{id}"), Default::default());
    });
    view! {
        <div class="actions">
            <button
                type="button"
                aria-expanded=move || creating.get().to_string()
                aria-controls="new-customer"
                on:click=move |_| creating.update(|c| *c = !*c)
            >
                {language.tr(CustomersText::NewCustomer)}
            </button>
            <a href="/imports#import-customers">{language.tr(CustomersText::ImportCustomers)}</a>
        </div>
        <Show when=move || creating.get()>
            <section id="new-customer" class="action-form" aria-labelledby="new-customer-heading">
                <h2 id="new-customer-heading">{language.tr(CustomersText::NewCustomer)}</h2>
                <CustomerForm
                    existing=None
                    on_saved=saved
                    on_close=Some(Callback::new(move |()| creating.set(false)))
                />
            </section>
        </Show>
    }
}

/// Search and sort; either goes back to the first page.
#[component]
fn ListControls(
    query: RwSignal<String>,
    sort: RwSignal<String>,
    wanted_page: RwSignal<usize>,
) -> impl IntoView {
    let language = use_language();
    view! {
        <div class="list-controls">
            <div class="field">
                <label for="customer-search">{language.tr(CustomersText::SearchCustomers)}</label>
                <input
                    id="customer-search"
                    type="search"
                    autocomplete="off"
                    aria-describedby="customer-count"
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        wanted_page.set(1);
                    }
                />
            </div>
            <div class="field">
                <label for="customer-sort">{language.tr(CustomersText::SortBy)}</label>
                <select
                    id="customer-sort"
                    on:change:target=move |ev| {
                        sort.set(ev.target().value());
                        wanted_page.set(1);
                    }
                >
                    {SortBy::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.key() selected=move || sort.get() == s.key()>{move || sort_label(language.get(), s)}</option> })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}

/// What a sort is called; its key, not its words, is what the choice holds.
fn sort_label(lang: Lang, by: SortBy) -> &'static str {
    match by {
        SortBy::Name => lang.text(CommonText::CompanyName),
        SortBy::Country => lang.text(CommonText::Country),
        SortBy::Subscriptions => lang.text(CustomersText::MostSubscriptions),
    }
}

/// The rows of the current page: `found` indexes the book's customer rows.
#[component]
fn CustomerRows(found: Memo<Vec<usize>>, current: Memo<Page>) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let rows = book.customer_rows();
    move || {
        let lang = language.get();
        let p = current.get();
        found.with(|found| {
            rows.with(|rows| {
                book.with(|b| {
                    found[p.first..p.end]
                        .iter()
                        .map(|&i| {
                            let r = &rows[i];
                            let c = r.customer(b);
                            let href = format!("/customers/{}", c.id);
                            view! {
                                <tr>
                                    <th scope="row"><a href=href>{c.company_name.clone()}</a></th>
                                    <td>{c.domain.clone()}</td>
                                    <td>{c.country.clone()}</td>
                                    <td>{lang.text(segment_word(c.segment))}</td>
                                    <td class="num">{count_text(r.subscriptions as u64)}</td>
                                </tr>
                            }
                        })
                        .collect_view()
                })
            })
        })
    }
}
