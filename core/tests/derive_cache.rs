//! Issue 13's incremental derivation (no SPEC rule names it): after any action, deriving again
//! only the customers whose events changed gives exactly what replaying the whole history from
//! scratch gives, for every line (`derive`) and for the dashboard's months (`derive_months`),
//! under the legacy and the new commerce profiles.

use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::base::money::Money;
use partnerdesk_core::billing::derive::derive_customer;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_patch::{
    changed_customers, derive_again, derive_span, LineSpan,
};
use partnerdesk_core::model::book::{Book, CustomerEvents};
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::nce::order::OrderIds;
use partnerdesk_core::model::nce::sample_catalog::{BUSINESS_BASIC, BUSINESS_STANDARD};
use partnerdesk_core::model::nce::term::{BillingPlan, Term, TermPlan};
use partnerdesk_core::model::sample_catalog::{E1, E3};
use partnerdesk_core::model::status::Status;
use partnerdesk_core::model::subscription::SubscriptionView;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use partnerdesk_core::reports::customer_page::derive_indexed_customer;
use partnerdesk_core::rules::corrections::last_undoable;
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::storage::generated_nce_book::generated_nce_book;
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

const SPANS: [LineSpan; 2] = [LineSpan::Every, LineSpan::Months(CHART_WINDOW)];

/// (kind, which customer, which subscription, how many)
type Step = (u8, u8, u8, u8);

fn guid(kind: u32, n: u64) -> String {
    format!("{kind:08x}-0000-4000-8000-{n:012x}")
}

fn new_customer(n: u64) -> Customer {
    Customer {
        id: guid(0xc0ffee, n),
        company_name: format!("New customer {n}"),
        domain: format!("new{n}.onmicrosoft.com"),
        country: "US".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    }
}

fn order(n: u64) -> OrderIds {
    OrderIds {
        order_id: guid(0x0dde, n),
        reference_id: guid(0x2ef0, n),
    }
}

fn purchase(customer_id: &str, nce: bool, amount: u8, n: u64) -> Command {
    let quantity = u32::from(amount % 20) + 1;
    let ids = NewIds {
        subscription_id: guid(0xd00d_5ab5, n),
        billing_id: guid(0xb111, n),
        order_id: format!("{:018}", 900_000_000_000_000_000 + n),
        reference_id: nce.then(|| guid(0x2ef0, n)),
    };
    let (offer_id, term_plan) = match nce {
        false => ([E1, E3][usize::from(amount % 2)], None),
        true => {
            let (term, plan) = match amount % 3 {
                0 => (Term::P1M, BillingPlan::Monthly),
                1 => (Term::P1Y, BillingPlan::Monthly),
                _ => (Term::P1Y, BillingPlan::Annual),
            };
            let offer = [BUSINESS_BASIC, BUSINESS_STANDARD][usize::from(amount % 2)];
            (offer, TermPlan::new(term, plan))
        }
    };
    Command::Purchase {
        ids,
        customer_id: customer_id.into(),
        offer_id: offer_id.into(),
        quantity,
        frequency: term_plan.map_or(BillingFrequency::Monthly, |tp| tp.plan.frequency()),
        nickname: None,
        term_plan,
    }
}

/// Turns random numbers into an action on the book as derived; many are refused, which is
/// part of the test. None moves today instead.
fn command(step: Step, book: &Book, state: &Derived, n: u64) -> Option<Command> {
    let (kind, who, which, amount) = step;
    let nce = book.settings.profile == partnerdesk_core::model::settings::RulesProfile::P2022;
    let customer = state
        .customers
        .get(usize::from(who) % state.customers.len().max(1));
    let customer_id = customer.map_or(String::new(), |c| c.id.clone());
    let subs: Vec<&SubscriptionView> = state.subscriptions_of(&customer_id).collect();
    let held = subs.get(usize::from(which) % subs.len().max(1));
    let sub = held.map_or(String::new(), |s| s.id.clone());
    // Half of the changes add seats, which new commerce accepts at any time.
    let quantity = match amount % 2 {
        0 => held.map_or(1, |s| s.quantity) + 1 + u32::from(amount % 7),
        _ => u32::from(amount % 30) + 1,
    };
    let order = nce.then(|| order(n));
    Some(match kind % 13 {
        0..=2 => Command::ChangeQuantity {
            subscription_id: sub,
            quantity,
            order,
        },
        3 | 4 => purchase(&customer_id, nce, amount, n),
        5 => Command::Cancel {
            subscription_id: sub,
            order,
        },
        6 => Command::UndoAction {
            seq: last_undoable(book, &customer_id, state.today).map_or(0, |e| e.seq),
            customer_id,
        },
        7 => Command::CreateCustomer(new_customer(n)),
        8 => Command::EditCustomer(Customer {
            company_name: format!("Renamed {n}"),
            ..customer?.clone()
        }),
        // Deletes a customer created here (the others have subscriptions and are refused).
        9 => Command::DeleteCustomer {
            customer_id: new_customer(u64::from(which) % n.max(1)).id,
        },
        10 => Command::ChangePrice {
            offer_id: E3.into(),
            from: add_days(state.today, i64::from(amount % 60)),
            monthly: Money::new(2000 + i64::from(amount), 2),
            erp: Money::new(2400, 2),
        },
        11 => Command::SetAutoRenew {
            subscription_id: sub,
            on: amount % 2 == 0,
        },
        _ => return None,
    })
}

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

fn steps() -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>(), any::<u8>()), 1..14)
}

fn legacy_book(seed: u64) -> (Book, NaiveDate) {
    let book = generated_book(5, 1, seed);
    let today = book.last_event_date().expect("a generated history");
    (book, today)
}

fn nce_book(seed: u64) -> (Book, NaiveDate) {
    let book = generated_nce_book(5, 1, seed);
    let today = book.last_event_date().expect("a generated history");
    (book, today)
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
