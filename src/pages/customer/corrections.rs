//! Corrections of a customer: undo its most recent action, delete a customer that has no
//! subscriptions. The core decides what can be undone or deleted; both are recorded in the
//! history, and each shows its preview before it is confirmed.

use crate::components::action_flow::ActionFlow;
use crate::components::format::date_text;
use crate::forms::action_check::ActionCheck;
use crate::state::book_state::use_book;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::reports::history::describe;
use partnerdesk_core::rules::corrections::last_undoable;

#[component]
pub fn UndoForm(
    customer_id: String,
    on_done: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let book = use_book();
    let cid = customer_id.clone();
    // The action an undo takes back, as of today: (its number, its date, it in words).
    let last = Memo::new(move |_| {
        let today = book.today();
        let catalog = book.catalog().get();
        book.with(|b| last_undoable(b, &cid, today).map(|e| (e.seq, e.date, describe(e, &catalog))))
    });
    let cid = customer_id.clone();
    let check = ActionCheck::new(book, "undo", &[], move || {
        let seq = last.with(|l| l.as_ref().map(|(seq, _, _)| *seq));
        let seq = seq.ok_or_else(|| FieldError::new("undo", "There is nothing to undo."))?;
        Ok(Command::UndoAction {
            customer_id: cid.clone(),
            seq,
        })
    });
    let what = move || {
        last.get().map(|(_, date, text)| {
            view! {
                <p>
                    "The most recent action, of " <time datetime=date.to_string()>{date_text(date)}</time>
                    ": " <strong>{text}</strong>
                    ". Undoing it is recorded in the history; the action stays there, marked as undone."
                </p>
            }
        })
    };
    view! {
        {what}
        <ActionFlow check confirm="Confirm undo" done="The action was undone." on_done on_close=Some(on_close) />
    }
}

#[component]
pub fn DeleteForm(customer_id: String, on_close: Callback<()>) -> impl IntoView {
    let book = use_book();
    let cid = customer_id.clone();
    let check = ActionCheck::new(book, "delete-customer", &[], move || {
        Ok(Command::DeleteCustomer {
            customer_id: cid.clone(),
        })
    });
    let navigate = use_navigate();
    let on_done = Callback::new(move |_: String| navigate("/customers", Default::default()));
    view! {
        <p>
            "A customer can be deleted while nothing was bought or signed up for. The deletion is "
            "recorded in the history; the customer's domain can then be used by another customer."
        </p>
        <ActionFlow check confirm="Confirm deletion" done="Customer deleted." on_done on_close=Some(on_close) />
    }
}
