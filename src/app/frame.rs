//! The frame around every page: skip link, header with the app name, navigation, language and
//! today, and the banner that warns when nothing can be saved.

use super::today_control::TodayControl;
use crate::components::backup::UnusableSettingsDownload;
use crate::state::language::use_language;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::components::A;
use partnerdesk_l10n::{Key, Lang};

/// The pages of the navigation, in order: (path, label).
pub const NAV: [(&str, Key); 5] = [
    ("/", Key::NavDashboard),
    ("/catalog", Key::NavCatalog),
    ("/customers", Key::NavCustomers),
    ("/billing", Key::NavBilling),
    ("/settings", Key::NavSettings),
];

/// Moves keyboard focus to the page content. The router would only scroll to `#main`, so the
/// click is handled here (the router ignores clicks that were already handled).
#[component]
pub fn SkipLink() -> impl IntoView {
    let language = use_language();
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {language.tr(Key::SkipToContent)}
        </a>
    }
}

/// The app name, the navigation, the language and today. On a narrow screen (style/shell.css)
/// the name, today and a Menu button share one row, and the button shows the navigation, the
/// language and the control that moves today below it; on a wide one the button is hidden and
/// everything shows.
#[component]
pub fn Header() -> impl IntoView {
    let language = use_language();
    let menu_open = RwSignal::new(false);
    let toggle = move |_| menu_open.update(|open| *open = !*open);
    // A link chosen from the menu leads to a new page: the menu has done its job.
    let close = move |_| menu_open.set(false);
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(button) = document().get_element_by_id("menu-button") {
                let _ = button.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    };
    view! {
        <header class="app-header" class:menu-open=menu_open on:keydown=close_on_escape>
            <p class="app-name">
                <A href="/" exact=true>"PartnerDesk"</A>
            </p>
            <button
                type="button"
                id="menu-button"
                class="menu-button"
                aria-expanded=move || menu_open.get().to_string()
                aria-controls="main-nav language-choice today-form"
                on:click=toggle
            >
                {language.tr(Key::Menu)}
            </button>
            <nav id="main-nav" aria-label=language.tr(Key::MainNavigation) on:click=close>
                <ul>
                    {NAV
                        .into_iter()
                        .map(|(path, key)| {
                            view! {
                                <li>
                                    <A href=path exact=path == "/">{language.tr(key)}</A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <LanguageChoice />
            <TodayControl />
        </header>
    }
}

/// The language of the app, each named in itself; the choice is kept for the next visit.
#[component]
fn LanguageChoice() -> impl IntoView {
    let language = use_language();
    let choose = move |ev: leptos::ev::Event| {
        let tag = event_target_value(&ev);
        if let Some(lang) = Lang::from_tag(&tag) {
            language.choose(lang);
        }
    };
    view! {
        <div id="language-choice" class="language-choice">
            <label for="language">{language.tr(Key::Language)}</label>
            <select id="language" on:change=choose>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option
                                value=lang.tag()
                                lang=lang.tag()
                                selected=move || language.get() == lang
                            >
                                {lang.autonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Problems with storage, shown on every page: losing work silently is the worst outcome.
#[component]
pub fn StorageBanner(persistent: bool, problems: Vec<String>) -> impl IntoView {
    let language = use_language();
    let unavailable =
        (!persistent).then(|| view! { <p>{language.tr(Key::StorageUnavailable)}</p> });
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
