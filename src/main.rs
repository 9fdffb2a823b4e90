//! Starts the app once its code has arrived and the stored book is read: a step at a time,
//! with turns of the event loop between steps (`store::read_book_ahead`), while the page shows
//! what index.html's skeleton showed, so that opening a large book never holds the page for one
//! long task. On the dashboard, the figures kept beside the book (`store::kept_figures`) are
//! shown meanwhile when they are of exactly what is stored: the cold load's figures at once,
//! read-only.
//!
//! In the release build this file, the kept figures' view and what they use are the first
//! load; the app itself (its frame, router, store and rules) is a wasm file of its own
//! (`app_code`), which index.html preloads behind the first load.

use leptos::prelude::*;
use partnerdesk::pages::dashboard::KeptDashboard;
use partnerdesk::state::clock::real_today;
use partnerdesk::state::language::{browser_languages, Language};
use partnerdesk::store::kept_figures::DashboardFigures;
use partnerdesk::store::{plain_json_text, read_book_ahead, Store, LANGUAGE_KEY};
use partnerdesk::App;
use partnerdesk_l10n::{CommonText, Lang};

fn main() {
    leptos::mount::mount_to_body(Start);
}

/// What builds the app once its code and the stored book are read.
type AppMaker = Box<dyn FnOnce() -> AnyView>;

/// Where the start stands.
#[derive(Clone, Copy, PartialEq)]
enum Starting {
    Waiting,
    Ready,
    NotDownloaded,
}

#[component]
fn Start() -> impl IntoView {
    let state = RwSignal::new(Starting::Waiting);
    let maker = StoredValue::new_local(None::<AppMaker>);
    let kept = kept_dashboard();
    leptos::task::spawn_local(async move {
        match app_code::started().await {
            Some(made) => {
                maker.set_value(Some(made));
                state.set(Starting::Ready);
            }
            None => state.set(Starting::NotDownloaded),
        }
    });
    move || match state.get() {
        Starting::Waiting => match kept.clone() {
            Some(figures) => view! { <KeptStart figures /> }.into_any(),
            None => view! { <Loading /> }.into_any(),
        },
        Starting::Ready => maker
            .try_update_value(Option::take)
            .flatten()
            .map_or_else(|| ().into_any(), |make| make()),
        Starting::NotDownloaded => view! { <AppNotDownloaded /> }.into_any(),
    }
}

/// The app's code: in the release build (feature `split-routes`) a wasm file of its own,
/// fetched as soon as the start has drawn what it can (the kept figures or the skeleton), so
/// that the first download holds only the start.
#[cfg(feature = "split-routes")]
mod app_code {
    use super::*;
    use leptos::wasm_split::SplitLoaderError;
    use std::future::Future;
    use std::pin::Pin;

    #[leptos::wasm_split::wasm_split(app, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn reading() -> Result<Pin<Box<dyn Future<Output = AppMaker>>>, SplitLoaderError> {
        Ok(Box::pin(super::read_then_app()))
    }

    /// The app's maker, or `None` when its code could not be downloaded.
    pub async fn started() -> Option<AppMaker> {
        Some(reading().await.ok()?.await)
    }
}

#[cfg(not(feature = "split-routes"))]
mod app_code {
    use super::*;

    pub async fn started() -> Option<AppMaker> {
        Some(super::read_then_app().await)
    }
}

/// Reads the stored book ahead, then hands over what builds the app on it.
async fn read_then_app() -> AppMaker {
    read_book_ahead().await;
    Box::new(|| view! { <App /> }.into_any())
}

/// The app's code could not be downloaded (the connection dropped on a first visit): said in
/// the partner's language, with a way to try again.
#[component]
fn AppNotDownloaded() -> impl IntoView {
    let language = start_language();
    let reload = move |_| {
        let _ = window().location().reload();
    };
    view! {
        <BootFrame>
            <main class="boot-main">
                <section class="banner page-not-downloaded" role="alert">
                    <p>{language.text(CommonText::PartNotDownloaded)}</p>
                    <button type="button" on:click=reload>
                        {language.text(CommonText::TryAgain)}
                    </button>
                </section>
            </main>
        </BootFrame>
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
        .and_then(|json| plain_json_text(&json).and_then(Lang::from_tag));
    stored.unwrap_or_else(|| Lang::best_match(&browser_languages()))
}
