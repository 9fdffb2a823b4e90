//! What an empty book's dashboard says to do first, and the demo book it can be filled with.

use crate::components::backup::DownloadBackup;
use crate::state::clock::use_clock;
use crate::state::settings_context::use_settings;
use crate::store::{BookLoad, Store};
use leptos::prelude::*;
use partnerdesk_core::storage::demo_book::{demo_book, DEMO_CUSTOMERS};

#[component]
pub fn FirstSteps() -> impl IntoView {
    view! {
        <section aria-labelledby="first-steps-heading" class="first-steps">
            <h2 id="first-steps-heading">"Your book has no customers yet"</h2>
            <ol>
                <li>
                    <a href="/settings">"Set up the partner"</a>
                    ": your name, Partner Center ids, currency and billing day."
                </li>
                <li>
                    <a href="/imports">"Import customers or a price list"</a>
                    " from a CSV file, or start the book from Microsoft's reconciliation file on "
                    <a href="/billing/reconcile">"Reconcile"</a> "."
                </li>
                <li>
                    "Or add a customer by hand on the "
                    <a href="/customers">"Customers page"</a> "."
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

/// A book of sample customers to look around in, after the partner confirms.
#[component]
fn DemoBook() -> impl IntoView {
    let store = StoredValue::new(expect_context::<Store>());
    let settings = use_settings();
    let clock = use_clock();
    let confirming = RwSignal::new(false);
    let outcome = RwSignal::new(None::<String>);
    let open_demo = move |_| {
        confirming.set(false);
        if clock.is_moved() {
            outcome.set(Some(
                "Go back to the real date first: the demo book is recorded up to today.".into(),
            ));
            return;
        }
        let store = store.get_value();
        if !stored_book_is_empty(&store) {
            outcome.set(Some(
                "Your book is no longer empty, so the demo was not opened.".into(),
            ));
            return;
        }
        let Some(book) = demo_book(&settings.get_untracked(), clock.real()) else {
            outcome.set(Some("There is no demo book for this rules profile.".into()));
            return;
        };
        leptos::task::spawn_local(async move {
            // Once stored, the book has customers and these first steps make way for them.
            if let Err(e) = store.replace_book(book).await {
                outcome.try_set(Some(e.advice()));
            }
        });
    };
    view! {
        <p>
            "Just looking? Open a demo book with " {DEMO_CUSTOMERS} " sample customers and their subscriptions."
        </p>
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button type="button" on:click=move |_| confirming.set(true)>"Open a demo book…"</button>
            }
        >
            <div role="group" aria-labelledby="demo-confirm-text" class="demo-confirm">
                <p id="demo-confirm-text">
                    "The sample customers become this browser's book. To come back to an empty book afterwards, download a backup of it now and restore it in Settings."
                </p>
                <DownloadBackup />
                <button type="button" on:click=open_demo>"Fill my book with the demo"</button>
                <button type="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
            </div>
        </Show>
        <p role="status">{move || outcome.get()}</p>
    }
}
