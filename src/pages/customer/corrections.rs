//! Corrections of a customer: undo its most recent action, delete a customer that has no
//! subscriptions. The core decides what can be undone or deleted; both are recorded in the
//! history, and each shows its preview before it is confirmed.

use crate::components::action_flow::ActionFlow;
use crate::components::format::date_text;
use crate::forms::action_check::ActionCheck;
use crate::state::book_state::use_book;
use crate::state::language::{current_lang, use_language};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::base::say::Say;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::reports::history_line::history_line;
use partnerdesk_core::rules::corrections::last_undoable;
use partnerdesk_l10n::CustomerText as T;

#[component]
pub fn UndoForm(
    customer_id: String,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let cid = customer_id.clone();
    // The action an undo takes back, as of today: (its number, its date, what it did).
    let last = Memo::new(move |_| {
        let today = book.today();
        let catalog = book.catalog().get();
        book.with(|b| {
            last_undoable(b, &cid, today)
                .map(|e| (e.seq, e.date, Say::from(history_line(e, &catalog))))
        })
    });
    let cid = customer_id.clone();
    let check = ActionCheck::new(book, "undo", &[], move || {
        let seq = last.with(|l| l.as_ref().map(|(seq, _, _)| *seq));
        let seq =
            seq.ok_or_else(|| FieldError::new("undo", current_lang().text(T::NothingToUndo)))?;
        Ok(Command::UndoAction {
            customer_id: cid.clone(),
            seq,
        })
    });
    let what = move || {
        let lang = language.get();
        last.get().map(|(_, date, text)| {
            let (before, after) = lang.around(T::LastActionOf);
            view! {
                <p>
                    {before} <time datetime=date.to_string()>{date_text(date)}</time> {after}
                    <strong>{lang.say(&text)}</strong> {lang.text(T::UndoKeepsIt)}
                </p>
            }
        })
    };
    view! {
        {what}
        <ActionFlow check confirm=language.tr(T::ConfirmUndo) done=language.tr(T::ActionUndone) on_done on_close=Some(on_close) />
    }
}

#[component]
pub fn DeleteForm(customer_id: String, on_close: Callback<()>) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let cid = customer_id.clone();
    let check = ActionCheck::new(book, "delete-customer", &[], move || {
        Ok(Command::DeleteCustomer {
            customer_id: cid.clone(),
        })
    });
    let navigate = use_navigate();
    let on_done = Callback::new(move |_: String| navigate("/customers", Default::default()));
    view! {
        <p>{language.tr(T::DeleteExplained)}</p>
        <ActionFlow check confirm=language.tr(T::ConfirmDeletion) done=language.tr(T::CustomerDeleted) on_done on_close=Some(on_close) />
    }
}
