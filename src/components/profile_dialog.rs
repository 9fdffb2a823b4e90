//! The confirmation asked before the rules profile changes, by Settings or by restoring a
//! backup: switching re-derives every charge line of the book.

use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn ProfileDialog(
    dialog: NodeRef<Dialog>,
    /// The profile in force, and the one the partner asked for.
    stored_profile: Signal<&'static str>,
    new_profile: Signal<Option<&'static str>>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <dialog
            node_ref=dialog
            aria-labelledby="profile-dialog-title"
            aria-describedby="profile-dialog-text"
        >
            <h2 id="profile-dialog-title">"Switch the rules profile?"</h2>
            <p id="profile-dialog-text">
                "Switching from " {stored_profile} " to " {new_profile}
                " re-derives every charge line of your book under the other rules. Invoices and reconciliation files you downloaded before will no longer match."
            </p>
            <div class="dialog-buttons">
                <button type="button" on:click=move |_| on_confirm.run(())>
                    "Switch to " {new_profile} " and save"
                </button>
                <button type="button" on:click=move |_| on_cancel.run(())>
                    "Keep " {stored_profile}
                </button>
            </div>
        </dialog>
    }
}
