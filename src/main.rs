//! Starts the app once the stored book is read: a step at a time, with turns of the event loop
//! between steps (`store::read_book_ahead`), while the page shows what index.html's skeleton
//! showed, so that opening a large book never holds the page for one long task. On the
//! dashboard, the figures kept beside the book (`store::kept_figures`) are shown meanwhile when
//! they are of exactly what is stored: the cold load's figures at once, read-only.

use leptos::prelude::*;
use partnerdesk::pages::dashboard::KeptDashboard;
use partnerdesk::state::clock::real_today;
use partnerdesk::state::language::{browser_languages, Language};
use partnerdesk::store::kept_figures::DashboardFigures;
use partnerdesk::store::{read_book_ahead, Store, LANGUAGE_KEY};
use partnerdesk::App;
use partnerdesk_l10n::{CommonText, Lang};

fn main() {
    leptos::mount::mount_to_body(Start);
}

#[component]
fn Start() -> impl IntoView {
    let read = RwSignal::new(false);
    let kept = kept_dashboard();
    leptos::task::spawn_local(async move {
        read_book_ahead().await;
        read.set(true);
    });
    let waiting = move || match kept.clone() {
        Some(figures) => view! { <KeptStart figures /> }.into_any(),
        None => view! { <Loading /> }.into_any(),
    };
    view! {
        <Show when=move || read.get() fallback=waiting>
            <App />
        </Show>
    }
}

/// The dashboard's kept figures, when the page opened is the dashboard and they are of
/// exactly what is stored now.
fn kept_dashboard() -> Option<DashboardFigures> {
    let on_dashboard = window().location().pathname().is_ok_and(|path| path == "/");
    on_dashboard
        .then(|| Store::open().kept_dashboard(real_today()))
        .flatten()
}

/// The dashboard drawn from its kept figures in the frame of the skeleton, in the partner's
/// language, until the app shows (its store, which the language reads, goes with it).
#[component]
fn KeptStart(figures: DashboardFigures) -> impl IntoView {
    Language::provide(&Store::open(), &browser_languages());
    view! {
        <BootFrame>
            <main id="main">
                <KeptDashboard figures />
            </main>
        </BootFrame>
    }
}

/// The frame index.html's skeleton draws (the header with the app's name), around what the
/// start shows until the app does.
#[component]
fn BootFrame(children: Children) -> impl IntoView {
    view! {
        <div class="boot-screen">
            <header class="app-header">
                <p class="app-name">"PartnerDesk"</p>
            </header>
            {children()}
        </div>
    }
}

/// index.html's skeleton, in the partner's language: the skeleton goes as soon as the wasm
/// has started, and this takes its place until the app shows.
#[component]
fn Loading() -> impl IntoView {
    view! {
        <BootFrame>
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
        </BootFrame>
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
