//! Raw text by key: the browser's localStorage, or a map in memory when the browser refuses
//! storage (private modes, disabled storage, sandboxed frames). Every failure is a value: a
//! write that would pass the quota is told apart from storage that is unavailable.

use super::other_tabs::OtherTabWrites;
use super::{BOOK_KEY, JOURNAL_PREFIX};
use partnerdesk_core::base::say::{Say, StorageFailure, StorageProblem};
use partnerdesk_l10n::Lang;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's quota for this site is used up (QuotaExceededError).
    QuotaFull,
    /// The browser refuses storage altogether.
    Unavailable(String),
    /// The stored book can't be read, and an action must not be stored over it.
    Unreadable(String),
    Other(String),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::QuotaFull => write!(f, "the browser's storage for PartnerDesk is full"),
            SaveError::Unavailable(why) => write!(f, "the browser refuses storage ({why})"),
            SaveError::Unreadable(why) => write!(f, "the stored book can't be read ({why})"),
            SaveError::Other(why) => f.write_str(why),
        }
    }
}

impl SaveError {
    /// What the partner reads when an action or a restore was not stored: what happened, that
    /// nothing changed, and what to do, in `lang`. Show `components::backup::DownloadBackup`
    /// next to it.
    pub fn advice(&self, lang: Lang) -> String {
        lang.say(&Say::Storage(StorageProblem::NotStored(self.failure())))
    }

    /// The failure as data, for `l10n` to word.
    pub fn failure(&self) -> StorageFailure {
        match self {
            SaveError::QuotaFull => StorageFailure::QuotaFull,
            SaveError::Unavailable(why) => StorageFailure::Unavailable { why: why.clone() },
            SaveError::Unreadable(why) => StorageFailure::Unreadable { why: why.clone() },
            SaveError::Other(why) => StorageFailure::Other { why: why.clone() },
        }
    }
}

#[derive(Clone, Debug)]
pub enum Backend {
    Local,
    /// Arc/Mutex rather than Rc/RefCell because Leptos contexts must be Send + Sync.
    Memory {
        map: Arc<Mutex<HashMap<String, String>>>,
        /// Characters of keys and values, as Chromium counts its quota; None: unlimited.
        quota: Option<usize>,
        /// The tabs (stores) open on this memory, as the browser's locks tell them for
        /// localStorage.
        open_tabs: Arc<Mutex<HashSet<String>>>,
        /// Whether several stores (tabs) share it, as they share localStorage; the app's own
        /// memory storage, when the browser refuses localStorage, is one tab's alone.
        shared: bool,
        /// Counts its writes (`Backend::generation`).
        generation: Arc<AtomicU64>,
    },
}

/// Counts the writes of localStorage seen by this page: its own, and the book's and journals'
/// by other tabs, as their "storage" events arrive.
static LOCAL_GENERATION: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// Listens from the first look at the generation on, for as long as the page lives.
    static OTHER_TABS_WRITING: OtherTabWrites = OtherTabWrites::matching(
        |key| key == BOOK_KEY || key.starts_with(JOURNAL_PREFIX),
        || {
            LOCAL_GENERATION.fetch_add(1, Ordering::Relaxed);
        },
    );
}

impl Backend {
    pub fn memory(quota: Option<usize>) -> Backend {
        Backend::Memory {
            map: Arc::default(),
            quota,
            open_tabs: Arc::default(),
            shared: false,
            generation: Arc::default(),
        }
    }

    /// Memory that stands for localStorage shared by tabs: for tests of tabs acting at once.
    #[cfg(test)]
    pub fn shared_memory() -> Backend {
        Backend::Memory {
            map: Arc::default(),
            quota: None,
            open_tabs: Arc::default(),
            shared: true,
            generation: Arc::default(),
        }
    }

    /// Whether other tabs may write this storage while this one does.
    pub fn is_shared(&self) -> bool {
        match self {
            Backend::Local => true,
            Backend::Memory { shared, .. } => *shared,
        }
    }

