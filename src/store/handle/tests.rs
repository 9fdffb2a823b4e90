//! The store natively, on memory storage: whole actions, full quotas, unreadable data, and
//! two tabs over one storage.

use super::*;
use crate::store::journal_key;
use crate::store::test_support::now;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
use partnerdesk_core::storage::journal::{encode_journal, Entry, Journal};
use partnerdesk_core::storage::rebase::Delta;
use partnerdesk_core::NaiveDate;
use std::sync::Mutex;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
}

fn act(store: &Store, n: usize) -> Result<Committed<()>, CommitError<RuleError>> {
    store.commit_action(empty_book, |b| {
        b.execute(generated_customer(n), day()).map(|_| ())
    })
}

fn customers(load: &BookLoad) -> usize {
    match load {
        BookLoad::Loaded(book) => book.events.len(),
        other => panic!("expected a book, got {other:?}"),
    }
}

/// Two tabs: two stores over the same storage.
fn tabs() -> (Store, Store) {
    let shared = Backend::shared_memory();
    (Store::with(shared.clone()), Store::with(shared))
}

#[test]
fn memory_store_round_trips_and_reports_missing_keys() {
    let store = Store::in_memory();
    assert!(!store.is_persistent());
    assert_eq!(store.load::<u32>("k"), Ok(None));
    store.save("k", &42u32).unwrap();
    assert_eq!(store.load::<u32>("k"), Ok(Some(42)));
}

#[test]
fn unreadable_values_are_errors_not_defaults() {
    let store = Store::in_memory();
    store.save("k", &"text").unwrap();
    assert!(store.load::<u32>("k").is_err());
}

#[test]
fn an_action_is_stored_whole_and_a_refusal_stores_nothing() {
    let store = Store::in_memory();
    assert_eq!(store.load_book(), BookLoad::Fresh);
    let done = act(&store, 1).unwrap();
    assert_eq!(done.book.events.len(), 1);
    assert_eq!(customers(&store.load_book()), 1);
    let stored = store.backend.get(BOOK_KEY).unwrap();
    assert!(matches!(act(&store, 1), Err(CommitError::Refused(_))));
    assert_eq!(store.backend.get(BOOK_KEY).unwrap(), stored);
}

#[test]
fn a_full_quota_refuses_the_action_and_changes_nothing() {
    const QUOTA: usize = 10_000;
    let store = Store::in_memory_with_quota(QUOTA);
    act(&store, 1).unwrap();
    let before = store.backend.get(BOOK_KEY).unwrap().unwrap();
    let used = BOOK_KEY.len() + before.encode_utf16().count() + "filler".len();
    store
        .backend
        .set("filler", &"x".repeat(QUOTA - used))
        .unwrap();
    let failures = Arc::new(Mutex::new(Vec::new()));
    let log = failures.clone();
    let _subscription = store.subscribe_failures(move |e| log.lock().unwrap().push(e.clone()));
    assert_eq!(
        act(&store, 2),
        Err(CommitError::NotSaved(SaveError::QuotaFull))
    );
    assert_eq!(store.backend.get(BOOK_KEY).unwrap().unwrap(), before);
    assert_eq!(customers(&store.load_book()), 1);
    assert_eq!(*failures.lock().unwrap(), vec![SaveError::QuotaFull]);
}

#[test]
fn unreadable_data_is_kept_untouched_and_not_stored_over() {
    let store = Store::in_memory();
    store
        .backend
        .set(BOOK_KEY, "{\"format\":\"partnerdesk\",garbage")
        .unwrap();
    let BookLoad::Unreadable { raw, reason } = store.load_book() else {
        panic!("garbage must not read as a book");
    };
    assert_eq!(raw, "{\"format\":\"partnerdesk\",garbage");
    let reason = reason.to_string();
    assert!(reason.starts_with("The data is not JSON"), "{reason}");
    assert!(matches!(
        act(&store, 1),
        Err(CommitError::NotSaved(SaveError::Unreadable(_)))
    ));
    assert_eq!(store.backend.get(BOOK_KEY).unwrap().unwrap(), raw);
    store.discard_book().unwrap();
    assert_eq!(store.load_book(), BookLoad::Fresh);
}

#[test]
fn a_book_of_format_version_1_is_read_and_rewritten_in_the_envelope() {
    let store = Store::in_memory();
    let mut v1 = empty_book();
    v1.execute(generated_customer(1), day()).unwrap();
    store.save(BOOK_KEY, &v1).unwrap();
    assert_eq!(store.load_book(), BookLoad::Loaded(Arc::new(v1)));
    act(&store, 2).unwrap();
    let stored = store.backend.get(BOOK_KEY).unwrap().unwrap();
    assert!(stored.starts_with("{\"format\":\"partnerdesk\",\"version\":2,"));
}

#[test]
fn an_action_in_one_tab_builds_on_the_other_tabs_action() {
    let (a, b) = tabs();
    a.load_book();
    b.load_book();
    act(&a, 1).unwrap();
    let done = act(&b, 2).unwrap();
    assert_eq!(done.book.events.len(), 2);
    assert_eq!(done.notice, None);
}

#[test]
fn a_write_replaced_by_another_tabs_is_put_back_on_top() {
    let (a, b) = tabs();
    act(&a, 1).unwrap();
    b.load_book();
    act(&b, 2).unwrap();
    // Tab A acts at the same moment as B: its entry has B's clock (it had not seen B's), and
    // its tab orders first.
    let clock = b.book.lock().unwrap().own[0].clock;
    let mut theirs = match a.load_book() {
        BookLoad::Loaded(book) => book.as_ref().clone(),
        other => panic!("{other:?}"),
    };
    theirs.events.truncate(1);
    let before = theirs.clone();
    theirs.execute(generated_customer(3), day()).unwrap();
    let entry = Entry {
        n: 1,
        clock,
        delta: Delta::between(&before, &theirs),
        recorded: None,
    };
    let journal = Journal {
        tab: "0".into(),
        entries: vec![entry],
    };
    a.backend
        .set(&journal_key("0"), &encode_journal(&journal))
        .unwrap();

    let heard = Arc::new(Mutex::new(Vec::new()));
    let log = heard.clone();
    let _subscription = b.subscribe_changes(move |change| log.lock().unwrap().push(change.clone()));
    b.refresh_from_other_tab();
    let heard = heard.lock().unwrap();
    assert_eq!(heard.len(), 1);
    assert_eq!(heard[0].notice, Some(Notice::BothKept));
    let BookLoad::Loaded(merged) = a.load_book() else {
        panic!()
    };
    let kept: Vec<&Command> = merged.events.iter().map(|e| &e.command).collect();
    assert_eq!(
        kept,
        vec![
            &generated_customer(1),
            &generated_customer(3),
            &generated_customer(2)
        ]
    );
}

#[test]
fn replacing_or_discarding_the_book_tells_the_subscribers() {
    let store = Store::in_memory();
    let heard = Arc::new(Mutex::new(Vec::new()));
    let log = heard.clone();
    let subscription =
        store.subscribe_changes(move |change| log.lock().unwrap().push(change.load.clone()));
    let mut restored = empty_book();
    restored.execute(generated_customer(4), day()).unwrap();
    now(store.replace_book(restored.clone())).unwrap();
    store.discard_book().unwrap();
    drop(subscription);
    now(store.replace_book(restored.clone())).unwrap();
    assert_eq!(
        *heard.lock().unwrap(),
        vec![BookLoad::Loaded(Arc::new(restored)), BookLoad::Fresh]
    );
}
