//! `/rules/:id`: why PartnerDesk did what it did — one rule in plain words, read from the rules
//! documents served beside the app (and kept offline by the service worker), so the wasm
//! carries none of their text. Refusals and hints link here with "Why?".

mod text;

use super::set_title;
use crate::state::language::use_language;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use partnerdesk_l10n::{Lang, SettingsText as T};
use text::{rule_file, rule_text, RuleText};
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn RulePage() -> impl IntoView {
    let language = use_language();
    set_title(language.now().text(T::Why));
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    // None while loading; then the rule, or why it can't be shown.
    let loaded: RwSignal<Option<Result<RuleText, String>>> = RwSignal::new(None);
    Effect::new(move |_| {
        let id = id.get();
        let lang = language.now();
        loaded.set(None);
        leptos::task::spawn_local(async move {
            let text = fetch_text(rule_file(&id), lang).await.and_then(|doc| {
                rule_text(&doc, &id).ok_or_else(|| lang.text(T::NoSuchRule).into())
            });
            loaded.set(Some(text));
        });
    });
    // The rule's title once it is shown, else "Why" in the app's language.
    Effect::new(move |_| {
        let title = loaded.with(|l| match l {
            Some(Ok(rule)) => rule.title.clone(),
            _ => language.get().text(T::Why).to_string(),
        });
        set_title(&title);
    });
    let body = move || match loaded.get() {
        None => view! { <p role="status">{language.tr(T::LoadingRule)}</p> }.into_any(),
        Some(Ok(rule)) => view! {
            <h1>{rule.title}</h1>
            {rule.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        }
        .into_any(),
        Some(Err(why)) => view! {
            <h1>{language.tr(T::Why)}</h1>
            <p role="alert">{move || language.get().fill(T::RuleNotShown, &[&why])}</p>
        }
        .into_any(),
    };
    view! {
        <article class="rule-page">{body}</article>
        <p>
            <A href="/">{language.tr(T::BackToDashboard)}</A>
        </p>
    }
}

/// The text of a file served beside the app, or why not in `lang`.
async fn fetch_text(name: &str, lang: Lang) -> Result<String, String> {
    let window = web_sys::window().ok_or(lang.text(T::NoWindow))?;
    let offline = |_| lang.text(T::RulesNotLoaded).to_string();
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&format!("/{name}")))
        .await
        .map_err(offline)?
        .unchecked_into();
    if !response.ok() {
        return Err(lang.fill(T::ServerAnswered, &[&response.status().to_string()]));
    }
    let text = response.text().map_err(offline)?;
    JsFuture::from(text)
        .await
        .map_err(offline)?
        .as_string()
        .ok_or_else(|| lang.text(T::NotText).into())
}
