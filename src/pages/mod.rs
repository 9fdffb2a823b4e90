//! One page per route. A page with parts is a folder: its private child components live next
//! to it, and what more than one page uses lives in `components`.

pub mod billing;
pub mod catalog;
pub mod customer;
pub mod customers;
pub mod dashboard;
pub mod imports;
pub mod not_found;
pub mod reconcile;
pub mod recovery;
pub mod settings_page;

use leptos::prelude::*;

/// Names the page in the browser tab and history, which screen readers announce on navigation.
fn set_title(page: &str) {
    document().set_title(&format!("{page} · PartnerDesk"));
}
