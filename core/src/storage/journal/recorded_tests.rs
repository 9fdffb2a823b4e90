//! Entries appended as recorded: only on the very book they were recorded on, only when their
//! events continue it, and then to the book the rules would give.

use super::*;
use crate::model::command::Command;
use crate::storage::generated_book::{empty_book, generated_customer};
use chrono::NaiveDate;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
}

const STORED: &str = "t:1";

/// Tab "a" creating the given generated customers, one entry each, on the stored book of
/// revision `STORED`; and the book it ends with.
fn recorded(customers: &[usize]) -> (Journal, Arc<Book>) {
    let mut merged = Merged::on(
        Arc::new(empty_book()),
        Folded::default(),
        Some(STORED.into()),
    );
    let mut entries = Vec::new();
    for (i, customer) in customers.iter().enumerate() {
        let base = merged.book.clone();
        let mut next = base.as_ref().clone();
        next.execute(generated_customer(*customer), day()).unwrap();
        let entry = Entry::recorded_on(i as u64 + 1, &merged, &base, &next);
        merged.push_own("a", &entry, Arc::new(next));
        entries.push(entry);
    }
    let journal = Journal {
        tab: "a".into(),
        entries,
    };
    (journal, merged.book)
}

/// A made-up event after the entry's command, which the rules never record: seen in a merge
/// only if the entry was appended as recorded.
fn with_made_up_event(journal: &mut Journal) -> Event {
    let entry = &mut journal.entries[0];
    let command = &entry.delta.commands[0];
    let made_up = Event {
        seq: command.seq + 1,
        caused_by: Some(command.seq),
        ..command.clone()
    };
    let recorded = entry.recorded.as_mut().expect("recorded on a stored book");
    recorded.caused.push(made_up.clone());
    journal.entries.truncate(1);
    made_up
}

fn merged_on(revision: &str, journal: &Journal) -> Merged {
    let stored = Arc::new(empty_book());
    merge_on(stored, Folded::default(), Some(revision.into()), &[journal])
}

#[test]
fn a_tabs_entries_reloaded_on_their_book_give_the_book_it_had() {
    let (journal, book) = recorded(&[0, 1, 2]);
    let merged = merged_on(STORED, &journal);
    assert_eq!(merged.book, book);
    let replayed = merge(Arc::new(empty_book()), Folded::default(), &[&journal]);
    assert_eq!(merged.book, replayed.book);
    assert_eq!(merged.folded, replayed.folded);
}

#[test]
fn an_entry_on_the_book_it_was_recorded_on_is_appended_as_recorded() {
    let (mut journal, _) = recorded(&[0]);
    let made_up = with_made_up_event(&mut journal);
    let merged = merged_on(STORED, &journal);
    assert_eq!(merged.book.events.last(), Some(&made_up));
}

#[test]
fn an_entry_on_another_stored_book_goes_through_the_rules_again() {
    let (mut journal, _) = recorded(&[0]);
    with_made_up_event(&mut journal);
    let merged = merged_on("t:2", &journal);
    let created: Vec<&Command> = merged.book.events.iter().map(|e| &e.command).collect();
    assert_eq!(created, vec![&generated_customer(0)]);
}

#[test]
fn an_entry_after_another_tabs_goes_through_the_rules_again() {
    let (mut journal, _) = recorded(&[0]);
    with_made_up_event(&mut journal);
    let mut other = recorded(&[1]).0;
    other.tab = "0".into();
    // The other tab's entry orders first (same clock, its tab first): ours was not recorded
    // on that book.
    let stored = Arc::new(empty_book());
    let merged = merge_on(
        stored,
        Folded::default(),
        Some(STORED.into()),
        &[&journal, &other],
    );
    let created: Vec<&Command> = merged.book.events.iter().map(|e| &e.command).collect();
    assert_eq!(
        created,
        vec![&generated_customer(1), &generated_customer(0)]
    );
}

#[test]
fn recorded_events_that_do_not_continue_the_book_go_through_the_rules_again() {
    let (mut journal, _) = recorded(&[0]);
    let made_up = with_made_up_event(&mut journal);
    let recorded = journal.entries[0].recorded.as_mut().unwrap();
    recorded.caused[0].seq = made_up.seq + 5;
    let merged = merged_on(STORED, &journal);
    assert_eq!(merged.book.events.len(), 1);
}
