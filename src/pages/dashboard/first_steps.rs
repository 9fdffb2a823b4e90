//! What an empty book's dashboard says to do first, and the demo book it can be filled with.

use crate::components::backup::DownloadBackup;
use crate::state::clock::use_clock;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use crate::store::{BookLoad, Store};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::settings::PartnerSettings;
use partnerdesk_core::storage::demo_book::{demo_book, DEMO_CUSTOMERS};
use partnerdesk_l10n::DashboardText as T;

#[component]
pub fn FirstSteps() -> impl IntoView {
    let language = use_language();
    let before = move |key: T| language.get().around(key).0;
    let after = move |key: T| language.get().around(key).1;
    view! {
        <section aria-labelledby="first-steps-heading" class="first-steps">
            <h2 id="first-steps-heading">{language.tr(T::NoCustomersYet)}</h2>
            <ol>
                <li>
                    <a href="/settings">{language.tr(T::SetUpPartner)}</a>
                    {language.tr(T::SetUpPartnerWhat)}
                </li>
                <li>
                    <a href="/imports">{language.tr(T::ImportCustomers)}</a>
                    {move || before(T::ImportFrom)}
                    <a href="/billing/reconcile">{language.tr(T::Reconcile)}</a>
                    {move || after(T::ImportFrom)}
                </li>
                <li>
                    {move || before(T::AddByHand)}
                    <a href="/customers">{language.tr(T::CustomersPage)}</a>
                    {move || after(T::AddByHand)}
                </li>
            </ol>
            <DemoBook />
        </section>
    }
}

/// Whether the stored book has recorded anything: the demo never replaces such a book.
fn stored_book_is_empty(store: &Store) -> bool {
    match store.load_book() {
        BookLoad::Fresh => true,
        BookLoad::Loaded(book) => book.events.is_empty(),
        BookLoad::Unreadable { .. } => false,
    }
}

/// The demo book, in the release build by code fetched when first asked for: the book
/// generators behind it would otherwise weigh on every partner's first download.
#[cfg(feature = "split-routes")]
#[leptos::lazy]
fn sample_book(partner: PartnerSettings, today: NaiveDate) -> Option<Book> {
    demo_book(&partner, today)
}

#[cfg(not(feature = "split-routes"))]
async fn sample_book(partner: PartnerSettings, today: NaiveDate) -> Option<Book> {
    demo_book(&partner, today)
}

/// A book of sample customers to look around in, after the partner confirms.
#[component]
fn DemoBook() -> impl IntoView {
    let store = StoredValue::new(expect_context::<Store>());
    let settings = use_settings();
    let clock = use_clock();
    let language = use_language();
    let say = move |key: T| Some(language.now().text(key).to_string());
    let confirming = RwSignal::new(false);
    let outcome = RwSignal::new(None::<String>);
    let open_demo = move |_| {
        confirming.set(false);
        if clock.is_moved() {
            outcome.set(say(T::DemoMoved));
            return;
        }
        let store = store.get_value();
        if !stored_book_is_empty(&store) {
            outcome.set(say(T::DemoNotEmpty));
            return;
        }
        let (partner, today) = (settings.get_untracked(), clock.real());
        leptos::task::spawn_local(async move {
            let Some(book) = sample_book(partner, today).await else {
                outcome.try_set(say(T::DemoNoProfile));
                return;
            };
            // Its code may have taken a while to arrive: another tab may have filled the book.
            if !stored_book_is_empty(&store) {
                outcome.try_set(say(T::DemoNotEmpty));
                return;
            }
            // Once stored, the book has customers and these first steps make way for them.
            if let Err(e) = store.replace_book(book).await {
                outcome.try_set(Some(e.advice(language.now())));
            }
        });
    };
    view! {
        <p>
            {move || language.get().fill(T::JustLooking, &[&DEMO_CUSTOMERS.to_string()])}
        </p>
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button type="button" on:click=move |_| confirming.set(true)>{language.tr(T::OpenDemo)}</button>
            }
        >
            <div role="group" aria-labelledby="demo-confirm-text" class="demo-confirm">
                <p id="demo-confirm-text">{language.tr(T::DemoConfirm)}</p>
                <DownloadBackup />
                <button type="button" on:click=open_demo>{language.tr(T::FillWithDemo)}</button>
                <button type="button" on:click=move |_| confirming.set(false)>{language.tr(T::Cancel)}</button>
            </div>
        </Show>
        <p role="status">{move || outcome.get()}</p>
    }
}