    /// A number that changes whenever the storage is written, by any store of this page or,
    /// for the book and the journals, by another tab: equal numbers mean nothing was written
    /// in between, so what was read then is what storage holds. Another tab's write counts
    /// once its "storage" event arrived; until then this tab acts on what it read, as it would
    /// had the two acted at the same moment, which the journals keep apart.
    pub fn generation(&self) -> u64 {
        match self {
            Backend::Local => {
                OTHER_TABS_WRITING.with(|_| ());
                LOCAL_GENERATION.load(Ordering::Relaxed)
            }
            Backend::Memory { generation, .. } => generation.load(Ordering::Relaxed),
        }
    }

    fn wrote(&self) {
        let counter = match self {
            Backend::Local => &LOCAL_GENERATION,
            Backend::Memory { generation, .. } => generation.as_ref(),
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Every key that starts with `prefix`, in no particular order.
    pub fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, SaveError> {
        match self {
            Backend::Local => {
                let storage = local()?;
                let count = storage.length().map_err(unavailable)?;
                let mut keys = Vec::new();
                for i in 0..count {
                    if let Some(key) = storage.key(i).map_err(unavailable)? {
                        if key.starts_with(prefix) {
                            keys.push(key);
                        }
                    }
                }
                Ok(keys)
            }
            Backend::Memory { map, .. } => Ok(lock(map)
                .keys()
                .filter(|k| k.starts_with(prefix))
                .cloned()
                .collect()),
        }
    }

    pub fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        match self {
            Backend::Local => local()?.get_item(key).map_err(unavailable),
            Backend::Memory { map, .. } => Ok(lock(map).get(key).cloned()),
        }
    }

    pub fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        // Counted even when refused: a write the browser half-did must not pass for none.
        self.wrote();
        match self {
            Backend::Local => local()?.set_item(key, value).map_err(write_error),
            Backend::Memory { map, quota, .. } => {
                let mut map = lock(map);
                if let Some(quota) = quota {
                    let others: usize = map
                        .iter()
                        .filter(|(k, _)| k.as_str() != key)
                        .map(|(k, v)| characters(k) + characters(v))
                        .sum();
                    if others + characters(key) + characters(value) > *quota {
                        return Err(SaveError::QuotaFull);
                    }
                }
                map.insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }

    pub fn remove(&self, key: &str) -> Result<(), SaveError> {
        self.wrote();
        match self {
            Backend::Local => local()?.remove_item(key).map_err(unavailable),
            Backend::Memory { map, .. } => {
                lock(map).remove(key);
                Ok(())
            }
        }
    }
}

/// UTF-16 code units: what JavaScript's `length` and Chromium's quota count.
fn characters(text: &str) -> usize {
    text.encode_utf16().count()
}

fn local() -> Result<web_sys::Storage, SaveError> {
    web_sys::window()
        .ok_or_else(|| SaveError::Unavailable("no window".into()))?
        .local_storage()
        .map_err(unavailable)?
        .ok_or_else(|| SaveError::Unavailable("no localStorage".into()))
}

fn unavailable(error: wasm_bindgen::JsValue) -> SaveError {
    SaveError::Unavailable(describe(&error))
}

fn write_error(error: wasm_bindgen::JsValue) -> SaveError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => SaveError::QuotaFull,
        _ => SaveError::Other(describe(&error)),
    }
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) => format!("{}: {}", e.name(), e.message()),
        None => format!("{error:?}"),
    }
}

pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A poisoned lock only means an earlier panic mid-update; the data is still usable.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// localStorage when it can be written. Probing first matters: gloo's `LocalStorage::raw()`
/// panics when storage is missing, and some browsers hand out a storage object whose writes
/// all fail (quota 0). A full quota with data in it is working storage: the book is there.
pub fn local_storage_works() -> bool {
    const PROBE: &str = "partnerdesk.probe";
    let Ok(storage) = local() else {
        return false;
    };
    let writable = match storage.set_item(PROBE, "1") {
        Ok(()) => true,
        Err(e) => write_error(e) == SaveError::QuotaFull && storage.length().unwrap_or(0) > 0,
    };
    let _ = storage.remove_item(PROBE);
    writable
}
