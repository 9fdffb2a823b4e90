//! Where the partner's data is kept: the browser's localStorage, or memory when the browser
//! refuses storage. A thin adapter: it stores whole serde values under versioned keys and knows
//! nothing of the rules, so the core's Book can later be stored the same way as the settings.

use serde::{de::DeserializeOwned, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The partner's profile (core `PartnerSettings`).
pub const SETTINGS_KEY: &str = "partnerdesk.settings.v1";
/// The date "today" was moved to, if it was (see `clock`).
pub const TODAY_KEY: &str = "partnerdesk.today.v1";

#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
}

#[derive(Clone, Debug)]
enum Backend {
    Local,
    /// Arc/Mutex rather than Rc/RefCell because Leptos contexts must be Send + Sync.
    Memory(Arc<Mutex<HashMap<String, String>>>),
}

impl Store {
    /// localStorage when it can be written, memory otherwise (private modes, disabled storage,
    /// sandboxed frames). Probing first matters: gloo's `LocalStorage::raw()` panics when
    /// storage is missing.
    pub fn open() -> Store {
        if local_storage_works() {
            Store {
                backend: Backend::Local,
            }
        } else {
            Store::in_memory()
        }
    }

    /// A store that forgets everything on reload.
    pub fn in_memory() -> Store {
        Store {
            backend: Backend::Memory(Arc::default()),
        }
    }

    /// False when nothing survives a reload: the app then says so.
    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local)
    }

    /// The value stored under `key`; `Ok(None)` when there is none.
    pub fn load<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, String> {
        match &self.backend {
            Backend::Local => {
                use gloo_storage::{errors::StorageError, LocalStorage, Storage};
                match LocalStorage::get::<T>(key) {
                    Ok(value) => Ok(Some(value)),
                    Err(StorageError::KeyNotFound(_)) => Ok(None),
                    Err(e) => Err(e.to_string()),
                }
            }
            Backend::Memory(map) => match lock(map).get(key) {
                Some(text) => serde_json::from_str(text)
                    .map(Some)
                    .map_err(|e| e.to_string()),
                None => Ok(None),
            },
        }
    }

    pub fn save<T: Serialize>(&self, key: &str, value: &T) -> Result<(), String> {
        match &self.backend {
            Backend::Local => {
                use gloo_storage::{LocalStorage, Storage};
                LocalStorage::set(key, value).map_err(|e| e.to_string())
            }
            Backend::Memory(map) => {
                let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
                lock(map).insert(key.to_string(), text);
                Ok(())
            }
        }
    }
}

fn lock(
    map: &Mutex<HashMap<String, String>>,
) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
    // A poisoned lock only means an earlier panic mid-insert; the map itself is still usable.
    map.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn local_storage_works() -> bool {
    const PROBE: &str = "partnerdesk.probe";
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    // Some browsers hand out a storage object whose writes all fail (quota 0).
    let writable = storage.set_item(PROBE, "1").is_ok();
    let _ = storage.remove_item(PROBE);
    writable
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_round_trips_and_reports_missing_keys() {
        let store = Store::in_memory();
        assert!(!store.is_persistent());
        assert_eq!(store.load::<u32>("k"), Ok(None));
        store.save("k", &42u32).unwrap();
        assert_eq!(store.load::<u32>("k"), Ok(Some(42)));
    }

    #[test]
    fn unreadable_values_are_errors_not_defaults() {
        let store = Store::in_memory();
        store.save("k", &"text").unwrap();
        assert!(store.load::<u32>("k").is_err());
    }
}
