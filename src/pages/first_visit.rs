//! The first visit of a new partner (O11): before anything is recorded, which program does the
//! book bill under? New commerce, legacy 2018 or legacy 2017, each with a line on when it
//! applies and nothing preselected. The choice is saved to Settings, where it can be changed
//! later like any profile.

use crate::components::program_text::{profile_description, profile_title};
use crate::forms::field::{Field, FieldMessage};
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use crate::store::{BookLoad, Store};
use leptos::html::Dialog;
use leptos::prelude::*;
use partnerdesk_core::model::settings::{PartnerSettings, RulesProfile};
use partnerdesk_l10n::SettingsText as T;

#[component]
pub fn FirstVisit() -> impl IntoView {
    let settings = use_settings();
    let book = use_book();
    let language = use_language();
    let store = expect_context::<Store>();
    // Asked only of a partner who never chose, while the book is still empty (an unreadable
    // book is the recovery page's business, not a first visit).
    let asks = Memo::new(move |_| {
        !settings.with(|s| s.program_chosen)
            && book.with(|b| b.events.is_empty())
            && !matches!(store.load_book(), BookLoad::Unreadable { .. })
    });
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if asks.get() && !d.open() {
                let _ = d.show_modal();
            } else if !asks.get() && d.open() {
                d.close();
            }
        }
    });
    // The frame unmounts the question once a program is chosen: a modal dialog taken out of
    // the page open would stay open for whoever still holds it.
    on_cleanup(move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    });
    let chosen = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let field = Field::new("first-visit-program", Signal::derive(move || problem.get()));
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(profile) = RulesProfile::parse(&chosen.get_untracked()) else {
            problem.set(Some(language.now().text(T::ChooseProgram).into()));
            return;
        };
        let candidate = PartnerSettings {
            profile,
            program_chosen: true,
            ..settings.get_untracked()
        };
        match settings.save(candidate) {
            Ok(()) => problem.set(None),
            Err(errors) => problem.set(errors.into_iter().next().map(|e| e.message)),
        }
    };
    let options = RulesProfile::ALL
        .into_iter()
        .map(|p| {
            let id = format!("first-visit-{}", p.label());
            let hint = format!("{id}-hint");
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="first-visit-program" value=p.label() bind:group=chosen aria-describedby=hint.clone() />
                    <label for=id>{profile_title(p)}</label>
                    <p id=hint class="hint">{profile_description(p)}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        // Escape would close the question unanswered; the book needs the answer first.
        <dialog
            node_ref=dialog
            class="first-visit"
            aria-labelledby="first-visit-title"
            on:cancel=|ev: leptos::ev::Event| ev.prevent_default()
        >
            <form on:submit=start novalidate>
                <h2 id="first-visit-title">{language.tr(T::WhichProgram)}</h2>
                <p>{language.tr(T::OneProgram)}</p>
                <fieldset aria-invalid=field.invalid() aria-describedby=field.described_by()>
                    <legend>{language.tr(T::Program)}</legend>
                    {options}
                    <FieldMessage field />
                </fieldset>
                <button type="submit">{language.tr(T::StartWithProgram)}</button>
            </form>
        </dialog>
    }
}
