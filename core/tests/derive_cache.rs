//! Issue 13's incremental derivation (no SPEC rule names it): after any action, deriving again
//! only the customers whose events changed gives exactly what replaying the whole history from
//! scratch gives, for every line (`derive`) and for the dashboard's months (`derive_months`),
//! under the legacy and the new commerce profiles.

use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::derive_customer;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_patch::{
    changed_customers, derive_again, derive_span, LineSpan,
};
use partnerdesk_core::model::book::{Book, CustomerEvents};
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::status::Status;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use partnerdesk_core::reports::customer_page::derive_indexed_customer;
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

mod derive_support;
use derive_support::*;

const SPANS: [LineSpan; 2] = [LineSpan::Every, LineSpan::Months(CHART_WINDOW)];

/// Runs the steps; after each one derives again from the previous derivations and checks they
/// are those from scratch. The number of steps that derived only the changed customers.
fn check_steps(mut book: Book, mut today: NaiveDate, steps: &[Step]) -> usize {
    let mut cached: Vec<Derived> = SPANS
        .iter()
        .map(|&s| derive_span(&book, today, s))
        .collect();
    let mut patched = 0;
    for (n, &step) in steps.iter().enumerate() {
        let before = book.clone();
        match command(step, &book, &cached[0], n as u64 + 1) {
            Some(c) => {
                let _refused_or_recorded = book.execute(c, today);
            }
            None => today = add_days(today, i64::from(step.3 % 40)),
        }
        if changed_customers(&cached[0], &before, &book, today).is_some_and(|c| !c.is_empty()) {
            patched += 1;
        }
        for (previous, &span) in cached.iter_mut().zip(SPANS.iter()) {
            let again = derive_again(previous.clone(), &before, &book, today, span);
            assert_eq!(
                again,
                derive_span(&book, today, span),
                "{span:?} after step {n}: {step:?}"
            );
            *previous = again;
        }
    }
    patched
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn issue13_cached_derivation_equals_replay_from_scratch_legacy(seed in 0u64..1000, s in steps()) {
        let (book, today) = legacy_book(seed);
        check_steps(book, today, &s);
    }

    #[test]
    fn issue13_cached_derivation_equals_replay_from_scratch_new_commerce(seed in 0u64..1000, s in steps()) {
        let (book, today) = nce_book(seed);
        check_steps(book, today, &s);
    }
}

/// The steps that must take the incremental path do: a license change, a purchase, a new
/// customer, an edit and an undo each derive only their customer again.
#[test]
fn issue13_an_action_of_one_customer_derives_only_that_customer_again() {
    let steps: Vec<Step> = vec![
        (0, 1, 0, 28),
        (7, 0, 0, 0),
        (8, 3, 0, 0),
        (3, 2, 0, 4),
        (6, 2, 0, 0),
    ];
    for (book, today) in [legacy_book(7), nce_book(7)] {
        assert_eq!(check_steps(book, today, &steps), steps.len());
    }
}

/// A price change or another day derives the whole book again.
#[test]
fn issue13_a_price_change_or_another_day_derives_everything_again() {
    let (book, today) = legacy_book(3);
    let steps: Vec<Step> = vec![(10, 0, 0, 5), (12, 0, 0, 9)];
    assert_eq!(check_steps(book, today, &steps), 0);
}

/// `book` after a license change of the customer `who` (one more license on its first
/// subscription), recorded as of `today`.
fn after_license_change(mut book: Book, state: &Derived, who: u8, today: NaiveDate) -> Book {
    let change = command((0, who, 0, 28), &book, state, 1).expect("a license change");
    book.execute(change, today).expect("the change is accepted");
    book
}

/// Deriving again as of `today` from `before`'s derivation gives `book`'s from scratch, and
/// which customers it derived again.
fn derived_again(before: &Book, book: &Book, today: NaiveDate) -> Option<Vec<String>> {
    for span in SPANS {
        let previous = derive_span(before, today, span);
        let again = derive_again(previous, before, book, today, span);
        assert_eq!(again, derive_span(book, today, span), "{span:?}");
    }
    let previous = derive_span(before, today, LineSpan::Every);
    changed_customers(&previous, before, book, today)
        .map(|ids| ids.into_iter().map(String::from).collect())
}

