//! The stepped read: whatever the JSON's shape, what `read_stored_book` reads or refuses.

use super::*;
use crate::storage::backup::backup_text;
use crate::storage::compact_codec::compress;
use crate::storage::envelope::decode;
use crate::storage::envelope::{compact_envelope, encode_stored, sealed_checksum, Folded, Lineage};
use crate::storage::generated_book::{empty_book, generated_book};
use crate::storage::stored::read_stored_book;

fn lineage() -> Lineage {
    Lineage {
        revision: "tab:2".into(),
        parent: Some("tab:1".into()),
    }
}

fn folded() -> Folded {
    Folded {
        tabs: [("a".into(), 3)].into(),
        clock: 3,
    }
}

/// The stepped read of `text`, and the number of steps it took.
fn stepped(text: &str) -> (Result<StoredBook, ReadError>, usize) {
    let mut reader = SteppedReader::new(text.to_string());
    let mut steps = 1;
    while !reader.step() {
        steps += 1;
    }
    let (back, read) = reader.finish();
    assert_eq!(back, text, "the text comes back as it was");
    (read, steps)
}

/// A stored text whose data is `json` as it is, with its right checksum.
fn stored_json(json: &[u8], checked: bool) -> String {
    let checksum = sealed_checksum(Crc32::new().update(json), &folded());
    compact_envelope(&lineage(), &folded(), checked, checksum, &compress(json))
}

#[test]
fn a_stepped_read_is_the_read_at_once_checked_or_not() {
    let book = generated_book(80, 1, 11);
    for checked in [true, false] {
        let text = encode_stored(&book, &lineage(), &folded(), checked);
        let (read, steps) = stepped(&text);
        assert_eq!(read, read_stored_book(&text), "checked: {checked}");
        let stored = read.unwrap();
        assert_eq!(
            (stored.book, stored.checked),
            (book.clone(), checked),
            "checked: {checked}"
        );
        // Unpacking, the head, the events, the check: more than one step each when checked.
        assert!(steps >= if checked { 6 } else { 4 }, "{steps} steps");
    }
}

#[test]
fn an_empty_book_reads_in_steps_too() {
    let text = encode_stored(&empty_book(), &lineage(), &folded(), true);
    let (read, _) = stepped(&text);
    assert_eq!(read.unwrap().book, empty_book());
}

/// JSON the writer never writes, but the read at once takes or refuses: the same comes out.
#[test]
fn json_of_any_shape_reads_as_at_once() {
    let book = generated_book(3, 1, 5);
    let json = serde_json::to_string(&book).unwrap();
    let (head, events) = json.split_at(json.find(",\"events\":").unwrap());
    let events = &events[1..events.len() - 1];
    let pretty = serde_json::to_string_pretty(&book).unwrap();
    let shapes = [
        pretty,
        format!("{{{events},{}}}", &head[1..]),
        format!("{head},{events} ,\"events\":[]}}"),
        format!("{head},{}}} x", &events),
        format!("{head},{}", events.replace("}]", "},]")),
        format!("{head},\"events\":[]}}"),
        format!("{head},\"events\" : [ ] }}\n"),
        format!("{head},\"events\":{{}}}}"),
        format!("{head},\"e\\u0076ents\":[]}}"),
        format!("{head},\"unknown\":\"events\",{events}}}"),
        json.replacen("\"settings\"", "\"sett\\\"ings\"", 1),
        "[]".into(),
        "{\"events\":[}".into(),
        String::new(),
    ];
    for (i, shape) in shapes.iter().enumerate() {
        for checked in [true, false] {
            let text = stored_json(shape.as_bytes(), checked);
            assert_eq!(stepped(&text).0, read_stored_book(&text), "shape {i}");
        }
    }
}

#[test]
fn a_book_that_fails_the_check_fails_as_at_once() {
    let mut book = generated_book(5, 1, 3);
    book.settings.billing_day = 0;
    let mut late = generated_book(5, 1, 3);
    let last = late.events.len() - 1;
    late.events.swap(0, last);
    for book in [book, late] {
        let text = encode_stored(&book, &lineage(), &folded(), true);
        let (read, _) = stepped(&text);
        assert!(matches!(read, Err(ReadError::Invalid(_))));
        assert_eq!(read, read_stored_book(&text));
    }
}

#[test]
fn damage_anywhere_fails_as_at_once() {
    let text = encode_stored(&generated_book(20, 1, 9), &lineage(), &folded(), true);
    let characters: Vec<char> = text.chars().collect();
    for at in (0..characters.len()).step_by(characters.len() / 97 + 1) {
        for replacement in ['A', '\u{3400}', '\u{b3ff}'] {
            let mut damaged = characters.clone();
            damaged[at] = replacement;
            let damaged: String = damaged.into_iter().collect();
            assert_eq!(stepped(&damaged).0, read_stored_book(&damaged), "at {at}");
        }
    }
    let cut = &text[..text.len() - 5];
    assert_eq!(stepped(cut).0, read_stored_book(cut));
}

/// A backup's file: what `decode` reads, checked without the replay.
fn backup_at_once(text: &str) -> Result<StoredBook, ReadError> {
    let stored = decode(text).map_err(ReadError::Unreadable)?;
    check_contents(&stored.book, false).map_err(ReadError::Invalid)?;
    Ok(stored)
}

fn stepped_backup(text: &str) -> (Result<StoredBook, ReadError>, usize) {
    let mut reader = SteppedReader::backup(text.to_string());
    let mut steps = 1;
    while !reader.step() {
        steps += 1;
    }
    (reader.finish().1, steps)
}

#[test]
fn a_backup_reads_in_steps_as_at_once() {
    let book = generated_book(40, 1, 13);
    let text = backup_text(&book);
    let (read, steps) = stepped_backup(&text);
    assert_eq!(read, backup_at_once(&text));
    assert_eq!(read.unwrap().book, book);
    // The head, the events, the check's four parts at least.
    assert!(steps >= 6, "{steps} steps");
    let pretty =
        serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(&text).unwrap())
            .unwrap();
    let (read, _) = stepped_backup(&pretty);
    assert_eq!(read.unwrap().book, book);
}

#[test]
fn a_backup_of_any_shape_or_damage_reads_as_at_once() {
    let text = backup_text(&generated_book(3, 1, 8));
    let data = text.find("\"data\":").unwrap();
    let shapes = [
        text.replacen("\"data\":", "\"data\":{},\"data\":", 1),
        format!("{}}} x", &text[..text.len() - 1]),
        format!("{},\"data\":{{}}}}", &text[..text.len() - 1]),
        format!("{{{},{}}}", &text[data..text.len() - 1], &text[1..data - 1]),
        text.replacen("\"data\":{", "\"data\":[", 1),
        text.replacen("\"events\":[", "\"events\":[,", 1),
        text.replacen("\"settings\"", "\"sett\\\"ings\"", 1),
        text.replacen("\"version\":2", "\"version\":1", 1),
        text[..text.len() / 2].to_string(),
    ];
    for (i, shape) in shapes.iter().enumerate() {
        assert_eq!(stepped_backup(shape).0, backup_at_once(shape), "shape {i}");
    }
}
