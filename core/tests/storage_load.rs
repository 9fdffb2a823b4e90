//! Issue 10 items 5 and 8: the stored book is checked on load as a backup is before it may
//! replace the book. A history with 4,294,967,295 licences, a license change before its purchase
//! or billing day 0 in the settings is an error for the recovery page, never a book the app
//! derives (an invoice of 85,899,345,900.00 USD, a trap in `dates.rs`).

use partnerdesk_core::model::command::Command;
use partnerdesk_core::storage::backup::BackupError;
use partnerdesk_core::storage::envelope::{encode_compact, encode_stored, Folded, Lineage};
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::storage::stepped_reader::SteppedReader;
use partnerdesk_core::storage::stored::{read_stored_book, ReadError};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn lineage() -> Lineage {
    Lineage {
        revision: "tab-a:1".into(),
        parent: None,
    }
}

fn history_problem(result: Result<impl std::fmt::Debug, ReadError>) -> String {
    match result {
        Err(ReadError::Invalid(BackupError::History(p))) => p.to_string(),
        other => panic!("expected a history problem, got {other:?}"),
    }
}

#[test]
fn todays_stored_forms_load_unchanged() {
    for name in [
        "storage_v1_book.json",
        "storage_v2_backup.json",
        "storage_v2_compact.json",
    ] {
        let stored = read_stored_book(&fixture(name)).unwrap();
        assert_eq!(stored.book.events.len(), 26, "{name}");
        assert!(!stored.checked, "{name} was written before the check mark");
    }
}

/// Issue 13: the start reads the book in steps; every fixture reads as it does at once.
#[test]
fn todays_stored_forms_read_in_steps_as_at_once() {
    for name in [
        "storage_v1_book.json",
        "storage_v2_backup.json",
        "storage_v2_compact.json",
    ] {
        let text = fixture(name);
        let (back, read) = SteppedReader::new(text.clone()).finish();
        assert!(back == text, "{name}");
        assert_eq!(read, read_stored_book(&text), "{name}");
        assert_eq!(read.unwrap().book.events.len(), 26, "{name}");
    }
}

#[test]
fn a_stored_history_with_4294967295_licences_is_refused_on_load() {
    let mut book = generated_book(3, 1, 5);
    let at = book
        .events
        .iter()
        .position(|e| matches!(e.command, Command::ChangeQuantity { .. }))
        .unwrap();
    if let Command::ChangeQuantity { quantity, .. } = &mut book.events[at].command {
        *quantity = u32::MAX;
    }
    let problem = history_problem(read_stored_book(&encode_compact(&book, &lineage())));
    assert_eq!(
        problem,
        format!(
            "event {}: a value is implausible: Enter at most 1000000 licenses.",
            book.events[at].seq
        )
    );
}

#[test]
fn a_license_change_before_its_purchase_is_refused_on_load() {
    let mut book = generated_book(3, 1, 5);
    let change = book
        .events
        .iter()
        .position(|e| matches!(e.command, Command::ChangeQuantity { .. }))
        .unwrap();
    let target = book.events[change].command.target_subscription().unwrap();
    let purchase = book
        .events
        .iter()
        .position(|e| e.command.target_subscription() == Some(target))
        .unwrap();
    // The change moves to the purchase's place, numbered and dated as it was.
    let moved = book.events.remove(change);
    book.events.insert(purchase, moved);
    for (i, e) in book.events.iter_mut().enumerate() {
        e.seq = i as u64 + 1;
    }
    let date = book.events[purchase + 1].date;
    book.events[purchase].date = date;
    let problem = history_problem(read_stored_book(&encode_compact(&book, &lineage())));
    assert!(problem.contains("the rules refuse it"), "{problem}");
}

#[test]
fn billing_day_0_in_the_stored_settings_is_refused_on_load() {
    let mut book = generated_book(2, 1, 5);
    book.settings.billing_day = 0;
    match read_stored_book(&encode_compact(&book, &lineage())) {
        Err(ReadError::Invalid(BackupError::Settings(errors))) => {
            assert_eq!(errors[0].field, "billing_day")
        }
        other => panic!("expected a settings error, got {other:?}"),
    }
}

#[test]
fn a_book_marked_checked_skips_only_the_replay() {
    let mut book = generated_book(30, 1, 5);
    let caused = book
        .events
        .iter()
        .position(|e| e.caused_by.is_some())
        .unwrap();
    book.events.remove(caused);
    for (i, e) in book.events.iter_mut().enumerate() {
        e.seq = i as u64 + 1;
        e.caused_by = None;
    }
    let unmarked = encode_stored(&book, &lineage(), &Folded::default(), false);
    assert!(read_stored_book(&unmarked).is_err(), "the replay finds it");
    // Marked as checked when written (and the checksum vouching for that), it loads: the
    // replay is what the mark saves on every load of a large book.
    let marked = encode_stored(&book, &lineage(), &Folded::default(), true);
    assert!(read_stored_book(&marked).unwrap().checked);
    book.events[0].date = partnerdesk_core::NaiveDate::MAX;
    let out_of_bounds = encode_stored(&book, &lineage(), &Folded::default(), true);
    assert!(
        history_problem(read_stored_book(&out_of_bounds)).contains("implausible"),
        "the checks that read each event once run on every load"
    );
}
