//! The end of every action form: the preview of what will happen, a refusal where the
//! partner is looking, and a confirm button that names the action. Confirming runs the same
//! command through the core; a refusal then changes nothing.

use super::preview_panel::PreviewPanel;
use crate::forms::action_check::ActionCheck;
use crate::forms::issue::{Issue, IssueAlert};
use crate::state::book_state::use_book;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;

#[component]
pub fn ActionFlow(
    check: ActionCheck,
    /// The confirm button's text, e.g. "Confirm cancellation".
    confirm: &'static str,
    /// What the partner is told once the action is recorded.
    done: &'static str,
    on_done: Callback<String>,
    /// Shown as a "Close" button when the form can be put away.
    #[prop(optional_no_strip)]
    on_close: Option<Callback<()>>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let heading_id = check.id("preview");
    let preview = move || {
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
        let Ok(command) = check.command.get_untracked() else {
            return;
        };
        match book.execute(command.clone()) {
            Ok(_) => {
                check.refused.set(None);
                on_done.run(done.to_string());
            }
            Err(refusal) => check.refused.set(Some((command, Issue::from(refusal)))),
        }
    };
    view! {
        {preview}
        <IssueAlert issue=Signal::derive(check.general_issue()) />
        <div class="form-buttons">
            <button type="button" class="confirm" on:click=run>{confirm}</button>
            {on_close.map(|close| view! {
                <button type="button" on:click=move |_| close.run(())>"Close"</button>
            })}
        </div>
    }
}
