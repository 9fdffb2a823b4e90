//! When the stored book can't be read, the partner decides what happens to it: the text stays
//! exactly as it is until they download it, restore a backup, or confirm starting fresh.

use super::set_title;
use crate::components::backup::RestoreBackup;
use crate::state::clock::use_clock;
use crate::store::{download_text, BookLoad, Store};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

pub const RECOVERY_PATH: &str = "/recovery";

/// The stored book's state, kept current as other tabs or this one change it.
fn watched_book(store: &Store) -> RwSignal<BookLoad> {
    let state = RwSignal::new(store.load_book());
    let subscription = store.subscribe_changes(move |change| state.set(change.load.clone()));
    // Lives as long as the component that asked: dropping it unsubscribes.
    StoredValue::new_local(subscription);
    state
}

/// While the stored book can't be read, every route leads to the recovery page, so that no
/// page acts on a stand-in book and stores it over the partner's data.
#[component]
pub fn RecoveryGate() -> impl IntoView {
    let state = watched_book(&expect_context::<Store>());
    let navigate = use_navigate();
    let path = use_location().pathname;
    Effect::new(move |_| {
        let unreadable = state.with(|s| matches!(s, BookLoad::Unreadable { .. }));
        if unreadable && path.get() != RECOVERY_PATH {
            let options = NavigateOptions {
                replace: true,
                ..Default::default()
            };
            navigate(RECOVERY_PATH, options);
        }
    });
}

#[component]
pub fn Recovery() -> impl IntoView {
    set_title("Recovery");
    let state = watched_book(&expect_context::<Store>());
    let discarded = RwSignal::new(false);
    move || match state.get() {
        BookLoad::Unreadable { raw, reason } => {
            view! { <Unreadable raw reason discarded /> }.into_any()
        }
        _ if discarded.get() => view! {
            <h1>"Started fresh"</h1>
            <p role="status">"The unreadable data was deleted; your book is empty."</p>
            <p>
                <A href="/">"Go to the Dashboard"</A>
            </p>
        }
        .into_any(),
        _ => view! {
            <h1>"Nothing to recover"</h1>
            <p>"Your stored book reads correctly."</p>
            <p>
                <A href="/">"Go to the Dashboard"</A>
            </p>
        }
        .into_any(),
    }
}

#[component]
fn Unreadable(raw: String, reason: String, discarded: RwSignal<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    let today = use_clock().today_untracked();
    let characters = raw.encode_utf16().count();
    let raw = StoredValue::new(raw);
    let download_problem = RwSignal::new(None::<String>);
    let download = move |_| {
        let name = format!("partnerdesk-stored-data-{today}.txt");
        let result = raw.with_value(|text| download_text(&name, "text/plain", text));
        download_problem.set(result.err());
    };
    let confirmed = RwSignal::new(false);
    let discard_problem = RwSignal::new(None::<String>);
    let start_fresh = move |_| match store.discard_book() {
        Ok(()) => discarded.set(true),
        Err(e) => discard_problem.set(Some(e.advice())),
    };
    view! {
        <h1>"Your stored book can't be read"</h1>
        <p>"PartnerDesk found its data in this browser's storage but can't read it: " {reason}</p>
        <p>
            "Nothing has been changed or deleted, and nothing will be stored over it until you choose below."
        </p>
        <section aria-labelledby="keep-copy">
            <h2 id="keep-copy">"Keep a copy"</h2>
            <p>{format!("The stored data is {characters} characters of text, downloaded exactly as it is.")}</p>
            <button type="button" on:click=download>
                "Download the stored data"
            </button>
            {move || download_problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
        </section>
        <section aria-labelledby="restore-instead">
            <h2 id="restore-instead">"Restore a backup"</h2>
            <RestoreBackup />
        </section>
        <section aria-labelledby="start-fresh">
            <h2 id="start-fresh">"Start fresh"</h2>
            <div class="choice">
                <input type="checkbox" id="start-fresh-confirm" bind:checked=confirmed />
                <label for="start-fresh-confirm">
                    "I have downloaded the stored data, or I don't need it. Delete it for good."
                </label>
            </div>
            <button type="button" disabled=move || !confirmed.get() on:click=start_fresh>
                "Delete the stored data and start with an empty book"
            </button>
            {move || discard_problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
        </section>
    }
}
