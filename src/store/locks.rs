//! The browser's Web Locks (`navigator.locks`), shared by every tab of the site: each tab holds
//! a lock named after it for as long as it is open, so another tab can tell that it is gone;
//! and the stored book is rewritten only inside `exclusive`, one tab at a time, so that a tab
//! that folds the journals into the book always starts from the book the last fold wrote.
//!
//! Memory storage stands in with its own list of open stores, and runs `exclusive` at once.
//! Without Web Locks (an old browser, a page not served securely) `exclusive` runs at once too
//! and every tab counts as open: journals of closed tabs are then kept, never lost.

use super::backend::{lock, Backend};
use std::cell::RefCell;
use std::collections::HashSet;
use std::future::Future;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const BOOK_LOCK: &str = "partnerdesk.book";
const TAB_LOCK_PREFIX: &str = "partnerdesk.tab.";

#[wasm_bindgen]
extern "C" {
    type LockManager;

    #[wasm_bindgen(method, catch)]
    fn request(
        this: &LockManager,
        name: &str,
        callback: &js_sys::Function,
    ) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn query(this: &LockManager) -> Result<js_sys::Promise, JsValue>;
}

fn web_locks() -> Option<LockManager> {
    let window = web_sys::window()?;
    let navigator = js_sys::Reflect::get(&window, &"navigator".into()).ok()?;
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}

/// The tabs open when a section ran; `None` when that can't be known.
pub(super) struct OpenTabs(Option<HashSet<String>>);

impl OpenTabs {
    /// Which tabs are open can't be known: every tab counts as open.
    pub(super) fn none_known() -> OpenTabs {
        OpenTabs(None)
    }

    pub(super) fn is_open(&self, tab: &str) -> bool {
        self.0.as_ref().is_none_or(|open| open.contains(tab))
    }
}

/// Marks a tab open until it is dropped (memory) or the page goes (Web Locks).
pub(super) struct TabGuard {
    tab: String,
    open_tabs: Option<Arc<Mutex<HashSet<String>>>>,
}

impl Drop for TabGuard {
    fn drop(&mut self) {
        if let Some(open) = &self.open_tabs {
            lock(open).remove(&self.tab);
        }
    }
}

pub(super) fn hold_tab(backend: &Backend, tab: &str) -> TabGuard {
    let open_tabs = match backend {
        Backend::Memory { open_tabs, .. } => {
            lock(open_tabs).insert(tab.to_string());
            Some(open_tabs.clone())
        }
        Backend::Local => {
            if let Some(locks) = web_locks() {
                // Held until the page unloads: the callback's promise never settles.
                let forever = Closure::once_into_js(|_lock: JsValue| -> JsValue {
                    js_sys::Promise::new(&mut |_, _| {}).into()
                });
                let _ = locks.request(&format!("{TAB_LOCK_PREFIX}{tab}"), forever.unchecked_ref());
            }
            None
        }
    };
    TabGuard {
        tab: tab.to_string(),
        open_tabs,
    }
}

/// Runs `section` while no other tab runs one, telling it which tabs are open. The lock is
/// held until the section's future ends, across the turns of the event loop it gives back.
pub(super) async fn exclusive<T: 'static, F: Future<Output = T> + 'static>(
    backend: &Backend,
    section: impl FnOnce(OpenTabs) -> F + 'static,
) -> T {
    match backend {
        Backend::Memory { open_tabs, .. } => {
            let open = OpenTabs(Some(lock(open_tabs).clone()));
            section(open).await
        }
        Backend::Local => match web_locks() {
            Some(locks) => locked(locks, section).await,
            None => section(OpenTabs::none_known()).await,
        },
    }
}

async fn locked<T: 'static, F: Future<Output = T> + 'static>(
    locks: LockManager,
    section: impl FnOnce(OpenTabs) -> F + 'static,
) -> T {
    let result: Rc<RefCell<Option<T>>> = Rc::default();
    let slot = result.clone();
    let section = Rc::new(RefCell::new(Some(section)));
    let pending = section.clone();
    let locks = Rc::new(locks);
    let inside = locks.clone();
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        wasm_bindgen_futures::future_to_promise(async move {
            let open = open_tabs(&inside).await;
            let section = pending.borrow_mut().take();
            if let Some(section) = section {
                let value = section(open).await;
                *slot.borrow_mut() = Some(value);
            }
            Ok(JsValue::UNDEFINED)
        })
        .into()
    });
    if let Ok(promise) = locks.request(BOOK_LOCK, callback.unchecked_ref()) {
        let _ = JsFuture::from(promise).await;
    }
    let ran = result.borrow_mut().take();
    match ran {
        Some(value) => value,
        // The browser refused the lock: run without it rather than not at all.
        None => {
            let section = section.borrow_mut().take().expect("a section runs once");
            section(OpenTabs::none_known()).await
        }
    }
}

/// The tabs holding their lock now, or asking for it: a tab that has just opened may have
/// written its journal before the browser granted its lock, and must not count as closed.
async fn open_tabs(locks: &LockManager) -> OpenTabs {
    let Ok(query) = locks.query() else {
        return OpenTabs::none_known();
    };
    let Ok(snapshot) = JsFuture::from(query).await else {
        return OpenTabs::none_known();
    };
    let mut open = HashSet::new();
    for list in ["held", "pending"] {
        let infos = js_sys::Reflect::get(&snapshot, &list.into()).unwrap_or(JsValue::UNDEFINED);
        let Some(infos) = infos.dyn_ref::<js_sys::Array>() else {
            return OpenTabs::none_known();
        };
        open.extend(infos.iter().filter_map(|info| {
            js_sys::Reflect::get(&info, &"name".into())
                .ok()?
                .as_string()?
                .strip_prefix(TAB_LOCK_PREFIX)
                .map(str::to_string)
        }));
    }
    OpenTabs(Some(open))
}
