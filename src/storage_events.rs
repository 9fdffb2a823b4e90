//! The window's "storage" event: the browser fires it in every other tab of the site when one
//! tab writes localStorage, so a change made in one tab reaches the others without a reload.

use crate::persistence::Store;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// A subscription to the store's news; dropping it ends the subscription.
pub struct ChangeSubscription {
    store: Store,
    id: u64,
    listener: Option<Closure<dyn Fn(web_sys::StorageEvent)>>,
}

impl ChangeSubscription {
    /// With a `key`, changes of it in other tabs reach the store too.
    pub(crate) fn new(store: Store, id: u64, key: Option<&'static str>) -> ChangeSubscription {
        let listener = key.filter(|_| store.is_persistent()).map(|key| {
            let target = store.clone();
            let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(
                move |event: web_sys::StorageEvent| {
                    // No key: another tab cleared the whole storage.
                    if event.key().is_none_or(|k| k == key) {
                        target.refresh_from_other_tab();
                    }
                },
            );
            if let Some(window) = web_sys::window() {
                let _ = window
                    .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            }
            listener
        });
        ChangeSubscription {
            store,
            id,
            listener,
        }
    }
}

impl Drop for ChangeSubscription {
    fn drop(&mut self) {
        self.store.unsubscribe(self.id);
        let Some(listener) = &self.listener else {
            return;
        };
        if let Some(window) = web_sys::window() {
            let _ = window
                .remove_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
    }
}
