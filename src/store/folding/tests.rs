//! The fold in steps, natively on memory storage shared by tabs: interrupted between steps it
//! changes nothing stored; completed, it stores the text the one-step encoding gives; tabs
//! acting while it encodes lose nothing; a book started afresh meanwhile is not written over.

use super::*;
use crate::store::backend::Backend;
use crate::store::slot::{CommitError, Committed};
use crate::store::JOURNAL_PREFIX;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::storage::envelope::{decode, encode_stored};
use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
use partnerdesk_core::storage::history_check::check_history;
use partnerdesk_core::NaiveDate;
use std::collections::BTreeMap;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
}

fn act(store: &Store, n: usize) -> Result<Committed<()>, CommitError<RuleError>> {
    store.commit_action(empty_book, |b| {
        b.execute(generated_customer(n), day()).map(|_| ())
    })
}

/// Every key and value stored.
fn everything(backend: &Backend) -> BTreeMap<String, String> {
    let keys = backend.keys_with_prefix("").unwrap();
    let value = |k: &String| backend.get(k).unwrap().unwrap();
    keys.iter().map(|k| (k.clone(), value(k))).collect()
}

fn loaded(store: &Store) -> Arc<Book> {
    match store.load_book() {
        BookLoad::Loaded(book) => book,
        other => panic!("expected a book, got {other:?}"),
    }
}

/// A tab with a stored book and three actions in its journal, not folded yet.
fn tab_with_a_journal(shared: &Backend) -> Store {
    let tab = Store::with(shared.clone());
    for n in 0..4 {
        act(&tab, n).unwrap();
    }
    tab
}

fn begun(tab: &Store) -> Box<Fold> {
    match tab.begin_fold() {
        FoldStart::Writes(fold) => fold,
        _ => panic!("the journal is not in the stored book: the fold writes"),
    }
}

/// A fold to its end, a small slice a step, with `meanwhile` run between two steps.
fn fold_in_steps(tab: &Store, meanwhile: impl FnOnce()) {
    let mut fold = begun(tab);
    assert!(!fold.encoder.step(100), "more than one step");
    meanwhile();
    while !fold.encoder.step(100) {}
    tab.complete_fold(*fold, &OpenTabs::none_known()).unwrap();
}

#[test]
fn a_fold_interrupted_between_steps_leaves_the_book_and_the_journals_as_they_were() {
    let shared = Backend::shared_memory();
    let tab = tab_with_a_journal(&shared);
    let book = loaded(&tab);
    let before = everything(&shared);
    assert!(before.keys().any(|k| k.starts_with(JOURNAL_PREFIX)));
    let mut fold = begun(&tab);
    assert!(!fold.encoder.step(100));
    assert!(!fold.encoder.step(100));
    // The page reloads: the fold and the tab are gone.
    drop((fold, tab));
    assert_eq!(everything(&shared), before);
    assert_eq!(loaded(&Store::with(shared)), book);
}

#[test]
fn a_stepped_fold_stores_byte_for_byte_what_the_one_step_encoding_stores() {
    let shared = Backend::shared_memory();
    let tab = tab_with_a_journal(&shared);
    let book = loaded(&tab);
    fold_in_steps(&tab, || {});
    let text = shared.get(BOOK_KEY).unwrap().unwrap();
    let stored = decode(&text).unwrap();
    let lineage = stored.lineage.expect("a fold writes a revision");
    assert!(text == encode_stored(&book, &lineage, &stored.folded, true));
    assert_eq!(stored.book, *book);
    let journals = everything(&shared).into_keys();
    assert_eq!(
        journals.filter(|k| k.starts_with(JOURNAL_PREFIX)).count(),
        0
    );
}

#[test]
fn actions_of_both_tabs_while_the_fold_encodes_are_kept() {
    let shared = Backend::shared_memory();
    let folding = tab_with_a_journal(&shared);
    let other = Store::with(shared.clone());
    fold_in_steps(&folding, || {
        act(&folding, 4).unwrap();
        act(&other, 5).unwrap();
    });
    // The folding tab's journal holds an entry the fold did not: it stays.
    assert!(shared
        .get(&journal_key(&lock(&folding.book).tab))
        .unwrap()
        .is_some());
    let book = loaded(&Store::with(shared.clone()));
    assert_eq!(book.events.len(), 6);
    assert_eq!(check_history(&book), Ok(()));
    assert_eq!(loaded(&folding), book);
    assert_eq!(act(&folding, 6).unwrap().book.events.len(), 7);
}

#[test]
fn a_fold_writes_nothing_over_a_book_started_afresh_meanwhile() {
    let shared = Backend::shared_memory();
    let folding = tab_with_a_journal(&shared);
    let fold = begun(&folding);
    Store::with(shared.clone()).discard_book().unwrap();
    folding
        .complete_fold(*fold, &OpenTabs::none_known())
        .unwrap();
    assert_eq!(everything(&shared), BTreeMap::new());
}
