use super::*;
use crate::model::command::Command;
use crate::storage::generated_book::{customer_record, empty_book, generated_book};
use chrono::NaiveDate;

/// The real book, and a scenario played on a copy of it: two customers and a new billing day.
fn played() -> (Book, Book) {
    let real = generated_book(20, 1, 3);
    let day = real.last_event_date().unwrap();
    let mut scenario = real.clone();
    for i in [1000, 1001] {
        scenario
            .execute(Command::CreateCustomer(customer_record(i)), day)
            .unwrap();
    }
    scenario.settings.billing_day = 12;
    (real, scenario)
}

#[test]
fn a_scenario_is_kept_as_what_it_adds_and_comes_back_equal() {
    let (real, scenario) = played();
    let text = encode_scenario(&real, &scenario, usize::MAX);
    assert_eq!(decode_scenario(&real, &text), Ok(scenario.clone()));
    let whole = serde_json::to_string(&scenario).unwrap();
    assert!(
        text.len() * 4 < whole.len(),
        "the record ({} bytes) is a fraction of the book ({} bytes)",
        text.len(),
        whole.len()
    );
}

#[test]
fn a_scenario_stays_as_played_when_the_real_book_goes_on() {
    let (real, scenario) = played();
    let text = encode_scenario(&real, &scenario, usize::MAX);
    let mut later = real.clone();
    let day = real.last_event_date().unwrap();
    later
        .execute(Command::CreateCustomer(customer_record(2000)), day)
        .unwrap();
    assert_eq!(decode_scenario(&later, &text), Ok(scenario));
}

#[test]
fn a_scenario_of_another_book_is_not_put_together() {
    let (real, scenario) = played();
    let text = encode_scenario(&real, &scenario, usize::MAX);
    assert_eq!(
        decode_scenario(&generated_book(20, 1, 4), &text),
        Err(ScenarioError::OtherBook)
    );
    assert_eq!(
        decode_scenario(&empty_book(), &text),
        Err(ScenarioError::OtherBook)
    );
}

#[test]
fn a_scenario_played_from_an_empty_book_needs_nothing_of_the_real_one() {
    let real = empty_book();
    let mut scenario = real.clone();
    let day = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
    scenario
        .execute(Command::CreateCustomer(customer_record(7)), day)
        .unwrap();
    let text = encode_scenario(&real, &scenario, usize::MAX);
    assert_eq!(decode_scenario(&real, &text), Ok(scenario.clone()));
    assert_eq!(
        decode_scenario(&generated_book(3, 1, 3), &text),
        Ok(scenario)
    );
}

#[test]
fn text_that_is_no_scenario_record_is_unreadable() {
    let real = empty_book();
    let not_json = decode_scenario(&real, "{broken");
    assert!(matches!(
        not_json,
        Err(ScenarioError::Unreadable(ReadError::Unreadable(
            DecodeError::NotJson(_)
        )))
    ));
    let (real, scenario) = played();
    let other = encode_scenario(&real, &scenario, usize::MAX).replace(FORMAT, "something-else");
    assert_eq!(
        decode_scenario(&real, &other),
        Err(ScenarioError::Unreadable(ReadError::Unreadable(
            DecodeError::NotPartnerDesk("something-else".into())
        )))
    );
}

#[test]
fn a_scenario_that_fails_the_check_on_load_is_unreadable() {
    let (real, scenario) = played();
    let text = encode_scenario(&real, &scenario, usize::MAX);
    // The first recorded event dated before the history it follows: out of order.
    let mut record: ScenarioRecord = serde_json::from_str(&text).unwrap();
    record.recorded[0].date = NaiveDate::from_ymd_opt(2001, 1, 1).unwrap();
    let broken = serde_json::to_string(&record).unwrap();
    assert!(matches!(
        decode_scenario(&real, &broken),
        Err(ScenarioError::Unreadable(ReadError::Invalid(_)))
    ));
}

#[test]
fn a_record_sharing_more_than_the_real_book_holds_is_of_another_book() {
    let (real, scenario) = played();
    let mut record: ScenarioRecord =
        serde_json::from_str(&encode_scenario(&real, &scenario, usize::MAX)).unwrap();
    record.shared = real.events.len() + 5;
    record.last_shared = None;
    let text = serde_json::to_string(&record).unwrap();
    assert_eq!(decode_scenario(&real, &text), Err(ScenarioError::OtherBook));
}

/// Events not yet folded into the stored book may be renumbered by a merge: the scenario
/// keeps them among its own, and comes back as played whatever the real book's tail became.
#[test]
fn a_scenario_keeps_the_real_books_unfolded_events_as_its_own() {
    let (real, scenario) = played();
    let stored = real.events.len() - 3;
    let text = encode_scenario(&real, &scenario, stored);
    let mut renumbered = real.clone();
    renumbered.events.truncate(stored);
    let day = real.last_event_date().unwrap();
    renumbered
        .execute(Command::CreateCustomer(customer_record(3000)), day)
        .unwrap();
    assert_eq!(decode_scenario(&renumbered, &text), Ok(scenario));
}

/// Put back together, a scenario's history extends the real book's again: the next record
/// is made without comparing every event, and comes out the same.
#[test]
fn a_scenario_put_back_together_is_recorded_again_the_same() {
    let (real, scenario) = played();
    let text = encode_scenario(&real, &scenario, usize::MAX);
    let back = decode_scenario(&real, &text).unwrap();
    assert!(back.events.extends(&real.events));
    assert_eq!(encode_scenario(&real, &back, usize::MAX), text);
}

#[test]
fn json_of_another_shape_is_no_scenario() {
    let decoded = decode_scenario(&empty_book(), r#"{"hello":"world"}"#);
    assert!(matches!(
        decoded,
        Err(ScenarioError::Unreadable(ReadError::Unreadable(
            DecodeError::NotABook(_)
        )))
    ));
}