/// A book copied and then changed by an action extends the copy (and the copy's original)
/// without a comparison of the events; a copy read again from storage is compared.
#[test]
fn issue13_an_action_on_a_copy_extends_the_history_it_was_copied_from() {
    let (book, today) = legacy_book(11);
    let state = derive_span(&book, today, LineSpan::Every);
    let acted = after_license_change(book.clone(), &state, 1, today);
    let customer = state.customers[1].id.clone();
    assert!(acted.events.extends(&book.events));
    assert!(
        !book.events.extends(&acted.events),
        "the earlier is shorter"
    );
    assert_eq!(
        derived_again(&book, &acted, today),
        Some(vec![customer.clone()])
    );
    // The original changed in place, its copy kept as it was: the same.
    let kept = book.clone();
    let acted_in_place = after_license_change(book, &state, 1, today);
    assert!(acted_in_place.events.extends(&kept.events));
    // Read again from storage: no lineage, the events are compared.
    let read: Book = serde_json::from_str(&serde_json::to_string(&kept).unwrap()).unwrap();
    assert!(!acted_in_place.events.extends(&read.events));
    assert_eq!(
        derived_again(&read, &acted_in_place, today),
        Some(vec![customer])
    );
}

/// A history replaced by another of the same length (two tabs' actions on one book, a last
/// event taken back and another recorded, an event edited in place) is never taken for an
/// extension: the whole book is derived again.
#[test]
fn issue13_a_history_replaced_by_another_of_the_same_length_derives_everything_again() {
    let (book, today) = legacy_book(11);
    let state = derive_span(&book, today, LineSpan::Every);
    let ours = after_license_change(book.clone(), &state, 1, today);
    let theirs = after_license_change(book.clone(), &state, 2, today);
    assert_eq!(ours.events.len(), theirs.events.len());
    assert!(!theirs.events.extends(&ours.events));
    assert_eq!(derived_again(&ours, &theirs, today), None);

    let mut replaced = ours.clone();
    let last = replaced.events.len() - 1;
    replaced.events.truncate(last);
    replaced.events.push(theirs.events[last].clone());
    assert!(!replaced.events.extends(&ours.events));
    assert_eq!(derived_again(&ours, &replaced, today), None);

    let mut edited = ours.clone();
    edited.events[last].date = add_days(edited.events[last].date, -1);
    assert!(!edited.events.extends(&ours.events));
    assert_eq!(derived_again(&ours, &edited, today), None);
}

/// A customer's page derives the customer from its events found through the index: exactly
/// what the whole history gives, for every customer, and still so when the index is brought
/// up to date after an action instead of made again.
#[test]
fn issue13_a_customer_derived_through_the_index_is_derived_from_its_events() {
    let mut book = generated_book(12, 1, 5);
    let today = book.last_event_date().expect("a generated history");
    let index = CustomerEvents::of(&book.events);
    let state = partnerdesk_core::billing::derive::derive(&book, today);
    for c in &state.customers {
        let indexed = derive_indexed_customer(&book, &index, &c.id, today);
        assert_eq!(indexed, derive_customer(&book, &c.id, today), "{}", c.id);
    }
    let sub = state
        .subscriptions
        .iter()
        .find(|s| s.status == Status::Active && s.trial.is_none())
        .expect("an active subscription");
    let before = book.clone();
    let change = Command::ChangeQuantity {
        subscription_id: sub.id.clone(),
        quantity: sub.quantity + 1,
        order: None,
    };
    book.execute(change, today).expect("one license more");
    let index = CustomerEvents::of(&before.events).brought_up_to(&book.events);
    let of_sub = &sub.customer_id;
    let derived = derive_indexed_customer(&book, &index, of_sub, today);
    assert_eq!(derived, derive_customer(&book, of_sub, today));
    assert_eq!(
        derived.subscription(&sub.id).map(|s| s.quantity),
        Some(sub.quantity + 1)
    );
    // A history that is not the indexed one with events appended is indexed again.
    let read: Book = serde_json::from_str(&serde_json::to_string(&book).unwrap()).unwrap();
    let index = CustomerEvents::of(&before.events).brought_up_to(&read.events);
    let events: Vec<_> = index.events(&read.events, of_sub).collect();
    let scanned: Vec<_> = read.customer_events(of_sub).collect();
    assert_eq!(events, scanned);
}
