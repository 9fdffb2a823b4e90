//! What the storage tests in Chromium share: the real localStorage, emptied around each test.

use chrono::NaiveDate;
use leptos::prelude::window;

pub fn local() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// Empties localStorage when the test ends, passed or failed: tests share one page.
pub struct CleanStorage;

impl CleanStorage {
    pub fn new() -> CleanStorage {
        local().clear().unwrap();
        CleanStorage
    }
}

impl Drop for CleanStorage {
    fn drop(&mut self) {
        let _ = local().clear();
    }
}

pub fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
}
