//! Where the partner's data is kept: the browser's localStorage, or memory when the browser
//! refuses storage (then nothing survives a reload, and the app says so).
//!
//! # The book
//!
//! The book is stored under [`BOOK_KEY`] in the core's versioned envelope (compact: about a
//! quarter of Chromium's quota for 10,000 customers over a year, with a CRC-32), and each tab
//! stores its actions in a journal of its own under [`JOURNAL_PREFIX`] + its id (core
//! `storage::journal`): an action writes a few hundred bytes, and no tab ever writes another
//! tab's key, so no interleaving of two tabs can replace an action one of them stored. The
//! journals are folded into the book (one tab at a time, under a Web Lock: `locks`, a slice at
//! a time: `folding`) when a tab opens and after every 16 actions of a tab; `writing` says which
//! write may happen when.
//! Reading merges the book with every journal, in an order all tabs agree on. BookState uses:
//!
//! - [`Store::load_book`] → [`BookLoad`]: `Fresh` (nothing stored), `Loaded(Arc<Book>)` (any
//!   format version, upgraded, with every journal merged in), or `Unreadable { raw, reason }`
//!   (damaged, a checksum that doesn't match, or a book that fails the check of a backup).
//!   Never writes. Unreadable data stays exactly as it is: the app shows the recovery page
//!   (`pages::recovery`), and `commit_action` refuses to store over it.
//! - [`read_book_ahead`]: before the app starts, reads the stored book a step at a time, with
//!   turns of the event loop between steps, for the first `load_book` to take (`read_ahead`).
//! - [`Store::commit_action`]`(new_book, action)`: re-reads storage first when anything was
//!   written since this tab last read or wrote it (another tab's write counts once its storage
//!   event arrived: `Backend::generation`), runs `action` on a copy (made ahead, between actions:
//!   `spare`; `new_book()` when nothing is stored), and
//!   stores what it did in this tab's journal (and the whole book when none in the current
//!   form is stored yet). Refused by the action (`CommitError::Refused`) or not stored
//!   (`CommitError::NotSaved(SaveError::QuotaFull | Unavailable | Unreadable | Other)`):
//!   nothing changed, in storage or in the returned state. On success the caller shows
//!   `Committed::book`, which includes what other tabs did, and `Committed::notice` if set.
//! - [`Store::fold_soon`]: folds the journals into the book when the lock is free; BookState
//!   calls it once the book is loaded.
//! - [`Store::subscribe_changes`]`(callback)`: the callback gets a [`BookChange`] when another
//!   tab changed the stored book or a journal (the window's "storage" event), or this tab
//!   replaced or discarded it. Keep the returned handle alive as long as the callback should
//!   run.
//! - [`Store::subscribe_failures`]`(callback)`: the callback gets the [`SaveError`] of every
//!   action that could not be stored; `components::backup::StorageFailureNotice` uses it to say
//!   that storage is full and offer a backup download. `SaveError::advice` is the sentence to
//!   show.
//! - [`Store::replace_book`] (a restored backup, async: it waits for the lock, then encodes
//!   the book in steps; [`Store::replace_book_showing`] reports their progress) and
//!   [`Store::discard_book`] (start fresh after the partner confirmed, removing the journals
//!   too): the only writes that don't build on the stored book.
//! - [`Store::in_memory_with_quota`]: memory storage that fills up like localStorage, for
//!   tests of a full quota.
//!
//! A tab's entries reloaded on the book they were recorded on are appended as recorded. Two
//! tabs acting at once both write their own journal; every tab merges both entries, the
//! later in the merge order going through the rules again on top of the other. An action
//! that no longer fits (both tabs created the same customer) is dropped, and the notice says
//! so.
//!
//! # Small values
//!
//! [`Store::load`] and [`Store::save`] keep any serde value as plain JSON under its own key
//! (settings, the moved "today", the chosen language).
//!
//! # The scenario
//!
//! [`Store::load_scenario`], [`Store::save_scenario`] and [`Store::remove_scenario`] keep the
//! book played with a moved "today" under [`SCENARIO_KEY`], as what it adds to the real book,
//! apart from the book and its journals: nothing done there reaches the real book unless the
//! partner keeps it.

mod backend;
pub mod event_loop;
mod files;
mod folding;
mod handle;
#[cfg(test)]
mod interleavings;
pub mod kept_figures;
mod locks;
mod other_tabs;
mod read_ahead;
mod reading;
mod scenario;
mod slot;
mod spare;
#[cfg(test)]
mod test_support;
mod writing;

pub use backend::SaveError;
pub use files::{download_bytes, download_text, read_file};
pub use handle::{ChangeSubscription, Store};
pub use other_tabs::OtherTabWrites;
pub use read_ahead::read_book_ahead;
pub use slot::{BookChange, BookLoad, CommitError, Committed, NotKept, Notice, UnreadableReason};

/// The partner's profile (core `PartnerSettings`).
pub const SETTINGS_KEY: &str = "partnerdesk.settings.v1";
/// The date "today" was moved to, if it was (see `state::clock`).
pub const TODAY_KEY: &str = "partnerdesk.today.v1";
/// The scenario played while today is moved, as what it adds to the real book (see
/// `scenario`).
pub const SCENARIO_KEY: &str = "partnerdesk.scenario.v2";
/// Where releases before the record kept the scenario whole, in the book's envelope: read
/// until the next action replaces it.
pub const OLD_SCENARIO_KEY: &str = "partnerdesk.scenario.v1";
/// The language the partner chose, as a BCP 47 tag (see `state::language`).
pub const LANGUAGE_KEY: &str = "partnerdesk.language.v1";
/// The book. The key keeps the name it had when it held the bare book of format version 1;
/// the format version now lives in the envelope, so one key holds every version and each
/// write replaces the book whole (setItem is atomic).
pub const BOOK_KEY: &str = "partnerdesk.book.v1";
/// Each tab's journal: this prefix and the tab's id. Only that tab writes it.
pub const JOURNAL_PREFIX: &str = "partnerdesk.journal.";

/// The text of a JSON string without escapes, as `Store::save` writes a language tag or a date;
/// none for anything else. The start reads those two so, without a JSON parser: a reader
/// of any JSON would come into the first load with it.
pub fn plain_json_text(json: &str) -> Option<&str> {
    let text = json.strip_prefix('"')?.strip_suffix('"')?;
    (!text.contains(['"', '\\'])).then_some(text)
}

fn journal_key(tab: &str) -> String {
    format!("{JOURNAL_PREFIX}{tab}")
}
