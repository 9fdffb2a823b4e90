//! "A new version is available": public/boot.js tells the app ('pd-update-ready') when the
//! service worker has installed a newer build beside the running one. The partner decides when
//! to reload ('pd-apply-update'): a form half filled in is never lost to an automatic reload.

use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_l10n::Key;

/// The events shared with public/boot.js.
const UPDATE_READY: &str = "pd-update-ready";
const APPLY_UPDATE: &str = "pd-apply-update";

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let language = use_language();
    let ready = RwSignal::new(false);
    let listener = window_event_listener_untyped(UPDATE_READY, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let reload = move |_| {
        if let Ok(event) = web_sys::Event::new(APPLY_UPDATE) {
            let _ = window().dispatch_event(&event);
        }
    };
    // The live region is there from the start, so that a screen reader announces the banner.
    view! {
        <div class="update-status" role="status">
            <Show when=move || ready.get()>
                <div class="banner update-banner">
                    <p>{language.tr(Key::UpdateAvailable)}</p>
                    <button type="button" on:click=reload>
                        {language.tr(Key::ReloadToUpdate)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
