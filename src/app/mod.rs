//! The application: contexts (store, language, clock, settings), the frame and the routes.

mod frame;
#[cfg(feature = "split-routes")]
mod on_demand;
#[cfg(feature = "split-routes")]
mod page_download;
mod route_focus;
mod scenario_banner;
mod today_control;
mod update_banner;

use crate::components::backup::StorageFailureNotice;
use crate::components::derivation_gate::DerivationGate;
use crate::pages::dashboard::Dashboard;
use crate::pages::not_found::NotFound;
use crate::pages::recovery::{RecoveryGate, RECOVERY_PATH};
use crate::state::book_state::BookState;
use crate::state::clock::{real_today, Clock};
use crate::state::language::{browser_languages, Language};
use crate::state::settings_context::{use_settings, Settings};
use crate::state::views::Views;
use crate::store::{BookLoad, Store};
use frame::{Header, SkipLink, StorageBanner};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsValue;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use route_focus::MainRegion;
use scenario_banner::{ReturnChoice, ScenarioBanner};
use update_banner::UpdateBanner;

/// A route's view: in the release build (feature `split-routes`) the page's lazy route of
/// `on_demand`, loaded when first opened; else the page itself, in the one wasm.
#[cfg(feature = "split-routes")]
macro_rules! page {
    ($page:path, $lazy:ident) => {
        leptos_router::Lazy::<on_demand::$lazy>::new()
    };
}
#[cfg(not(feature = "split-routes"))]
macro_rules! page {
    ($page:path, $lazy:ident) => {
        $page
    };
}

/// The app as the browser runs it: real storage if the browser allows it, the real date, the
/// browser's languages.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Shell store=Store::open() real_today=real_today() languages=browser_languages() />
    }
}

/// The app with its storage, real date and browser languages handed in, so tests can run it
/// on memory storage, a fixed date and a chosen language (English when none is given).
#[component]
pub fn Shell(
    store: Store,
    real_today: chrono::NaiveDate,
    #[prop(optional)] languages: Vec<String>,
) -> impl IntoView {
    let (_, language_problem) = Language::provide(&store, &languages);
    let (_, clock_problem) = Clock::provide(&store, real_today);
    let (_, settings_problem) = Settings::provide(&store);
    let (_, book_problem) = BookState::provide(&store);
    Views::provide();
    crate::state::idle_work::provide(&store);
    let problems: Vec<String> = language_problem
        .into_iter()
        .chain(clock_problem)
        .chain(settings_problem)
        .chain(book_problem)
        .collect();
    let persistent = store.is_persistent();
    provide_context(ReturnChoice(RwSignal::new(false)));
    open_recovery_if_unreadable(&store);
    provide_context(store);
    view! {
        <Router>
            <SkipLink />
            <Header />
            <StorageBanner persistent problems />
            <UpdateBanner />
            <ScenarioBanner />
            <RecoveryGate />
            <StorageFailureNotice />
            <MainRegion>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=|| gated(Dashboard) />
                    <Route path=path!("/catalog") view=page!(crate::pages::catalog::Catalog, Catalog) />
                    <Route path=path!("/customers") view=page!(crate::pages::customers::Customers, Customers) />
                    <Route path=path!("/customers/:id") view=page!(crate::pages::customer::Customer, Customer) />
                    <Route path=path!("/billing") view=page!(billing_page, Billing) />
                    <Route path=path!("/billing/reconcile") view=page!(reconcile_page, Reconcile) />
                    <Route path=path!("/imports") view=page!(crate::pages::imports::Imports, Imports) />
                    <Route path=path!("/settings") view=page!(crate::pages::settings_page::Settings, Settings) />
                    <Route path=path!("/recovery") view=page!(crate::pages::recovery::Recovery, Recovery) />
                    <Route path=path!("/rules/:id") view=page!(crate::pages::rule_page::RulePage, Rules) />
                </Routes>
            </MainRegion>
            <FirstVisitQuestion />
        </Router>
    }
}

/// The first visit's program question, mounted only while the partner never chose a program
/// (it asks only while the book is empty too): a returning partner's visit doesn't fetch its
/// code in the release build.
#[component]
fn FirstVisitQuestion() -> impl IntoView {
    let settings = use_settings();
    let never_chose = Memo::new(move |_| !settings.with(|s| s.program_chosen));
    move || never_chose.get().then(first_visit)
}

#[cfg(feature = "split-routes")]
fn first_visit() -> impl IntoView {
    Suspend::new(on_demand::first_visit())
}

#[cfg(not(feature = "split-routes"))]
fn first_visit() -> impl IntoView {
    view! { <crate::pages::first_visit::FirstVisit /> }
}

/// An unreadable book opens on the recovery page itself, set before the router reads the
/// address. `RecoveryGate` leads there too, but its redirect while the first page is still
/// being loaded on demand races that page's download, and the router would show the page that
/// arrived last.
fn open_recovery_if_unreadable(store: &Store) {
    if !matches!(store.load_book(), BookLoad::Unreadable { .. }) {
        return;
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(RECOVERY_PATH));
    }
}

/// A page of the derived book: shown once the book's derivation is ready (it is worked out in
/// the background), its progress until then.
fn gated<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    view! { <DerivationGate>{move || page()}</DerivationGate> }
}

/// Billing, behind the gate (loaded on demand in the release build).
fn billing_page() -> impl IntoView {
    gated(crate::pages::billing::Billing)
}

/// The reconciliation, behind the gate (loaded on demand in the release build).
fn reconcile_page() -> impl IntoView {
    gated(crate::pages::reconcile::Reconcile)
}
