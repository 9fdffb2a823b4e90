//! The confirmation asked before the rules profile changes, by Settings or by restoring a
//! backup: switching re-derives every charge line of the book.

use crate::state::language::use_language;
use leptos::html::Dialog;
use leptos::prelude::*;
use partnerdesk_l10n::BackupText as B;

#[component]
pub fn ProfileDialog(
    dialog: NodeRef<Dialog>,
    /// The profile in force, and the one the partner asked for.
    stored_profile: Signal<&'static str>,
    new_profile: Signal<Option<&'static str>>,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let language = use_language();
    let fill = move |key: B, profiles: &[&str]| language.get().fill(key, profiles);
    let new_profile = move || new_profile.get().unwrap_or_default();
    view! {
        <dialog
            node_ref=dialog
            aria-labelledby="profile-dialog-title"
            aria-describedby="profile-dialog-text"
        >
            <h2 id="profile-dialog-title">{language.tr(B::SwitchProfileTitle)}</h2>
            <p id="profile-dialog-text">
                {move || fill(B::SwitchProfileText, &[stored_profile.get(), new_profile()])}
            </p>
            <div class="dialog-buttons">
                <button type="button" on:click=move |_| on_confirm.run(())>
                    {move || fill(B::SwitchAndSave, &[new_profile()])}
                </button>
                <button type="button" on:click=move |_| on_cancel.run(())>
                    {move || fill(B::KeepProfile, &[stored_profile.get()])}
                </button>
            </div>
        </dialog>
    }
}
