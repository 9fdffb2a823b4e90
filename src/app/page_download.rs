//! What shows in place of a part of the app loaded on demand whose code could not be
//! downloaded: the connection dropped on a first visit, before the service worker kept every
//! file. The rest of the app goes on; a reload fetches the part again.

use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_l10n::CommonText;

#[component]
pub fn PageNotDownloaded() -> impl IntoView {
    let language = use_language();
    let reload = move |_| {
        let _ = window().location().reload();
    };
    view! {
        <section class="banner page-not-downloaded" role="alert">
            <p>{language.tr(CommonText::PartNotDownloaded)}</p>
            <button type="button" on:click=reload>
                {language.tr(CommonText::TryAgain)}
            </button>
        </section>
    }
}
