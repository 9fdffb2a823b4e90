//! The book key read a step at a time (`stored::read_stored_book` in slices), so that opening
//! the app on a 22 MB book never holds the page for one long task: unpacking, inflating and
//! the CRC-32 go forward together a slice of the packed text per step; then the book's JSON,
//! its fields before the events in one step and its events a thousand at a time; then the
//! check on load, a part per step. The caller hands the event loop back between steps.
//!
//! A backup's file (the envelope with the book as JSON) is read the same way from its JSON
//! on, and checked without the replay, which `backup::BackupCheck` runs after it in steps.
//!
//! It reads what `read_stored_book` (a backup: `decode` and `check_contents` without the
//! replay) reads, or fails as it fails: anything but the current envelope, and any text the
//! steps can't read, is read again at once that way, whose result or error is then the
//! reader's. So a damaged book fails exactly as before, and nothing here can take for a book
//! what the read at once refuses.

use crate::model::book::{Book, History};
use crate::model::event::Event;
use crate::storage::compact_codec::Inflater;
use crate::storage::contents_check::{check_contents, check_settings_and_catalog, BackupError};
use crate::storage::crc32::Crc32;
use crate::storage::envelope::{checksum_matches, current_parts, decode, CurrentParts, StoredBook};
use crate::storage::history_check::{
    check_across_customers, check_order, check_ranges, HistoryProblem,
};
use crate::storage::stored::ReadError;
use crate::storage::text_packing::Unpacker;

/// Packed characters unpacked and inflated in a step: 60 KB of the deflate stream, about
/// 600 KB of JSON.
const CHARACTERS_PER_STEP: usize = 32 * 1024;
/// Events read from the JSON in a step.
const EVENTS_PER_STEP: usize = 1_000;
/// Events whose values are checked in a step.
const EVENTS_CHECKED_PER_STEP: usize = 5_000;

pub struct SteppedReader {
    text: String,
    /// A backup's file: its history is replayed by `BackupCheck`, never here.
    backup: bool,
    stage: Stage,
}

enum Stage {
    Start,
    Inflating(Box<Inflating>),
    Parsing(Box<Parsing>),
    Checking(Box<Checking>),
    Read(Box<Result<StoredBook, ReadError>>),
}

struct Inflating {
    parts: CurrentParts,
    packed: std::ops::Range<usize>,
    unpacker: Unpacker,
    inflater: Inflater,
    /// The slice of the deflate stream unpacked in this step, kept to reuse its memory.
    deflated: Vec<u8>,
    crc: Crc32,
    /// The JSON's bytes the CRC holds.
    summed: usize,
}

struct Parsing {
    parts: CurrentParts,
    /// The inflated JSON; None: the book is the text's "data", as JSON.
    inflated: Option<Vec<u8>>,
    /// Where the book's object ends in the JSON, when it is read: the end of the text follows.
    book_end: usize,
    /// The book without its events, once its fields before them are read.
    head: Option<Book>,
    events: Vec<Event>,
    /// Where the next event (or the events' closing bracket) begins in the JSON.
    at: usize,
}

struct Checking {
    stored: StoredBook,
    /// The whole check with the replay, at once: an older release's book, not checked.
    replay: bool,
    part: CheckPart,
}

/// The parts of `backup::check_contents` without the replay, in its order.
#[derive(Clone, Copy)]
enum CheckPart {
    SettingsAndCatalog,
    /// The values of the events from this one on.
    Ranges(usize),
    Order,
    AcrossCustomers,
}

impl SteppedReader {
    /// The book key's text; nothing is read yet: `step` does the work.
    pub fn new(text: String) -> SteppedReader {
        SteppedReader {
            text,
            backup: false,
            stage: Stage::Start,
        }
    }

    /// A backup's file, read and checked without the replay.
    pub fn backup(text: String) -> SteppedReader {
        SteppedReader {
            backup: true,
            ..SteppedReader::new(text)
        }
    }

    /// Does the next step; true once the book is read (then `finish` takes it).
    pub fn step(&mut self) -> bool {
        let stage = std::mem::replace(&mut self.stage, Stage::Start);
        let next = match stage {
            Stage::Start => self.start(),
            Stage::Inflating(inflating) => self.inflate(inflating),
            Stage::Parsing(parsing) => self.parse(parsing),
            Stage::Checking(checking) => check(checking),
            read @ Stage::Read(_) => Some(read),
        };
        self.stage = next.unwrap_or_else(|| Stage::Read(Box::new(self.read_at_once())));
        matches!(self.stage, Stage::Read(_))
    }

