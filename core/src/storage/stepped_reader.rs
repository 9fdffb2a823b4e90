//! The book key read a step at a time (`stored::read_stored_book` in slices), so that opening
//! the app on a 22 MB book never holds the page for one long task: unpacking, inflating and
//! the CRC-32 go forward together a slice of the packed text per step; then the book's JSON,
//! its fields before the events in one step and its events a thousand at a time; then the
//! check on load, a part per step. The caller hands the event loop back between steps.
//!
//! It reads what `read_stored_book` reads, or fails as it fails: anything but the current
//! envelope with compact data, and any text the steps can't read, is read again at once by
//! `read_stored_book`, whose result or error is then the reader's. So a damaged book fails
//! exactly as before, and nothing here can take for a book what the read at once refuses.

use crate::model::book::{Book, History};
use crate::model::event::Event;
use crate::storage::backup::{check_contents, check_settings_and_catalog, BackupError};
use crate::storage::compact_codec::Inflater;
use crate::storage::crc32::Crc32;
use crate::storage::envelope::{checksum_matches, compact_parts, CompactParts, StoredBook};
use crate::storage::history_check::{
    check_across_customers, check_order, check_ranges, HistoryProblem,
};
use crate::storage::stored::{read_stored_book, ReadError};
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
    parts: CompactParts,
    unpacker: Unpacker,
    inflater: Inflater,
    /// The slice of the deflate stream unpacked in this step, kept to reuse its memory.
    deflated: Vec<u8>,
    crc: Crc32,
    /// The JSON's bytes the CRC holds.
    summed: usize,
}

struct Parsing {
    parts: CompactParts,
    json: Vec<u8>,
    /// The book without its events, once its fields before them are read.
    head: Option<Book>,
    events: Vec<Event>,
    /// Where the next event (or the events' closing bracket) begins in the JSON.
    at: usize,
}

struct Checking {
    stored: StoredBook,
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
    /// Nothing is read yet: `step` does the work.
    pub fn new(text: String) -> SteppedReader {
        SteppedReader {
            text,
            stage: Stage::Start,
        }
    }

    /// Does the next step; true once the book is read (then `finish` takes it).
    pub fn step(&mut self) -> bool {
        let stage = std::mem::replace(&mut self.stage, Stage::Start);
        let next = match stage {
            Stage::Start => self.start(),
            Stage::Inflating(inflating) => self.inflate(inflating),
            Stage::Parsing(parsing) => parse(parsing),
            Stage::Checking(checking) => check(checking),
            read @ Stage::Read(_) => Some(read),
        };
        self.stage = next.unwrap_or_else(|| Stage::Read(Box::new(read_stored_book(&self.text))));
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

    /// The stage after the next, None when the text is to be read at once.
    fn start(&self) -> Option<Stage> {
        let parts = compact_parts(&self.text)?;
        let unpacker = Unpacker::new(&self.text[parts.packed.clone()]).ok()?;
        let inflater = Inflater::with_room_for(unpacker.bytes());
        Some(Stage::Inflating(Box::new(Inflating {
            parts,
            unpacker,
            inflater,
            deflated: Vec::with_capacity(CHARACTERS_PER_STEP * 2),
            crc: Crc32::new(),
            summed: 0,
        })))
    }

    fn inflate(&self, mut inflating: Box<Inflating>) -> Option<Stage> {
        let s = &mut *inflating;
        let packed = &self.text[s.parts.packed.clone()];
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
        Some(Stage::Parsing(Box::new(Parsing {
            parts,
            json: inflater.finish(),
            head: None,
            events: Vec::new(),
            at: 0,
        })))
    }
}

/// The book's fields before its events, or the next events; the check once all are read.
fn parse(mut parsing: Box<Parsing>) -> Option<Stage> {
    let p = &mut *parsing;
    if p.head.is_none() {
        let opening = events_opening(&p.json)?;
        let mut head = p.json[..opening].to_vec();
        head.extend_from_slice(b"[]}");
        p.head = Some(serde_json::from_slice(&head).ok()?);
        p.at = opening + 1;
        return Some(Stage::Parsing(parsing));
    }
    for _ in 0..EVENTS_PER_STEP {
        let start = skip_whitespace(&p.json, p.at);
        let closing = if p.events.is_empty() && p.json.get(start) == Some(&b']') {
            start
        } else {
            let mut stream = serde_json::Deserializer::from_slice(&p.json[start..]).into_iter();
            p.events.push(stream.next()?.ok()?);
            let after = skip_whitespace(&p.json, start + stream.byte_offset());
            match p.json.get(after) {
                Some(b',') => {
                    p.at = after + 1;
                    continue;
                }
                Some(b']') => after,
                _ => return None,
            }
        };
        // The book's object closes after its events, and nothing follows.
        let end = skip_whitespace(&p.json, closing + 1);
        if p.json.get(end) != Some(&b'}') || skip_whitespace(&p.json, end + 1) != p.json.len() {
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
        return Some(Stage::Checking(Box::new(Checking {
            stored: StoredBook {
                book,
                lineage: parts.lineage,
                folded: parts.folded,
                checked: parts.checked,
            },
            part: CheckPart::SettingsAndCatalog,
        })));
    }
    Some(Stage::Parsing(parsing))
}

/// The next part of the check on load; the book read once it passed them all.
fn check(mut checking: Box<Checking>) -> Option<Stage> {
    let stored = &checking.stored;
    let events = &stored.book.events;
    let (passed, next) = match checking.part {
        // A book not checked when written is replayed whole, as at once: an older release's.
        _ if !stored.checked => (check_contents(&stored.book, true), None),
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

/// Where the value of the book's "events" begins (its opening bracket), found by walking the
/// JSON's structure up to it; None when the JSON is not shaped as a book is written.
fn events_opening(json: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < json.len() {
        match json[i] {
            b'"' => {
                let end = string_end(json, i)?;
                if depth == 1 && &json[i..end] == b"\"events\"" {
                    let colon = skip_whitespace(json, end);
                    if json.get(colon) == Some(&b':') {
                        let value = skip_whitespace(json, colon + 1);
                        return (json.get(value) == Some(&b'[')).then_some(value);
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
