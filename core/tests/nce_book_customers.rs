//! A customer's subscriptions on one 2022 book: an automatic renewal or conversion is checked
//! against the others as they stand on its day (N26, N31, T4), not as they stood before.

mod nce_support;

use nce_support::book::{nce_book, CUSTOMER};
use nce_support::*;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::nce::offer::NceCatalog;
use partnerdesk_core::model::nce::order::ScheduledChange;
use partnerdesk_core::model::nce::sample_catalog::*;
use partnerdesk_core::model::nce::term::{Term, TermPlan};
use partnerdesk_core::model::subscription::Status;
use partnerdesk_core::NaiveDate;

const A: &str = "aaaaaaaa-0000-4000-8000-000000000001";
const B: &str = "bbbbbbbb-0000-4000-8000-000000000002";

fn new_ids(subscription_id: &str, n: u32) -> NewIds {
    let order = ids(n);
    NewIds {
        subscription_id: subscription_id.into(),
        billing_id: subscription_id.into(),
        order_id: order.order_id,
        reference_id: Some(order.reference_id),
    }
}

fn buy(book: &mut Book, on: NaiveDate, id: &str, offer: &str, tp: TermPlan, seats: u32) {
    let command = Command::Purchase {
        ids: new_ids(id, seats),
        customer_id: CUSTOMER.into(),
        offer_id: offer.into(),
        quantity: seats,
        frequency: tp.plan.frequency(),
        nickname: None,
        term_plan: Some(tp),
    };
    book.execute(command, on).expect("the purchase is allowed");
}

fn cancel(book: &mut Book, on: NaiveDate, id: &str) {
    let command = Command::Cancel {
        subscription_id: id.into(),
        order: Some(ids(90)),
    };
    book.execute(command, on)
        .expect("the cancellation is allowed");
}

/// Business Standard at most 250 seats per customer; A has 150 on P1M from 1/10/2023 and its
/// renewal on 2/10 is scheduled at 200; B buys 100 on 1/20.
fn pooled_book() -> Book {
    let mut catalog: NceCatalog = nce_sample_catalog();
    catalog
        .offers
        .iter_mut()
        .filter(|o| o.id() == BUSINESS_STANDARD)
        .for_each(|o| o.max_seats = 250);
    let mut book = nce_book(&catalog, day(2023, 1, 2));
    buy(
        &mut book,
        day(2023, 1, 10),
        A,
        BUSINESS_STANDARD,
        combo(P1M),
        150,
    );
    let change = ScheduledChange {
        offer_id: BUSINESS_STANDARD.into(),
        term_plan: combo(P1M),
        quantity: 200,
    };
    let schedule = Command::ScheduleChange {
        subscription_id: A.into(),
        change,
    };
    book.execute(schedule, day(2023, 1, 15))
        .expect("200 fit then");
    buy(
        &mut book,
        day(2023, 1, 20),
        B,
        BUSINESS_STANDARD,
        combo(P1Y_MONTHLY),
        100,
    );
    book
}

#[test]
fn n26_n31_a_renewal_over_the_pooled_maximum_on_its_day_expires_naming_the_rule() {
    let book = pooled_book();
    let state = derive(&book, day(2023, 2, 10));
    let a = state.subscription(A).unwrap();
    let why = a.nce.as_deref().unwrap().expired_because.clone().unwrap();
    assert_eq!((a.status, why.rule.as_str()), (Status::Expired, "N26"));
    assert!(
        why.message.contains("other subscriptions hold 100"),
        "{}",
        why.message
    );
    assert!(!state.lines.iter().any(|l| &*l.subscription_id == A
        && l.charge_type == partnerdesk_core::model::charge_line::ChargeType::Renew));
}

#[test]
fn n26_n31_the_same_renewal_goes_ahead_once_the_other_subscription_is_cancelled() {
    let mut book = pooled_book();
    cancel(&mut book, day(2023, 1, 22), B);
    let state = derive(&book, day(2023, 2, 10));
    let a = state.subscription(A).unwrap();
    assert_eq!((a.status, a.quantity), (Status::Active, 200));
    let renew: Vec<String> = state
        .lines
        .iter()
        .filter(|l| &*l.subscription_id == A && l.start == day(2023, 2, 10))
        .map(describe)
        .collect();
    assert_eq!(
        renew,
        ["[2/10/2023] renew 2/10/2023–3/9/2023: 15.00 × 200 = 3000.00"]
    );
}

fn trial_then_target(cancel_target: bool) -> Book {
    let mut book = nce_book(&nce_sample_catalog(), day(2023, 3, 1));
    let sign_up = Command::SignUpTrial {
        ids: new_ids(SUB, 1),
        customer_id: CUSTOMER.into(),
        offer_id: BUSINESS_PREMIUM_TRIAL.into(),
    };
    book.execute(sign_up, day(2023, 3, 1)).unwrap();
    let year = TermPlan::new(
        Term::P1Y,
        partnerdesk_core::model::nce::term::BillingPlan::Monthly,
    );
    buy(
        &mut book,
        day(2023, 3, 20),
        B,
        BUSINESS_PREMIUM,
        year.unwrap(),
        10,
    );
    if cancel_target {
        cancel(&mut book, day(2023, 3, 22), B);
    }
    book
}

#[test]
fn t4_n31_a_trial_whose_target_is_held_on_day_31_expires_instead_of_converting() {
    let state = derive(&trial_then_target(false), day(2023, 3, 31));
    let trial = state.subscription(SUB).unwrap();
    let nce = trial.nce.as_deref().unwrap();
    assert_eq!(
        (
            nce.status,
            nce.status_since,
            nce.expired_because.as_ref().map(|e| e.rule.as_str())
        ),
        (Status::Expired, day(2023, 3, 31), Some("T4"))
    );
}

#[test]
fn n31_the_dashboard_says_why_the_trial_expired_in_words() {
    let book = trial_then_target(false);
    let today = day(2023, 4, 2);
    let catalog = partnerdesk_core::billing::offer_catalog(&book, today);
    let board =
        partnerdesk_core::reports::nce_dashboard::nce_dashboard(&derive(&book, today), &catalog);
    let refused = &board.refused[0];
    assert_eq!(
        (refused.row.subscription_id.as_str(), refused.row.date),
        (SUB, day(2023, 3, 31))
    );
    assert_eq!(
        refused.why.message,
        "The customer already has Microsoft 365 Business Premium; add seats to that subscription instead."
    );
}

#[test]
fn t4_n31_the_trial_converts_when_the_target_was_cancelled_before_day_31() {
    let state = derive(&trial_then_target(true), day(2023, 3, 31));
    let trial = state.subscription(SUB).unwrap();
    assert_eq!(
        (trial.status, trial.offer_id.as_str(), trial.quantity),
        (Status::Active, BUSINESS_PREMIUM, 25)
    );
    let converted: Vec<String> = state
        .lines
        .iter()
        .filter(|l| &*l.subscription_id == SUB)
        .map(describe)
        .collect();
    assert_eq!(
        converted,
        [
            "[3/1/2023] new 3/1/2023–3/30/2023: 0.00 × 25 = 0.00",
            "[3/31/2023] convert 3/1/2023–3/30/2023: 0.00 × 25 = 0.00",
            "[3/31/2023] convert 3/31/2023–4/29/2023: 22.00 × 25 = 550.00",
        ]
    );
}