    /// What the next step does, for figures: "start", "inflating", "parsing", "checking" or
    /// "read".
    pub fn stage(&self) -> &'static str {
        match self.stage {
            Stage::Start => "start",
            Stage::Inflating(_) => "inflating",
            Stage::Parsing(_) => "parsing",
            Stage::Checking(_) => "checking",
            Stage::Read(_) => "read",
        }
    }

    /// The text read, and what it reads as: the steps left, if any, are done first.
    pub fn finish(mut self) -> (String, Result<StoredBook, ReadError>) {
        while !self.step() {}
        match self.stage {
            Stage::Read(read) => (self.text, *read),
            _ => unreachable!("the steps end with the book read"),
        }
    }

    /// What `read_stored_book` makes of the text; a backup's, without the replay.
    fn read_at_once(&self) -> Result<StoredBook, ReadError> {
        let stored = decode(&self.text).map_err(ReadError::Unreadable)?;
        let replay = !self.backup && !stored.checked;
        check_contents(&stored.book, replay).map_err(ReadError::Invalid)?;
        Ok(stored)
    }

    /// The stage after the next, None when the text is to be read at once.
    fn start(&self) -> Option<Stage> {
        if let Some(book_start) = value_opening(self.text.as_bytes(), b"\"data\"", b'{') {
            // The book as JSON (a backup): the envelope is read without its 22 MB, as a
            // document whose data is null; the data must end it, else it is read at once.
            let envelope = format!("{}null}}", &self.text[..book_start]);
            let parts = current_parts(&envelope).filter(|p| p.packed.is_none())?;
            return Some(Stage::Parsing(Box::new(Parsing::new(
                parts, None, book_start,
            ))));
        }
        let parts = current_parts(&self.text)?;
        let packed = parts.packed.clone()?;
        let unpacker = Unpacker::new(&self.text[packed.clone()]).ok()?;
        let inflater = Inflater::with_room_for(unpacker.bytes());
        Some(Stage::Inflating(Box::new(Inflating {
            parts,
            packed,
            unpacker,
            inflater,
            deflated: Vec::with_capacity(CHARACTERS_PER_STEP * 2),
            crc: Crc32::new(),
            summed: 0,
        })))
    }

    fn inflate(&self, mut inflating: Box<Inflating>) -> Option<Stage> {
        let s = &mut *inflating;
        let packed = &self.text[s.packed.clone()];
        s.deflated.clear();
        let unpacked = s
            .unpacker
            .unpack_some(packed, CHARACTERS_PER_STEP, &mut s.deflated)
            .ok()?;
        // Every character is unpacked even after the stream's end, as `unpack` does.
        s.inflater.push(&s.deflated, unpacked).ok()?;
        let inflated = s.inflater.inflated();
        s.crc = s.crc.update(&inflated[s.summed..]);
        s.summed = inflated.len();
        if !unpacked {
            return Some(Stage::Inflating(inflating));
        }
        let Inflating {
            parts,
            inflater,
            crc,
            ..
        } = *inflating;
        if !inflater.is_done() || !checksum_matches(parts.checksum.as_deref(), crc, &parts.folded) {
            return None;
        }
        let json = inflater.finish();
        Some(Stage::Parsing(Box::new(Parsing::new(parts, Some(json), 0))))
    }

    /// The book's fields before its events, or the next events; the check once all are read.
    fn parse(&self, mut parsing: Box<Parsing>) -> Option<Stage> {
        let inflated = parsing.inflated.take();
        let json = inflated.as_deref().unwrap_or(self.text.as_bytes());
        if !parsing.parse_some(json)? {
            parsing.inflated = inflated;
            return Some(Stage::Parsing(parsing));
        }
        // What follows the book: nothing, or the end of the backup's envelope.
        let mut end = skip_whitespace(json, parsing.book_end);
        if inflated.is_none() {
            end = (json.get(end) == Some(&b'}')).then(|| skip_whitespace(json, end + 1))?;
        }
        if end != json.len() {
            return None;
        }
        let Parsing {
            parts,
            head,
            events,
            ..
        } = *parsing;
        let mut book = head?;
        book.events = History::from(events);
        Some(Stage::Checking(Box::new(Checking {
            replay: !self.backup && !parts.checked,
            stored: StoredBook {
                book,
                lineage: parts.lineage,
                folded: parts.folded,
                checked: parts.checked,
            },
            part: CheckPart::SettingsAndCatalog,
        })))
    }
}

