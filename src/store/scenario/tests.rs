use super::*;
use crate::store::{BookLoad, BOOK_KEY};
use partnerdesk_core::model::command::Command;
use partnerdesk_core::storage::envelope::{encode_stored, Folded, Lineage};
use partnerdesk_core::storage::generated_book::{empty_book, generated_book, generated_customer};

fn lineage(revision: &str) -> Lineage {
    Lineage {
        revision: revision.to_string(),
        parent: None,
    }
}

/// A scenario of `real`: one customer more.
fn played(real: &Book) -> Book {
    let mut scenario = real.clone();
    let day = real.last_event_date().unwrap();
    let Command::CreateCustomer(mut customer) = generated_customer(1) else {
        unreachable!("a generated customer")
    };
    customer.id = "5a7e0000-0000-4000-8000-000000000901".into();
    customer.domain = "scenario901.example.com".into();
    scenario
        .execute(Command::CreateCustomer(customer), day)
        .unwrap();
    scenario
}

#[test]
fn a_scenario_is_stored_apart_from_the_book_and_read_back_checked() {
    let store = Store::in_memory();
    let real = generated_book(10, 1, 3);
    assert_eq!(store.load_scenario(&real), Ok(None));
    let scenario = played(&real);
    // Nothing stored: the scenario shares nothing and holds every event itself.
    store.save_scenario(&real, &scenario).unwrap();
    assert_eq!(
        store.load_scenario(&empty_book()),
        Ok(Some(scenario.clone()))
    );
    assert_eq!(
        store.load_book(),
        BookLoad::Fresh,
        "the real book is untouched"
    );

    let whole = encode_stored(&real, &lineage("real"), &Folded::default(), true);
    store.backend.set(BOOK_KEY, &whole).unwrap();
    let BookLoad::Loaded(stored) = store.load_book() else {
        panic!("the real book reads");
    };
    store.save_scenario(&stored, &scenario).unwrap();
    assert_eq!(store.load_scenario(&real), Ok(Some(scenario)));
    assert_eq!(
        store.load_scenario(&empty_book()),
        Err(UnreadableReason::ScenarioOfAnotherBook)
    );

    store
        .backend
        .set(SCENARIO_KEY, r#"{"hello":"world"}"#)
        .unwrap();
    assert!(matches!(
        store.load_scenario(&real),
        Err(UnreadableReason::Book(_))
    ));
    store.remove_scenario().unwrap();
    assert_eq!(store.load_scenario(&real), Ok(None));
}

/// A scenario an earlier release kept whole is read, and the next action keeps the record
/// in its place.
#[test]
fn a_scenario_kept_whole_is_read_and_replaced_by_the_record() {
    let store = Store::in_memory();
    let real = generated_book(10, 1, 3);
    let scenario = played(&real);
    let whole = encode_stored(&scenario, &lineage("scenario"), &Folded::default(), true);
    store.backend.set(OLD_SCENARIO_KEY, &whole).unwrap();
    assert_eq!(store.load_scenario(&real), Ok(Some(scenario.clone())));

    let further = played(&generated_book(10, 1, 3));
    store.save_scenario(&real, &further).unwrap();
    assert_eq!(store.backend.get(OLD_SCENARIO_KEY), Ok(None));
    assert_eq!(store.load_scenario(&real), Ok(Some(further)));
    store.remove_scenario().unwrap();
    assert_eq!(store.load_scenario(&real), Ok(None));
}
