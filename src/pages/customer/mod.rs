//! `/customers/:id`: one customer's subscriptions page. Trials beside paid subscriptions (T10),
//! every action with its preview, this customer's lines on the next invoice and its history.
//! Only this customer's events are derived, found through the app's index of each customer's
//! events (`state::views`), whatever the book's size.

mod change_forms;
mod corrections;
mod customer_actions;
mod history;
mod nce_forms;
mod nce_panel;
mod open_forms;
mod selected_subscription;
mod sub_action;
mod subscription_panel;
mod subscriptions_table;
mod trial_notes;

use super::set_title;
use crate::components::book_notice::BookNotice;
use crate::components::charge_lines::ChargeLinesTable;
use crate::components::format::{date_text, money_in};
use crate::components::words::segment_word;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use crate::state::views::use_views;
use customer_actions::CustomerActions;
use history::HistoryList;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use open_forms::OpenForms;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_l10n::{CommonText, CustomerText, Key};
use selected_subscription::SelectedSubscription;
use subscriptions_table::SubscriptionsTable;

#[component]
pub fn Customer() -> impl IntoView {
    let language = use_language();
    set_title(language.now().text(CustomerText::Title));
    let book = use_book();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let views = use_views();
    let state = Memo::new(move |_| views.customer(&id.get()));
    let customer = Memo::new(move |_| state.with(|s| s.customer(&id.get()).cloned()));
    let exists = Memo::new(move |_| customer.with(Option::is_some));
    let open = OpenForms::default();

    // Another customer's page reuses this view: start it clean.
    Effect::new(move |previous: Option<String>| {
        let now = id.get();
        if previous.is_some_and(|p| p != now) {
            open.reset();
        }
        now
    });
    Effect::new(move |_| {
        if let Some(c) = customer.get() {
            set_title(&c.company_name);
        }
    });
    open_linked_subscription(state, open);

    let heading = move || customer.with(|c| c.as_ref().map(|c| c.company_name.clone()));
    let facts = move || {
        let lang = language.get();
        customer.get().map(|c| {
            let reseller = c.reseller_mpn_id.map_or_else(
                || lang.text(CustomerText::SoldDirectly).to_string(),
                |r| lang.fill(CustomerText::ResellerMpn, &[&r]),
            );
            view! {
                <p class="customer-facts">
                    {c.domain} " · " {c.country} " · " {lang.text(segment_word(c.segment))} " · " {reseller}
                </p>
            }
        })
    };
    let on_manage = Callback::new(move |sub_id: String| open.manage(sub_id));
    let table = move || {
        // Rebuilt in the new language when it changes: its figures are written once.
        language.get();
        view! {
            <SubscriptionsTable state=state.get() catalog=book.catalog().get() on_manage />
        }
    };
    let missing = move || {
        view! {
            <h1>{move || language.get().fill(CustomerText::MissingHeading, &[&id.get()])}</h1>
            <p role="status">{language.tr(CustomerText::Missing)}</p>
            <p><A href="/customers">{language.tr(CustomerText::BackToCustomers)}</A></p>
        }
    };
    view! {
        <Show when=move || exists.get() fallback=missing>
            <p class="breadcrumb"><A href="/customers">{language.tr(Key::NavCustomers)}</A></p>
            <h1>{heading}</h1>
            <BookNotice />
            {facts}
            <CustomerActions id customer open />
            <section aria-labelledby="subscriptions-heading">
                <h2 id="subscriptions-heading">{language.tr(CustomerText::Subscriptions)}</h2>
                {table}
            </section>
            <SelectedSubscription state open />
            <section aria-labelledby="next-invoice-heading">
                <h2 id="next-invoice-heading">{language.tr(CustomerText::NextInvoice)}</h2>
                <NextInvoice state />
            </section>
            <section aria-labelledby="history-heading">
                <h2 id="history-heading">{language.tr(CustomerText::History)}</h2>
                <CustomerHistory id />
            </section>
        </Show>
    }
}

/// A link to one of the customer's subscriptions (`?subscription=`, from a reconciliation's
/// finding) opens that subscription.
fn open_linked_subscription(state: Memo<Derived>, open: OpenForms) {
    let query = use_query_map();
    Effect::new(move |_| {
        let Some(wanted) = query.with(|q| q.get("subscription")) else {
            return;
        };
        // Once per link: later changes of the customer don't reopen it.
        let found = state.with_untracked(|s| {
            let sub = s
                .subscriptions
                .iter()
                .find(|x| x.id.eq_ignore_ascii_case(&wanted));
            sub.map(|x| x.id.clone())
        });
        if let Some(id) = found {
            open.manage(id);
        }
    });
}

/// This customer's total and lines on the next invoice.
#[component]
fn NextInvoice(state: Memo<Derived>) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let language = use_language();
    move || {
        let lang = language.get();
        let currency = settings.with(|s| s.currency.clone());
        state.with(|s| {
            let invoice = s.upcoming_invoice();
            let date = date_text(invoice.billing_date);
            let total = money_in(invoice.total, &currency);
            let lines = (!invoice.lines.is_empty()).then(|| {
                view! {
                    <ChargeLinesTable
                        caption=lang.fill(CustomerText::InvoiceLinesCaption, &[&date])
                        lines=invoice.lines
                        catalog=book.catalog().get()
                        currency=currency.clone()
                    />
                }
            });
            view! {
                <p>
                    {lang.text(CommonText::InvoiceDate)} " " <strong>{date.clone()}</strong> ": "
                    <strong class="invoice-total">{total}</strong> " "
                    {lang.text(CustomerText::ForThisCustomer)}
                </p>
                {lines}
            }
        })
    }
}

#[component]
fn CustomerHistory(id: Memo<String>) -> impl IntoView {
    let book = use_book();
    let views = use_views();
    let language = use_language();
    move || {
        let label = language.get().text(CustomerText::CustomerHistory);
        let cid = id.get();
        let events = views.customer_events(&cid);
        view! {
            <HistoryList
                label=label.to_string()
                customer_events=events.clone()
                events
                catalog=book.catalog().get()
                today=book.today()
            />
        }
    }
}
