//! One page per route. A page with parts is a folder: its private child components live next
//! to it, and what more than one page uses lives in `components`.

pub mod billing;
pub mod catalog;
pub mod customer;
pub mod customers;
pub mod dashboard;
pub mod first_visit;
pub mod imports;
pub mod not_found;
pub mod reconcile;
pub mod recovery;
pub mod rule_page;
pub mod settings_page;

use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_l10n::Text;

/// Names the page in the browser tab and history, which screen readers announce on navigation.
fn set_title(page: &str) {
    document().set_title(&format!("{page} · PartnerDesk"));
}

/// Names the page, as `set_title` does, in the app's language, renamed when it changes. Named
/// at once too: an effect's first run waits for the next tick.
fn page_title(key: impl Text) {
    let language = use_language();
    set_title(language.now().text(key));
    Effect::new(move |_| set_title(language.get().text(key)));
}
