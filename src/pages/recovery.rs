//! When the stored book can't be read, the partner decides what happens to it: the text stays
//! exactly as it is until they download it, restore a backup, or confirm starting fresh.

use super::set_title;
use crate::components::backup::RestoreBackup;
use crate::components::format::count_text;
use crate::state::clock::use_clock;
use crate::state::language::use_language;
use crate::state::stored_problem::unreadable_text;
use crate::store::{download_text, BookLoad, Store, UnreadableReason};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use partnerdesk_l10n::{BackupText as B, Key};

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
    let language = use_language();
    set_title(language.now().text(B::RecoveryTitle));
    let state = watched_book(&expect_context::<Store>());
    let discarded = RwSignal::new(false);
    move || match state.get() {
        BookLoad::Unreadable { raw, reason } => {
            view! { <Unreadable raw reason discarded /> }.into_any()
        }
        _ if discarded.get() => view! {
            <h1>{language.tr(B::StartedFresh)}</h1>
            <p role="status">{language.tr(B::DataDeleted)}</p>
            <p>
                <A href="/">{language.tr(Key::GoToDashboard)}</A>
            </p>
        }
        .into_any(),
        _ => view! {
            <h1>{language.tr(B::NothingToRecover)}</h1>
            <p>{language.tr(B::ReadsCorrectly)}</p>
            <p>
                <A href="/">{language.tr(Key::GoToDashboard)}</A>
            </p>
        }
        .into_any(),
    }
}

#[component]
fn Unreadable(raw: String, reason: UnreadableReason, discarded: RwSignal<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    let language = use_language();
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
        Err(e) => discard_problem.set(Some(e.advice(language.now()))),
    };
    view! {
        <h1>{language.tr(B::CantBeRead)}</h1>
        <p>
            {move || {
                let lang = language.get();
                lang.fill(B::FoundButUnreadable, &[&unreadable_text(&reason, lang)])
            }}
        </p>
        <p>{language.tr(B::NothingChangedYet)}</p>
        <section aria-labelledby="keep-copy">
            <h2 id="keep-copy">{language.tr(B::KeepCopy)}</h2>
            <p>{move || language.get().fill(B::StoredCharacters, &[&count_text(characters as u64)])}</p>
            <button type="button" on:click=download>
                {language.tr(B::DownloadStoredData)}
            </button>
            {move || download_problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
        </section>
        <section aria-labelledby="restore-instead">
            <h2 id="restore-instead">{language.tr(B::RestoreBackup)}</h2>
            <RestoreBackup />
        </section>
        <section aria-labelledby="start-fresh">
            <h2 id="start-fresh">{language.tr(B::StartFresh)}</h2>
            <div class="choice">
                <input type="checkbox" id="start-fresh-confirm" bind:checked=confirmed />
                <label for="start-fresh-confirm">
                    {language.tr(B::DeleteForGood)}
                </label>
            </div>
            <button type="button" disabled=move || !confirmed.get() on:click=start_fresh>
                {language.tr(B::DeleteAndStart)}
            </button>
            {move || discard_problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
        </section>
    }
}
