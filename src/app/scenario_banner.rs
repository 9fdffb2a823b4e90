//! While today is moved, the banner that says the partner is in a scenario (see
//! `state::scenario`), and the choice on the way back to the real date: discard the scenario
//! (the default, focused first) or, when the core accepts its actions in the real book, keep
//! them.

use crate::components::format::date_text;
use crate::state::book_state::use_book;
use crate::state::clock::use_clock;
use crate::state::language::use_language;
use leptos::html;
use leptos::prelude::*;
use partnerdesk_l10n::Key;

/// True while the partner, having asked to go back to the real date, chooses what becomes of
/// the scenario's actions: the header's button opens the choice, the banner holds it.
#[derive(Clone, Copy, Debug)]
pub struct ReturnChoice(pub RwSignal<bool>);

#[component]
pub fn ScenarioBanner() -> impl IntoView {
    let clock = use_clock();
    let book = use_book();
    let language = use_language();
    let ReturnChoice(asking) = expect_context::<ReturnChoice>();
    let title = move || {
        language
            .get()
            .fill(Key::ScenarioTitle, &[&date_text(clock.today())])
    };
    let actions = move || {
        let count = i64::try_from(book.scenario_actions()).unwrap_or(i64::MAX);
        let count = language.get().count(count);
        language.get().fill(Key::ScenarioActions, &[&count])
    };
    view! {
        <Show when=move || clock.is_moved()>
            <section class="banner scenario-banner" aria-labelledby="scenario-title">
                <h2 id="scenario-title">{title}</h2>
                <p>{language.tr(Key::ScenarioExplained)}</p>
                <p role="status">{actions}</p>
                <Show when=move || asking.get()>
                    <ScenarioReturn />
                </Show>
            </section>
        </Show>
    }
}

/// Discard (focused: Enter takes the default), keep when the core allows it, or stay.
#[component]
fn ScenarioReturn() -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let ReturnChoice(asking) = expect_context::<ReturnChoice>();
    let problem = RwSignal::new(None::<String>);
    let discard_button = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = discard_button.get() {
            let _ = button.focus();
        }
    });
    let discard = move |_| match book.discard_scenario() {
        Ok(()) => asking.set(false),
        Err(message) => problem.set(Some(message)),
    };
    let keep = move |_| match book.keep_scenario() {
        Ok(()) => asking.set(false),
        Err(refusal) => problem.set(Some(language.now().refusal(&refusal))),
    };
    let keepable = Memo::new(move |_| {
        let lang = language.get();
        book.scenario_keepable().map_err(|r| lang.refusal(&r))
    });
    let cant_keep = move || {
        keepable.get().err().map(|why| {
            view! { <p>{language.get().fill(Key::ScenarioCantKeep, &[&why])}</p> }
        })
    };
    view! {
        <div class="scenario-return" role="group" aria-labelledby="scenario-return-question">
            <p id="scenario-return-question">{language.tr(Key::ScenarioReturnQuestion)}</p>
            {cant_keep}
            <div class="form-buttons">
                <button type="button" class="confirm" node_ref=discard_button on:click=discard>
                    {language.tr(Key::DiscardScenario)}
                </button>
                <Show when=move || keepable.get().is_ok()>
                    <button type="button" on:click=keep>{language.tr(Key::KeepScenario)}</button>
                </Show>
                <button type="button" on:click=move |_| asking.set(false)>
                    {language.tr(Key::StayInScenario)}
                </button>
            </div>
            <p class="field-error" role="alert">{move || problem.get()}</p>
        </div>
    }
}
