//! The frame around every page: skip link, header with the app name, navigation and today,
//! and the banner that warns when nothing can be saved.

use super::today_control::TodayControl;
use crate::components::backup::UnusableSettingsDownload;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::components::A;

/// The pages of the navigation, in order: (path, label).
pub const NAV: [(&str, &str); 5] = [
    ("/", "Dashboard"),
    ("/catalog", "Catalog"),
    ("/customers", "Customers"),
    ("/billing", "Billing"),
    ("/settings", "Settings"),
];

/// Moves keyboard focus to the page content. The router would only scroll to `#main`, so the
/// click is handled here (the router ignores clicks that were already handled).
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            "Skip to content"
        </a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="app-header">
            <p class="app-name">
                <A href="/" exact=true>"PartnerDesk"</A>
            </p>
            <nav aria-label="Main">
                <ul>
                    {NAV
                        .into_iter()
                        .map(|(path, label)| {
                            view! {
                                <li>
                                    <A href=path exact=path == "/">{label}</A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <TodayControl />
        </header>
    }
}

/// Problems with storage, shown on every page: losing work silently is the worst outcome.
#[component]
pub fn StorageBanner(persistent: bool, problems: Vec<String>) -> impl IntoView {
    let unavailable =
        (!persistent).then(|| view! { <p>"Storage is unavailable: nothing will be saved."</p> });
    let any = !persistent || !problems.is_empty();
    any.then(|| {
        view! {
            <div class="banner" role="alert">
                {unavailable}
                {problems.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                <UnusableSettingsDownload />
            </div>
        }
    })
}
