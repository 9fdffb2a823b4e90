//! The window's "storage" event: the browser fires it in every other tab of the site when one
//! tab writes localStorage, so a change made in one tab reaches the others without a reload.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// Listens for writes of one key by other tabs; dropping it stops listening.
pub struct OtherTabWrites {
    listener: Closure<dyn Fn(web_sys::StorageEvent)>,
}

impl OtherTabWrites {
    /// Calls `on_write` when another tab writes `key` or clears the whole storage.
    pub fn new(key: &'static str, on_write: impl Fn() + 'static) -> OtherTabWrites {
        OtherTabWrites::matching(move |k| k == key, on_write)
    }

    /// Calls `on_write` when another tab writes a key that `wanted` accepts, or clears the
    /// whole storage.
    pub fn matching(
        wanted: impl Fn(&str) -> bool + 'static,
        on_write: impl Fn() + 'static,
    ) -> OtherTabWrites {
        let listener =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
                // No key: another tab cleared the whole storage.
                if event.key().is_none_or(|k| wanted(&k)) {
                    on_write();
                }
            });
        if let Some(window) = web_sys::window() {
            let _ = window
                .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
        OtherTabWrites { listener }
    }
}

impl Drop for OtherTabWrites {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "storage",
                self.listener.as_ref().unchecked_ref(),
            );
        }
    }
}
