//! Issue 6 in headless Chromium, on the real localStorage: a full quota refuses the action and
//! changes nothing, corrupted data is kept untouched and leads to the recovery page, and
//! without storage the app runs in memory and says so. Issue 13, the start: the book read
//! ahead in steps is the book the first load hands out, with the journals merged in; a damaged
//! book is unreadable with the reason the read at once gives; another tab's write during the
//! read is not lost; a scenario an earlier release kept whole, read ahead, loads as read at
//! once.
#![cfg(target_arch = "wasm32")]

// The browser tests' helpers; this file needs only some of them.
#[path = "storage_support/mod.rs"]
mod storage_support;
#[path = "browser/support.rs"]
#[allow(dead_code)]
mod support;

use leptos::prelude::*;
use partnerdesk::store::read_book_ahead;
use partnerdesk::store::{
    BookLoad, CommitError, SaveError, Store, UnreadableReason, BOOK_KEY, OLD_SCENARIO_KEY,
};
use partnerdesk::Shell;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::storage::envelope::{encode_stored, Folded, Lineage};
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
use partnerdesk_core::storage::stored::read_stored_book;
use storage_support::*;
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Records the n-th customer of a generated book.
fn add_customer(store: &Store, n: usize) -> Result<(), CommitError<RuleError>> {
    store
        .commit_action(empty_book, |b| b.execute(generated_customer(n), day()))
        .map(|_| ())
}

fn events(store: &Store) -> usize {
    match store.load_book() {
        BookLoad::Loaded(book) => book.events.len(),
        other => panic!("expected a book, got {other:?}"),
    }
}

/// Whether the page's heading reads `text` yet (there may be no heading yet).
fn h1_reads(root: &web_sys::Element, text: &str) -> bool {
    root.query_selector("h1")
        .unwrap()
        .is_some_and(|h| h.text_content().unwrap_or_default().trim() == text)
}

/// Fills what is left of the quota with filler keys, largest first, until not one more
/// character fits.
fn fill_the_quota() -> usize {
    let storage = local();
    let mut keys = 0;
    let mut size = 1 << 22;
    while size > 0 {
        if storage
            .set_item(&format!("filler-{keys}"), &"x".repeat(size))
            .is_ok()
        {
            keys += 1;
        } else {
            size /= 2;
        }
    }
    keys
}

#[wasm_bindgen_test]
fn a_full_quota_refuses_the_action_with_its_own_error_and_changes_nothing() {
    let _clean = CleanStorage::new();
    let store = Store::open();
    assert!(store.is_persistent());
    add_customer(&store, 1).unwrap();
    let before = local().get_item(BOOK_KEY).unwrap().unwrap();
    assert!(fill_the_quota() > 0);

    assert_eq!(
        add_customer(&store, 2),
        Err(CommitError::NotSaved(SaveError::QuotaFull))
    );
    assert_eq!(local().get_item(BOOK_KEY).unwrap().unwrap(), before);
    assert_eq!(events(&store), 1);
    assert_eq!(events(&Store::open()), 1, "a new tab reads the old book");
    assert!(
        Store::open().is_persistent(),
        "a full storage is still the partner's storage, not missing storage"
    );
}

/// Issue 13: a restore stores the backup in steps, and writes only once it is whole; refused
/// by the quota then, it leaves the stored book and the journal as they were.
#[wasm_bindgen_test]
async fn a_restore_refused_by_a_full_quota_changes_nothing_stored() {
    let _clean = CleanStorage::new();
    let store = Store::open();
    add_customer(&store, 1).unwrap();
    add_customer(&store, 2).unwrap();
    let stored = |key: &str| local().get_item(key).unwrap();
    let journals: Vec<String> = (0..local().length().unwrap())
        .filter_map(|i| local().key(i).unwrap())
        .filter(|k| k.starts_with("partnerdesk.journal."))
        .collect();
    let before: Vec<Option<String>> = journals.iter().map(|k| stored(k)).collect();
    let book_before = stored(BOOK_KEY);
    assert!(fill_the_quota() > 0);

    let backup = partnerdesk_core::storage::generated_book::generated_book(300, 1, 3);
    assert_eq!(store.replace_book(backup).await, Err(SaveError::QuotaFull));
    assert_eq!(stored(BOOK_KEY), book_before);
    let after: Vec<Option<String>> = journals.iter().map(|k| stored(k)).collect();
    assert_eq!(after, before);
    assert_eq!(events(&Store::open()), 2, "a new tab reads the old book");
}

