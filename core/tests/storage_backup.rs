//! Issue 6: a backup is checked completely before it may replace the book (format, version,
//! settings, catalog, history), says what it holds, and a bad file is an error, never a panic.

use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::storage::backup::{
    backup_text, check_backup, BackupCheck, BackupError, BackupSummary, BackupTotals,
};
use partnerdesk_core::storage::envelope::DecodeError;
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::Money;
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn a_backup_round_trips_and_says_what_it_holds() {
    let book = partnerdesk_core::storage::envelope::decode(&fixture("storage_v2_backup.json"))
        .unwrap()
        .book;
    let checked = check_backup(backup_text(&book).as_bytes()).unwrap();
    assert_eq!(checked.book, book);
    assert_eq!(
        checked.summary,
        BackupSummary {
            partner_name: "Fabrikam Cloud Partners B.V.".into(),
            partner_id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301".into(),
            customers: 3,
            subscriptions: 9,
            events: 26,
            dates: Some((day(2018, 1, 9), day(2019, 5, 9))),
        }
    );
}

#[test]
fn a_backup_names_its_rules_profile_and_what_it_invoiced() {
    let book = partnerdesk_core::storage::envelope::decode(&fixture("storage_v2_backup.json"))
        .unwrap()
        .book;
    let last = book.last_event_date().unwrap();
    let whole = derive(&book, last);
    let invoiced: Money = whole
        .lines
        .iter()
        .filter(|l| l.billing_date <= last)
        .map(|l| l.amount)
        .sum();
    let totals = check_backup(backup_text(&book).as_bytes()).unwrap().totals;
    assert_eq!(
        totals,
        BackupTotals {
            profile: book.settings.profile,
            currency: "EUR".into(),
            up_to: Some(last),
            invoiced: invoiced.round2(),
        }
    );
    assert!(!totals.invoiced.is_zero());

    // An amount edited in the file shows in the totals before the partner confirms.
    let mut edited = book.clone();
    for p in edited.catalog.prices.iter_mut() {
        p.monthly += Money::from_int(2);
    }
    let changed = check_backup(backup_text(&edited).as_bytes())
        .unwrap()
        .totals;
    assert!(changed.invoiced > totals.invoiced);
}

#[test]
fn a_backup_checked_a_few_customers_at_a_time_is_the_same_backup() {
    let book = generated_book(12, 1, 4);
    let text = backup_text(&book);
    let mut check = BackupCheck::start(text.as_bytes()).unwrap();
    // Issue 13: the file is read in steps first, then the customers are replayed.
    assert_eq!(check.progress(), (0, 0));
    while check.progress() == (0, 0) {
        assert!(!check.step(5).unwrap(), "the replay is still to do");
    }
    assert_eq!(check.progress(), (0, 12));
    let mut steps = 0;
    while !check.step(5).unwrap() {
        steps += 1;
        assert_eq!(check.progress().0, 5 * steps);
    }
    assert_eq!(check.progress(), (12, 12));
    assert_eq!(check.finish(), check_backup(text.as_bytes()).unwrap());
}

#[test]
fn every_stored_format_version_is_accepted_as_a_backup() {
    for name in [
        "storage_v1_book.json",
        "storage_v2_backup.json",
        "storage_v2_compact.json",
    ] {
        assert_eq!(
            check_backup(fixture(name).as_bytes())
                .unwrap()
                .summary
                .events,
            26,
            "{name}"
        );
    }
    let with_bom = format!("\u{feff}{}", fixture("storage_v2_backup.json"));
    assert!(check_backup(with_bom.as_bytes()).is_ok());
}

#[test]
fn invalid_settings_are_refused_with_the_field_named() {
    let text =
        fixture("storage_v1_book.json").replacen("\"billing_day\":20", "\"billing_day\":40", 1);
    match check_backup(text.as_bytes()) {
        Err(BackupError::Settings(errors)) => assert_eq!(errors[0].field, "billing_day"),
        other => panic!("expected a settings error, got {other:?}"),
    }
}

#[test]
fn an_inconsistent_catalog_is_refused() {
    let mut book = generated_book(2, 1, 1);
    book.catalog.prices.clear();
    match check_backup(backup_text(&book).as_bytes()) {
        Err(BackupError::Catalog(problems)) => {
            assert_eq!(problems.len(), book.catalog.offers.len());
            assert!(
                problems[0].ends_with("has no list price"),
                "{}",
                problems[0]
            );
        }
        other => panic!("expected a catalog error, got {other:?}"),
    }
}

