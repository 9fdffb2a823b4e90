//! The copy made ahead: taken only while it is a copy of the book an action starts from, never
//! after an action changed it and was refused, never after another tab changed the book.

use super::*;
use crate::store::backend::Backend;
use crate::store::slot::{BookLoad, CommitError};
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
use partnerdesk_core::NaiveDate;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
}

fn act(store: &Store, n: usize) -> Arc<Book> {
    store
        .commit_action(empty_book, |b| {
            b.execute(generated_customer(n), day()).map(|_| ())
        })
        .expect("a new customer is stored")
        .book
}

fn created(book: &Book) -> Vec<&Command> {
    book.events.iter().map(|e| &e.command).collect()
}

fn spare_is_of_the_book(store: &Store) -> bool {
    let slot = lock(&store.book);
    let current = slot.merged.as_ref().map(|m| m.book.clone());
    let of = slot.spare.as_ref().and_then(|s| s.of.upgrade());
    matches!((of, current), (Some(of), Some(current)) if Arc::ptr_eq(&of, &current))
}

#[test]
fn a_copy_of_the_book_waits_for_the_next_action() {
    let store = Store::in_memory();
    act(&store, 1);
    assert!(spare_is_of_the_book(&store));
    let book = act(&store, 2);
    assert_eq!(
        created(&book),
        vec![&generated_customer(1), &generated_customer(2)]
    );
    assert!(spare_is_of_the_book(&store));
}

#[test]
fn an_action_refused_after_changing_its_copy_leaves_the_next_one_the_stored_book() {
    let store = Store::in_memory();
    act(&store, 1);
    let refused = store.commit_action(empty_book, |b| {
        b.execute(generated_customer(2), day())?;
        Err::<(), _>(RuleError::new("input", "refused after a change"))
    });
    assert!(matches!(refused, Err(CommitError::Refused(_))));
    let book = act(&store, 3);
    assert_eq!(
        created(&book),
        vec![&generated_customer(1), &generated_customer(3)]
    );
}

#[test]
fn an_action_after_another_tabs_builds_on_it_not_on_the_copy_made_before() {
    let shared = Backend::shared_memory();
    let (ours, theirs) = (Store::with(shared.clone()), Store::with(shared));
    act(&ours, 1);
    let BookLoad::Loaded(_) = theirs.load_book() else {
        panic!("the first tab's book reads");
    };
    act(&theirs, 2);
    let book = act(&ours, 3);
    assert_eq!(
        created(&book),
        vec![
            &generated_customer(1),
            &generated_customer(2),
            &generated_customer(3)
        ]
    );
}
