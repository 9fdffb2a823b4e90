//! Starts the app once the stored book is read: a step at a time, with turns of the event loop
//! between steps (`store::read_book_ahead`), while the page shows what index.html's skeleton
//! showed, so that opening a large book never holds the page for one long task.

use leptos::prelude::*;
use partnerdesk::state::language::browser_languages;
use partnerdesk::store::{read_book_ahead, LANGUAGE_KEY};
use partnerdesk::App;
use partnerdesk_l10n::{CommonText, Lang};

fn main() {
    leptos::mount::mount_to_body(Start);
}

#[component]
fn Start() -> impl IntoView {
    let read = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        read_book_ahead().await;
        read.set(true);
    });
    view! {
        <Show when=move || read.get() fallback=Loading>
            <App />
        </Show>
    }
}

/// index.html's skeleton, in the partner's language: the skeleton goes as soon as the wasm
/// has started, and this takes its place until the app shows.
#[component]
fn Loading() -> impl IntoView {
    view! {
        <div class="boot-screen">
            <header class="app-header">
                <p class="app-name">"PartnerDesk"</p>
            </header>
            <main class="boot-main">
                <p class="boot-loading" role="status">
                    {start_language().text(CommonText::LoadingPartnerDesk)}
                </p>
                <div class="boot-placeholder" aria-hidden="true">
                    <span class="boot-bar boot-bar-title"></span>
                    <span class="boot-bar"></span>
                    <span class="boot-bar"></span>
                    <span class="boot-bar boot-bar-short"></span>
                </div>
            </main>
        </div>
    }
}

/// The language the partner chose on an earlier visit, else the browser's (as
/// `state::language` picks it, before its context exists).
fn start_language() -> Lang {
    let stored = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str::<String>(&json).ok())
        .and_then(|tag| Lang::from_tag(&tag));
    stored.unwrap_or_else(|| Lang::best_match(&browser_languages()))
}
