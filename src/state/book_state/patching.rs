//! The patch of a derivation after an action (core `patch_noting`): in the release build
//! (feature `split-routes`) its code is fetched on demand, the first time a page is opened or
//! an action is taken, so that a visit that only looks at the dashboard doesn't download it.
//! Until it has arrived (or when its download failed) the book is derived whole instead,
//! which gives the same derivation (core's property tests compare the two), only later on a
//! large book.

use chrono::NaiveDate;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_change::Change;
use partnerdesk_core::billing::derive_patch::LineSpan;
use partnerdesk_core::model::book::Book;

/// Core `patch_noting`, as the derivations call it.
pub(super) type Patch = fn(Derived, &Book, &Book, NaiveDate, LineSpan) -> Option<(Derived, Change)>;

#[cfg(feature = "split-routes")]
mod on_demand {
    use super::Patch;
    use leptos::wasm_split::SplitLoaderError;
    use partnerdesk_core::billing::derive_patch::patch_noting;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::OnceLock;

    /// The patch, once its code arrived.
    static ARRIVED: OnceLock<Patch> = OnceLock::new();
    /// Whether its download is under way.
    static FETCHING: AtomicBool = AtomicBool::new(false);

    /// The split point: the code `patch_noting` reaches moves into its own wasm file, and
    /// the pointer handed back calls it there. `fallible`: a failed download is an error to
    /// fall back from (Leptos's `#[lazy]` would abort the app).
    #[leptos::wasm_split::wasm_split(derive_patch, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn patch_code() -> Result<Patch, SplitLoaderError> {
        Ok(patch_noting)
    }

    pub fn patch() -> Option<Patch> {
        ARRIVED.get().copied()
    }

    pub fn fetch_patch() {
        if ARRIVED.get().is_some() || FETCHING.swap(true, Ordering::Relaxed) {
            return;
        }
        leptos::task::spawn_local(async {
            if let Ok(patch) = patch_code().await {
                let _ = ARRIVED.set(patch);
            }
            // After a failure, the next page or action tries again.
            FETCHING.store(false, Ordering::Relaxed);
        });
    }
}

#[cfg(feature = "split-routes")]
pub use on_demand::fetch_patch;
#[cfg(feature = "split-routes")]
pub(super) use on_demand::patch;

/// Without the split, the patch is in the one wasm.
#[cfg(not(feature = "split-routes"))]
pub(super) fn patch() -> Option<Patch> {
    Some(partnerdesk_core::billing::derive_patch::patch_noting)
}

/// Without the split there is nothing to fetch.
#[cfg(not(feature = "split-routes"))]
pub fn fetch_patch() {}
