//! The stored book read before the app starts, a step at a time (core `stepped_reader`): a
//! 22 MB book took one task of 300 ms to read at once (inflating, the CRC-32, the JSON, the
//! check on load). What it read waits here for the first store that reads the same text:
//! `Store::load_book` then neither decodes nor checks it again, and merges the journals as
//! always. A text that changed meanwhile (another tab wrote) is read again in steps; one
//! that changes after that is read by the load at once, as before: never an old book. A
//! scenario an earlier release kept whole (a copy of the book played with "today" moved) is
//! read ahead the same way.

use super::backend::{lock, Backend};
use super::event_loop::next_turn;
use super::{BOOK_KEY, OLD_SCENARIO_KEY, SCENARIO_KEY};
use partnerdesk_core::storage::envelope::StoredBook;
use partnerdesk_core::storage::stepped_reader::SteppedReader;
use partnerdesk_core::storage::stored::ReadError;
use std::sync::Mutex;

/// Steps are done until one took this long, then the event loop has a turn.
const STEP_MS: f64 = 25.0;
/// Reads in steps, each after another tab's write changed the text the one before read.
const READS: usize = 3;

/// The key, the text read ahead under it and what it read as.
type ReadAhead = (&'static str, String, Result<StoredBook, ReadError>);

/// One page, one start: a static, because the app's store is opened after the read.
static READ_AHEAD: Mutex<Vec<ReadAhead>> = Mutex::new(Vec::new());

/// Reads the stored book in localStorage, then a scenario kept whole if there is one, a step
/// at a time, with a turn of the event loop between steps, for the app's first load. Nothing
/// to read (nothing stored, storage refused) reads nothing.
pub async fn read_book_ahead() {
    read_key_ahead(BOOK_KEY).await;
    // Read only while no record has replaced it (its removal may have failed).
    if let Ok(None) = Backend::Local.get(SCENARIO_KEY) {
        read_key_ahead(OLD_SCENARIO_KEY).await;
    }
}

async fn read_key_ahead(key: &'static str) {
    for _ in 0..READS {
        let Ok(Some(text)) = Backend::Local.get(key) else {
            return;
        };
        let mut reader = SteppedReader::new(text);
        loop {
            let start = js_sys::Date::now();
            let mut done = false;
            while !done && js_sys::Date::now() - start < STEP_MS {
                done = reader.step();
            }
            if done {
                break;
            }
            next_turn().await;
        }
        let (text, read) = reader.finish();
        let unchanged = Backend::Local
            .get(key)
            .is_ok_and(|now| now.as_ref() == Some(&text));
        if unchanged {
            lock(&READ_AHEAD).push((key, text, read));
            return;
        }
    }
}

/// What the read ahead made of `raw` under `key`, if it read that text; taken once.
pub(super) fn take_read_ahead(key: &str, raw: &str) -> Option<Result<StoredBook, ReadError>> {
    let mut read_ahead = lock(&READ_AHEAD);
    let at = read_ahead.iter().position(|(k, _, _)| *k == key)?;
    let (_, text, read) = read_ahead.swap_remove(at);
    (text == raw).then_some(read)
}
