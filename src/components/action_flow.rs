//! The end of every action form: the preview of what will happen, a refusal where the
//! partner is looking, and a confirm button that names the action. Confirming runs the same
//! command through the core; a refusal then changes nothing.
//!
//! Every action may carry an earlier effective date than today (a partner records on Friday
//! what was done in Partner Center on Tuesday): the preview and the action use that date, and
//! the core refuses one after today or before the latest recorded action, at the field.

use super::preview_panel::PreviewPanel;
use crate::forms::action_check::ActionCheck;
use crate::forms::field::FieldMessage;
use crate::forms::issue::{Issue, IssueAlert};
use crate::state::book_state::use_book;
use crate::state::clock::use_clock;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;
use partnerdesk_core::base::dates::parse_date;
use partnerdesk_core::rules::check::EFFECTIVE_DATE;
use partnerdesk_l10n::{ActionsText, CommonText};

#[component]
pub fn ActionFlow(
    check: ActionCheck,
    /// The confirm button's text, e.g. "Confirm cancellation".
    #[prop(into)]
    confirm: TextProp,
    /// What the partner is told once the action is recorded.
    #[prop(into)]
    done: TextProp,
    on_done: Callback<String>,
    /// Shown as a "Close" button when the form can be put away.
    #[prop(optional_no_strip)]
    on_close: Option<Callback<()>>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let language = use_language();
    let heading_id = check.id("preview");
    let preview = move || {
        // Drawn again in the new language when it changes: its figures are written once.
        language.get();
        check.outcome.get().ok().map(|p| {
            view! {
                <PreviewPanel
                    heading_id=heading_id.clone()
                    preview=p
                    catalog=book.catalog().get()
                    currency=settings.with(|s| s.currency.clone())
                />
            }
        })
    };
    let run = move |_| {
        check.touched.set(true);
        let Ok(command) = check.command.get_untracked() else {
            return;
        };
        match book.execute_on(command.clone(), check.effective.get_untracked()) {
            Ok(_) => {
                check.refused.set(None);
                on_done.run(untrack(|| done.get()).to_string());
            }
            Err(refusal) => check.refused.set(Some((command, Issue::from(refusal)))),
        }
    };
    view! {
        <EffectiveDate check />
        {preview}
        <IssueAlert issue=Signal::derive(check.general_issue()) />
        <div class="form-buttons">
            <button type="button" class="confirm" on:click=run>{move || confirm.get()}</button>
            {on_close.map(|close| view! {
                <button type="button" on:click=move |_| close.run(())>{language.tr(CommonText::Close)}</button>
            })}
        </div>
    }
}

/// The action's effective date: empty for today, or an earlier day. The browser's date input
/// gives an ISO date or nothing.
#[component]
fn EffectiveDate(check: ActionCheck) -> impl IntoView {
    let clock = use_clock();
    let language = use_language();
    let field = check.field(EFFECTIVE_DATE).hinted();
    let enter = move |ev: leptos::ev::Event| {
        let day = parse_date(&event_target_value(&ev));
        check
            .effective
            .set(day.filter(|d| *d != clock.today_untracked()));
    };
    view! {
        <div class="field">
            <label for=field.id()>{language.tr(ActionsText::EffectiveDate)}</label>
            <input
                id=field.id()
                type="date"
                max=move || clock.today().to_string()
                on:input=enter
                aria-invalid=field.invalid()
                aria-describedby=field.described_by()
            />
            <p id=field.hint_id() class="hint">{language.tr(ActionsText::EffectiveDateHint)}</p>
            <FieldMessage field />
        </div>
    }
}