#[wasm_bindgen_test]
async fn corrupted_data_is_kept_untouched_and_the_app_shows_the_recovery_page() {
    let _clean = CleanStorage::new();
    let garbage = "{\"format\":\"partnerdesk\",\"version\":2,\"encoding\":\"deflate-text15\",\"data\":\"\u{3400}broken\"}";
    local().set_item(BOOK_KEY, garbage).unwrap();
    let store = Store::open();
    let BookLoad::Unreadable { raw, reason } = store.load_book() else {
        panic!("corrupted data must not read as a book");
    };
    assert_eq!(raw, garbage);
    let reason = reason.to_string();
    assert!(reason.starts_with("The data is damaged"), "{reason}");
    assert!(matches!(
        add_customer(&store, 1),
        Err(CommitError::NotSaved(SaveError::Unreadable(_)))
    ));

    open_at("/customers");
    let app = mount(move || {
        view! { <Shell store=store.clone() real_today=day() /> }
    });
    let root = &app.root;
    until("the recovery page", || {
        h1_reads(root, "Your stored book can't be read")
    })
    .await;
    let fresh = button(root, "Delete the stored data and start with an empty book");
    assert!(
        fresh.has_attribute("disabled"),
        "starting fresh waits for the confirmation"
    );
    assert_eq!(
        local().get_item(BOOK_KEY).unwrap().as_deref(),
        Some(garbage)
    );

    let confirm: web_sys::HtmlInputElement = labelled(
        root,
        "I have downloaded the stored data, or I don't need it. Delete it for good.",
    );
    confirm.set_checked(true);
    confirm
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    click(&button(
        root,
        "Delete the stored data and start with an empty book",
    ))
    .await;
    until("started fresh", || h1_reads(root, "Started fresh")).await;
    assert_eq!(local().get_item(BOOK_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
async fn without_storage_the_app_runs_in_memory_and_says_nothing_will_be_saved() {
    let store = Store::in_memory();
    add_customer(&store, 1).unwrap();
    assert_eq!(events(&store), 1);

    open_at("/settings");
    let app = mount(move || {
        view! { <Shell store=store.clone() real_today=day() /> }
    });
    let root = &app.root;
    until("the settings page", || h1_reads(root, "Settings")).await;
    assert!(text(root, ".banner").contains("Storage is unavailable: nothing will be saved."));
    assert!(has_button(root, "Download a backup"));
}

fn lineage(revision: &str) -> Lineage {
    Lineage {
        revision: revision.into(),
        parent: None,
    }
}

#[wasm_bindgen_test]
async fn the_book_read_ahead_is_the_book_loaded_with_the_journals_merged() {
    let _clean = CleanStorage::new();
    let book = generated_book(300, 1, 5);
    let text = encode_stored(&book, &lineage("other:1"), &Folded::default(), true);
    local().set_item(BOOK_KEY, &text).unwrap();
    // A tab's action stored in its journal, on top of the stored book.
    let acting = Store::open();
    let today = book.last_event_date().unwrap();
    let Command::CreateCustomer(mut customer) = generated_customer(1) else {
        unreachable!("a generated customer")
    };
    customer.id = "5a7e0000-0000-4000-8000-000000000301".into();
    customer.domain = "start301.example.com".into();
    acting
        .commit_action(empty_book, |b| {
            b.execute(Command::CreateCustomer(customer), today)
        })
        .unwrap();
    let BookLoad::Loaded(expected) = Store::open().load_book() else {
        panic!("the stored book reads at once");
    };
    assert_eq!(expected.events.len(), book.events.len() + 1, "the journal");

    read_book_ahead().await;
    let BookLoad::Loaded(loaded) = Store::open().load_book() else {
        panic!("the stored book reads in steps");
    };
    assert_eq!(*loaded, *expected);
}

#[wasm_bindgen_test]
async fn a_damaged_book_read_ahead_is_unreadable_as_at_once() {
    let _clean = CleanStorage::new();
    let text = encode_stored(
        &generated_book(50, 1, 2),
        &lineage("a:1"),
        &Folded::default(),
        true,
    );
    // A character of the packed data changed: it inflates, but not to what was written.
    let mut characters: Vec<char> = text.chars().collect();
    let at = characters.len() - 40;
    characters[at] = if characters[at] == '\u{3400}' {
        '\u{3401}'
    } else {
        '\u{3400}'
    };
    let damaged: String = characters.into_iter().collect();
    local().set_item(BOOK_KEY, &damaged).unwrap();
    let expected = read_stored_book(&damaged).unwrap_err().to_string();

    read_book_ahead().await;
    match Store::open().load_book() {
        BookLoad::Unreadable { raw, reason } => {
            assert_eq!(reason.to_string(), expected);
            assert!(raw == damaged, "the stored text is left as it is");
        }
        other => panic!("expected an unreadable book, got {other:?}"),
    }
    assert!(local().get_item(BOOK_KEY).unwrap() == Some(damaged));
}

/// Another tab writes the book while it is read ahead: the load hands out what it wrote.
#[wasm_bindgen_test]
async fn another_tabs_write_during_the_read_is_the_book_loaded() {
    let _clean = CleanStorage::new();
    let first = generated_book(2_000, 1, 3);
    let second = generated_book(20, 1, 4);
    let text = encode_stored(&first, &lineage("a:1"), &Folded::default(), true);
    local().set_item(BOOK_KEY, &text).unwrap();
    let later = encode_stored(&second, &lineage("b:1"), &Folded::default(), true);
    wasm_bindgen_futures::spawn_local(async move {
        local().set_item(BOOK_KEY, &later).unwrap();
    });

    read_book_ahead().await;
    let BookLoad::Loaded(loaded) = Store::open().load_book() else {
        panic!("the book written meanwhile reads");
    };
    assert_eq!(*loaded, second);
}

/// A scenario (the book played with today moved) that an earlier release kept whole is read
/// ahead in steps too: it loads as it reads at once, and a damaged one is unreadable for the
/// same reason.
#[wasm_bindgen_test]
async fn a_scenario_kept_whole_read_ahead_loads_as_at_once() {
    let _clean = CleanStorage::new();
    let scenario = generated_book(50, 1, 2);
    let whole = encode_stored(&scenario, &lineage("scenario"), &Folded::default(), true);
    local().set_item(OLD_SCENARIO_KEY, &whole).unwrap();
    read_book_ahead().await;
    let real = empty_book();
    assert_eq!(Store::open().load_scenario(&real), Ok(Some(scenario)));

    let damaged = "{\"format\":\"partnerdesk\",\"version\":2,\"encoding\":\"deflate-text15\",\"data\":\"\u{3400}broken\"}";
    local().set_item(OLD_SCENARIO_KEY, damaged).unwrap();
    let expected = read_stored_book(damaged).unwrap_err();
    read_book_ahead().await;
    assert_eq!(
        Store::open().load_scenario(&real),
        Err(UnreadableReason::Book(expected))
    );
}
