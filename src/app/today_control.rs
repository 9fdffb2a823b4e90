//! The header's "Today" line and the control that moves it (time travel) and brings it back.

use crate::forms::field::FieldMessage;
use crate::forms::form_errors::FormErrors;
use crate::state::clock::{display_date, use_clock};
use leptos::prelude::*;
use partnerdesk_core::base::bounds::{FIRST_DAY, LAST_DAY};
use partnerdesk_core::base::dates::parse_date;
use partnerdesk_core::base::field_error::FieldError;

#[component]
pub fn TodayControl() -> impl IntoView {
    let clock = use_clock();
    let draft = RwSignal::new(clock.today_untracked().to_string());
    let errors = FormErrors::default();
    let today_field = errors.field("today");

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let moved = parse_date(&draft.get())
            .ok_or_else(|| "Enter a date, such as 2018-06-01.".to_string())
            .and_then(|day| clock.move_to(day));
        match moved {
            Ok(()) => errors.clear(),
            Err(message) => errors.set(vec![FieldError::new("today", message)]),
        }
    };
    let back = move |_| {
        errors.clear();
        clock.back_to_real();
        draft.set(clock.real().to_string());
    };

    view! {
        <div class="today">
            <p class="today-line" role="status">
                "Today: "
                <time datetime=move || clock.today().to_string()>
                    {move || display_date(clock.today())}
                </time>
                <Show when=move || clock.is_moved()>
                    <span class="today-moved">
                        " (moved; the real date is " {display_date(clock.real())} ")"
                    </span>
                </Show>
            </p>
            <form id="today-form" class="today-form" novalidate on:submit=submit>
                <label for="today">"Move today to"</label>
                <input
                    id="today"
                    type="date"
                    min=FIRST_DAY.to_string()
                    max=LAST_DAY.to_string()
                    bind:value=draft
                    aria-invalid=today_field.invalid()
                    aria-describedby=today_field.described_by()
                />
                <button type="submit">"Move today"</button>
                <Show when=move || clock.is_moved()>
                    <button type="button" on:click=back>
                        "Back to the real date"
                    </button>
                </Show>
                <FieldMessage field=errors.field("today") />
            </form>
        </div>
    }
}
