//! The header's "Today" line and the control that moves it (time travel) and brings it back.
//!
//! The control stays an `<input type="date">`: the browser's date picker, keyboard entry and
//! an ISO value that needs no parsing. The browser writes its date in its own locale, which
//! may not be the language chosen here, so the chosen locale's form of the date entered is
//! shown beside it (the input's hint).
//!
//! Moving today starts (or continues) a scenario; going back asks, through the scenario's
//! banner, what becomes of its actions.

use super::scenario_banner::ReturnChoice;
use crate::components::format::date_text;
use crate::forms::field::FieldMessage;
use crate::forms::form_errors::FormErrors;
use crate::state::book_state::use_book;
use crate::state::clock::use_clock;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::base::bounds::{FIRST_DAY, LAST_DAY};
use partnerdesk_core::base::dates::parse_date;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_l10n::Key;

#[component]
pub fn TodayControl() -> impl IntoView {
    let clock = use_clock();
    let language = use_language();
    let book = use_book();
    let ReturnChoice(asking) = expect_context::<ReturnChoice>();
    let draft = RwSignal::new(clock.today_untracked().to_string());
    // Today also changes from the scenario's banner (back to the real date).
    Effect::new(move |_| draft.set(clock.today().to_string()));
    let errors = FormErrors::default();
    let today_field = errors.field("today").hinted();

    // A scenario with actions asks what becomes of them (the banner holds the choice); one
    // without goes at once, nothing lost.
    let back = move |_: ()| {
        errors.clear();
        if book.scenario_actions() > 0 {
            asking.set(true);
        } else if let Err(message) = book.discard_scenario() {
            errors.set(vec![FieldError::new("today", message)]);
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_date(&draft.get()) {
            // Moving to the real date is going back to it: the scenario's choice applies.
            Some(day) if day == clock.real() && clock.is_moved_untracked() => back(()),
            Some(day) => match clock.move_to(day) {
                Ok(()) => errors.clear(),
                Err(message) => errors.set(vec![FieldError::new("today", message)]),
            },
            None => {
                let lang = language.now();
                let message = lang.fill(Key::EnterDate, &[&lang.date(clock.real())]);
                errors.set(vec![FieldError::new("today", message)]);
            }
        }
    };
    let today_is = move || language.get().around(Key::TodayIs);
    let moved = move || {
        let real = date_text(clock.real());
        format!(" {}", language.get().fill(Key::TodayMoved, &[&real]))
    };

    view! {
        <div class="today">
            <p class="today-line" role="status">
                {move || today_is().0}
                <time datetime=move || clock.today().to_string()>
                    {move || date_text(clock.today())}
                </time>
                {move || today_is().1}
                <Show when=move || clock.is_moved()>
                    <span class="today-moved">{moved}</span>
                </Show>
            </p>
            <form id="today-form" class="today-form" novalidate on:submit=submit>
                <label for="today">{language.tr(Key::MoveTodayTo)}</label>
                <input
                    id="today"
                    type="date"
                    min=FIRST_DAY.to_string()
                    max=LAST_DAY.to_string()
                    bind:value=draft
                    aria-invalid=today_field.invalid()
                    aria-describedby=today_field.described_by()
                />
                <span id=today_field.hint_id() class="today-echo">
                    {move || parse_date(&draft.get()).map(date_text)}
                </span>
                <button type="submit">{language.tr(Key::MoveToday)}</button>
                <Show when=move || clock.is_moved()>
                    <button type="button" on:click=move |_| back(())>
                        {language.tr(Key::BackToRealDate)}
                    </button>
                </Show>
                <FieldMessage field=today_field />
            </form>
        </div>
    }
}
