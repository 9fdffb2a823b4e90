//! Journals: stored and read back whole or refused, merged in one order by every reader.

use super::*;
use crate::model::command::Command;
use crate::storage::generated_book::{empty_book, generated_customer};
use chrono::NaiveDate;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
}

/// An entry of `tab` creating the n-th generated customer, written after `clock`.
fn creating(n: u64, clock: u64, customer: usize) -> Entry {
    let mut book = empty_book();
    let before = book.clone();
    book.execute(generated_customer(customer), day()).unwrap();
    Entry {
        n,
        clock,
        delta: Delta::between(&before, &book),
        recorded: None,
    }
}

fn journal(tab: &str, entries: Vec<Entry>) -> Journal {
    Journal {
        tab: tab.into(),
        entries,
    }
}

fn created(book: &Book) -> Vec<Command> {
    book.events.iter().map(|e| e.command.clone()).collect()
}

#[test]
fn a_journal_reads_back_as_written_and_damage_is_an_error() {
    let written = journal("a1b2", vec![creating(1, 1, 0), creating(2, 3, 1)]);
    let text = encode_journal(&written);
    assert!(text.starts_with("{\"format\":\"partnerdesk-journal\",\"version\":1,"));
    assert_eq!(decode_journal(&text), Ok(written));
    let start = text.find("\"data\":\"").unwrap() + 8;
    let mut chars: Vec<char> = text.chars().collect();
    let at = text[..start].chars().count() + 20;
    chars[at] = if chars[at] == '\u{3400}' {
        '\u{3401}'
    } else {
        '\u{3400}'
    };
    let damaged: String = chars.into_iter().collect();
    assert!(matches!(
        decode_journal(&damaged),
        Err(DecodeError::ChecksumMismatch | DecodeError::Damaged(_))
    ));
    assert!(decode_journal("{\"format\":\"partnerdesk\"}").is_err());
}

#[test]
fn every_reader_merges_in_the_same_order_whatever_order_it_reads_the_journals() {
    // Both tabs wrote at clock 1, neither having seen the other; b's second saw a's first.
    let a = journal("a", vec![creating(1, 1, 0)]);
    let b = journal("b", vec![creating(1, 1, 1), creating(2, 2, 2)]);
    let one = merge(Arc::new(empty_book()), Folded::default(), &[&a, &b]);
    let other = merge(Arc::new(empty_book()), Folded::default(), &[&b, &a]);
    assert_eq!(one, other);
    assert_eq!(
        created(&one.book),
        vec![
            generated_customer(0),
            generated_customer(1),
            generated_customer(2)
        ]
    );
    assert_eq!(one.folded.tabs, [("a".into(), 1), ("b".into(), 2)].into());
    assert_eq!((one.folded.clock, one.next_clock()), (2, 3));
}

#[test]
fn entries_the_stored_book_holds_are_not_merged_again() {
    let a = journal("a", vec![creating(1, 1, 0), creating(2, 2, 1)]);
    let first = merge(Arc::new(empty_book()), Folded::default(), &[&a]);
    let folded = Folded {
        tabs: [("a".into(), 1)].into(),
        clock: 1,
    };
    let mut stored = empty_book();
    stored.execute(generated_customer(0), day()).unwrap();
    let again = merge(Arc::new(stored), folded, &[&a]);
    assert_eq!(again.book, first.book);
    assert!(again.holds("a", 2) && !again.holds("b", 1));
}

#[test]
fn an_entry_the_rules_refuse_on_top_of_the_others_is_dropped_and_named() {
    // Both tabs created the same customer at once: the one merged second is refused.
    let a = journal("a", vec![creating(1, 1, 4)]);
    let b = journal("b", vec![creating(1, 1, 4), creating(2, 2, 5)]);
    let merged = merge(Arc::new(empty_book()), Folded::default(), &[&a, &b]);
    assert_eq!(
        created(&merged.book),
        vec![generated_customer(4), generated_customer(5)]
    );
    assert_eq!(merged.dropped.len(), 1);
    let dropped = &merged.dropped[0];
    assert_eq!((dropped.tab.as_str(), dropped.n), ("b", 1));
    assert!(dropped.refusal.message.starts_with("Customer created: "));
    assert!(merged.holds("b", 1), "a dropped entry is not tried again");
}

#[test]
fn merging_entries_as_they_come_gives_the_merge_of_all_or_says_it_cannot() {
    let a = journal("a", vec![creating(1, 1, 0), creating(2, 3, 2)]);
    let b = journal("b", vec![creating(1, 2, 1)]);
    let all = merge(Arc::new(empty_book()), Folded::default(), &[&a, &b]);

    let mut step = Merged::new(Arc::new(empty_book()), Folded::default());
    let a_first = journal("a", a.entries[..1].to_vec());
    assert!(step.extend(&[&a_first]));
    assert!(step.extend(&[&a, &b]));
    assert_eq!(step.book, all.book);

    // b's entry orders before a's second, already merged: the caller merges from scratch.
    let mut late = Merged::new(Arc::new(empty_book()), Folded::default());
    assert!(late.extend(&[&a]));
    let before = late.clone();
    assert!(!late.extend(&[&a, &b]));
    assert_eq!(late, before);
}

/// Issue 10 item 4 for the journals: one flipped bit anywhere in a stored journal, its tab
/// included, reads as an error or as the same journal, never as another tab's actions.
#[test]
fn a_flipped_bit_anywhere_in_a_journal_is_an_error_never_a_different_journal() {
    let written = journal("a1b2c3d4", vec![creating(1, 1, 0), creating(2, 3, 1)]);
    let bytes = encode_journal(&written).into_bytes();
    for bit in 0..bytes.len() * 8 {
        let mut flipped = bytes.clone();
        flipped[bit / 8] ^= 1 << (bit % 8);
        let Ok(text) = std::str::from_utf8(&flipped) else {
            continue;
        };
        if let Ok(read) = decode_journal(text) {
            assert_eq!(read, written, "bit {bit} of {}", bytes.len() * 8);
        }
    }
}
