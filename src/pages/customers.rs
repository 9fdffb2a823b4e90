//! `/customers`: every customer with search, sort and pages of 50, so 10,000 customers stay
//! quick; and the form that creates one. The list reads names and subscription counts from
//! the history without deriving anything.

use super::set_title;
use crate::components::book_notice::BookNotice;
use crate::components::customer_form::CustomerForm;
use crate::components::pager::Pager;
use crate::components::table_scroll::TableScroll;
use crate::state::book_state::use_book;
use crate::state::customer_index::{page, select, Page, SortBy};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

const PER_PAGE: usize = 50;

#[component]
pub fn Customers() -> impl IntoView {
    set_title("Customers");
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
        let total = rows.with(Vec::len);
        let matching = found.with(Vec::len);
        if matching == total {
            format!("{total} customers.")
        } else {
            format!("{matching} of {total} customers match.")
        }
    };

    view! {
        <h1>"Customers"</h1>
        <BookNotice />
        <NewCustomer />
        <ListControls query sort wanted_page />
        <p id="customer-count" role="status">{summary}</p>
        <TableScroll label="Customers">
        <table class="customers">
            <caption>"Customers"</caption>
            <thead>
                <tr>
                    <th scope="col">"Company name"</th>
                    <th scope="col">"Domain"</th>
                    <th scope="col">"Country"</th>
                    <th scope="col">"Segment"</th>
                    <th scope="col">"Subscriptions"</th>
                </tr>
            </thead>
            <tbody>
                <CustomerRows found current />
            </tbody>
        </table>
        </TableScroll>
        <Pager label="Customer list pages" page=wanted_page count=page_count />
    }
}

/// The "New customer" button and the form it opens; a created customer's page opens next.
#[component]
fn NewCustomer() -> impl IntoView {
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
                "New customer"
            </button>
            <a href="/imports#import-customers">"Import customers"</a>
        </div>
        <Show when=move || creating.get()>
            <section id="new-customer" class="action-form" aria-labelledby="new-customer-heading">
                <h2 id="new-customer-heading">"New customer"</h2>
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
    view! {
        <div class="list-controls">
            <div class="field">
                <label for="customer-search">"Search customers"</label>
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
                <label for="customer-sort">"Sort by"</label>
                <select
                    id="customer-sort"
                    on:change:target=move |ev| {
                        sort.set(ev.target().value());
                        wanted_page.set(1);
                    }
                >
                    {SortBy::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.key() selected=move || sort.get() == s.key()>{s.label()}</option> })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}

/// The rows of the current page: `found` indexes the book's customer rows.
#[component]
fn CustomerRows(found: Memo<Vec<usize>>, current: Memo<Page>) -> impl IntoView {
    let book = use_book();
    let rows = book.customer_rows();
    move || {
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
                                    <td>{c.segment.label()}</td>
                                    <td class="num">{r.subscriptions}</td>
                                </tr>
                            }
                        })
                        .collect_view()
                })
            })
        })
    }
}
