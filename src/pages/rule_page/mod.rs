//! `/rules/:id`: why PartnerDesk did what it did — one rule in plain words, read from the rules
//! documents served beside the app (and kept offline by the service worker), so the wasm
//! carries none of their text. Refusals and hints link here with "Why?".

mod text;

use super::set_title;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use text::{rule_file, rule_text, RuleText};
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn RulePage() -> impl IntoView {
    set_title("Why");
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    // None while loading; then the rule, or why it can't be shown.
    let loaded: RwSignal<Option<Result<RuleText, String>>> = RwSignal::new(None);
    Effect::new(move |_| {
        let id = id.get();
        loaded.set(None);
        leptos::task::spawn_local(async move {
            let text = fetch_text(rule_file(&id)).await.and_then(|doc| {
                rule_text(&doc, &id).ok_or_else(|| "PartnerDesk has no rule of that name.".into())
            });
            loaded.set(Some(text));
        });
    });
    let body = move || match loaded.get() {
        None => view! { <p role="status">"Loading the rule…"</p> }.into_any(),
        Some(Ok(rule)) => {
            set_title(&rule.title);
            view! {
                <h1>{rule.title}</h1>
                {rule.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            }
            .into_any()
        }
        Some(Err(why)) => view! {
            <h1>"Why"</h1>
            <p role="alert">{format!("The rule can't be shown: {why}")}</p>
        }
        .into_any(),
    };
    view! {
        <article class="rule-page">{body}</article>
        <p>
            <A href="/">"Back to the dashboard"</A>
        </p>
    }
}

/// The text of a file served beside the app.
async fn fetch_text(name: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("there is no browser window")?;
    let offline = |_| "the rules could not be loaded; check the connection".to_string();
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&format!("/{name}")))
        .await
        .map_err(offline)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response.text().map_err(offline)?;
    JsFuture::from(text)
        .await
        .map_err(offline)?
        .as_string()
        .ok_or_else(|| "the rules file is not text".into())
}