impl Parsing {
    /// To read the book whose object begins at `book_start` in the JSON.
    fn new(parts: CurrentParts, inflated: Option<Vec<u8>>, book_start: usize) -> Parsing {
        Parsing {
            parts,
            inflated,
            book_end: 0,
            head: None,
            events: Vec::new(),
            at: book_start,
        }
    }

    /// Reads the book's fields before its events, or the next events of `json`; true once the
    /// book's object is read (`book_end`), None when the JSON is not as a book is written.
    fn parse_some(&mut self, json: &[u8]) -> Option<bool> {
        if self.head.is_none() {
            let opening = self.at + value_opening(&json[self.at..], b"\"events\"", b'[')?;
            let mut head = json[self.at..opening].to_vec();
            head.extend_from_slice(b"[]}");
            self.head = Some(serde_json::from_slice(&head).ok()?);
            self.at = opening + 1;
            return Some(false);
        }
        for _ in 0..EVENTS_PER_STEP {
            let start = skip_whitespace(json, self.at);
            let closing = if self.events.is_empty() && json.get(start) == Some(&b']') {
                start
            } else {
                let mut stream = serde_json::Deserializer::from_slice(&json[start..]).into_iter();
                self.events.push(stream.next()?.ok()?);
                let after = skip_whitespace(json, start + stream.byte_offset());
                match json.get(after) {
                    Some(b',') => {
                        self.at = after + 1;
                        continue;
                    }
                    Some(b']') => after,
                    _ => return None,
                }
            };
            // The book's object closes after its events.
            let end = skip_whitespace(json, closing + 1);
            if json.get(end) != Some(&b'}') {
                return None;
            }
            self.book_end = end + 1;
            return Some(true);
        }
        Some(false)
    }
}

/// The next part of the check on load; the book read once it passed them all.
fn check(mut checking: Box<Checking>) -> Option<Stage> {
    let stored = &checking.stored;
    let events = &stored.book.events;
    let (passed, next) = match checking.part {
        // A book not checked when written is replayed whole, as at once: an older release's.
        _ if checking.replay => (check_contents(&stored.book, true), None),
        CheckPart::SettingsAndCatalog => (
            check_settings_and_catalog(&stored.book),
            Some(CheckPart::Ranges(0)),
        ),
        CheckPart::Ranges(from) => {
            let to = events.len().min(from + EVENTS_CHECKED_PER_STEP);
            let next = if to == events.len() {
                CheckPart::Order
            } else {
                CheckPart::Ranges(to)
            };
            (history(check_ranges(&events[from..to])), Some(next))
        }
        CheckPart::Order => (
            history(check_order(events)),
            Some(CheckPart::AcrossCustomers),
        ),
        CheckPart::AcrossCustomers => (history(check_across_customers(events)), None),
    };
    if let Err(e) = passed {
        return Some(Stage::Read(Box::new(Err(ReadError::Invalid(e)))));
    }
    match next {
        Some(part) => {
            checking.part = part;
            Some(Stage::Checking(checking))
        }
        None => Some(Stage::Read(Box::new(Ok(checking.stored)))),
    }
}

fn history(checked: Result<(), HistoryProblem>) -> Result<(), BackupError> {
    checked.map_err(BackupError::History)
}

/// Where the value of the object's field `key` (quoted) begins (its `opening` bracket), found
/// by walking the JSON's structure up to it; None when the JSON is not shaped so.
fn value_opening(json: &[u8], key: &[u8], opening: u8) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < json.len() {
        match json[i] {
            b'"' => {
                let end = string_end(json, i)?;
                if depth == 1 && &json[i..end] == key {
                    let colon = skip_whitespace(json, end);
                    if json.get(colon) == Some(&b':') {
                        let value = skip_whitespace(json, colon + 1);
                        return (json.get(value) == Some(&opening)).then_some(value);
                    }
                }
                i = end;
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.checked_sub(1).filter(|d| *d > 0)?;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The index after the string that begins with the quote at `start`.
fn string_end(json: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < json.len() {
        match json[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The index of the first byte from `at` on that is not JSON whitespace.
fn skip_whitespace(json: &[u8], at: usize) -> usize {
    let rest = json.get(at..).unwrap_or_default();
    at + rest
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
        .count()
}

#[cfg(test)]
mod tests;