#[test]
fn a_history_the_rules_would_not_record_is_refused_at_its_event() {
    let mut book = generated_book(3, 1, 5);
    let at = book
        .events
        .iter()
        .position(|e| matches!(e.command, Command::ChangeQuantity { .. }))
        .unwrap();
    if let Command::ChangeQuantity { quantity, .. } = &mut book.events[at].command {
        *quantity = 0;
    }
    match check_backup(backup_text(&book).as_bytes()) {
        Err(BackupError::History(problem)) => {
            assert_eq!(problem.seq, Some(book.events[at].seq));
            assert!(
                problem.message.starts_with("the rules refuse it"),
                "{}",
                problem.message
            );
        }
        other => panic!("expected a history error, got {other:?}"),
    }
}

#[test]
fn a_history_out_of_order_or_with_an_implausible_date_is_refused() {
    let mut book = generated_book(3, 1, 5);
    book.events[4].date = day(2017, 1, 1);
    assert!(
        matches!(check_backup(backup_text(&book).as_bytes()), Err(BackupError::History(p)) if p.seq == Some(5))
    );
    book.events[4].date = NaiveDate::MAX;
    assert!(
        matches!(check_backup(backup_text(&book).as_bytes()), Err(BackupError::History(p)) if p.message.contains("implausible"))
    );
}

#[test]
fn files_that_are_not_backups_are_named_as_such() {
    assert_eq!(check_backup(&[0xff, 0xfe, 0x00]), Err(BackupError::NotText));
    assert!(matches!(
        check_backup(b""),
        Err(BackupError::Unreadable(DecodeError::NotJson(_)))
    ));
    assert!(matches!(
        check_backup(b"Name,Domain\nContoso,contoso.com\n"),
        Err(BackupError::Unreadable(DecodeError::NotJson(_)))
    ));
}

/// Random edits of a valid file: deletions, insertions and replaced bytes.
fn mutated(base: &[u8], edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut bytes = base.to_vec();
    for &(at, kind, byte) in edits {
        let at = at % (bytes.len() + 1);
        match kind % 3 {
            0 if at < bytes.len() => {
                bytes.remove(at);
            }
            1 => bytes.insert(at, byte),
            _ if at < bytes.len() => bytes[at] = byte,
            _ => {}
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn fuzz_arbitrary_bytes_are_an_error_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        prop_assert!(check_backup(&bytes).is_err());
    }

    #[test]
    fn fuzz_arbitrary_text_is_an_error_never_a_panic(text in "\\PC{0,300}") {
        prop_assert!(check_backup(text.as_bytes()).is_err());
    }

    #[test]
    fn fuzz_json_shaped_text_is_an_error_never_a_panic(
        text in r#"\{("(format|version|encoding|data|settings|catalog|events)":("partnerdesk"|2|1|"json"|"deflate-text15"|\[\]|\{\}|null|"[^"]{0,8}"),?){0,6}\}"#
    ) {
        prop_assert!(check_backup(text.as_bytes()).is_err());
    }

    #[test]
    fn fuzz_mutated_backups_never_panic_and_pass_only_when_fully_valid(
        which in 0usize..3,
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..6)
    ) {
        let name = ["storage_v1_book.json", "storage_v2_backup.json", "storage_v2_compact.json"][which];
        let bytes = mutated(fixture(name).as_bytes(), &edits);
        if let Ok(checked) = check_backup(&bytes) {
            // What passed is a book the app would accept again, unchanged.
            let again = check_backup(backup_text(&checked.book).as_bytes()).unwrap();
            prop_assert_eq!(again.book, checked.book);
        }
    }

    /// Digits changed in place keep the file valid JSON, so the rules themselves meet odd
    /// quantities, dates, prices and billing days.
    #[test]
    fn fuzz_changed_digits_reach_the_rules_and_never_panic(
        edits in proptest::collection::vec((any::<usize>(), 0u8..10), 1..8)
    ) {
        let mut bytes = fixture("storage_v2_backup.json").into_bytes();
        let digits: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i].is_ascii_digit()).collect();
        for (at, digit) in edits {
            bytes[digits[at % digits.len()]] = b'0' + digit;
        }
        let _ = check_backup(&bytes);
    }
}
