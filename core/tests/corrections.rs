//! Corrections, PartnerDesk's own rules (docs/rules.md): H2 the most recent action of a
//! customer undone while no invoice holding it was issued, H3 a customer without
//! subscriptions deleted. Both are recorded; derivation gives what the book would be without
//! the undone action.

mod common;
mod nce_support;

use common::*;
use partnerdesk_core::base::say::{ActionLabel, HistoryDetail, HistoryLine};
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::reports::history::history_entries;
use partnerdesk_core::storage::history_check::check_history;

fn licenses(quantity: u32) -> Command {
    Command::ChangeQuantity {
        subscription_id: SUB.into(),
        quantity,
        order: None,
    }
}

fn undo(seq: u64) -> Command {
    Command::UndoAction {
        customer_id: CUSTOMER.into(),
        seq,
    }
}

fn last_seq(book: &Book) -> u64 {
    book.events.last().unwrap().seq
}

/// E3 bought with 10 licenses on 10/2/2017, billing day 15.
fn bought() -> Book {
    let mut b = book(15, "30", RulesProfile::P2018);
    buy(&mut b, d(10, 2, 2017), BillingFrequency::Monthly, 10);
    b
}

#[test]
fn h2_an_undone_license_change_derives_as_if_never_made() {
    let before = bought();
    let mut b = before.clone();
    run(&mut b, d(10, 20, 2017), licenses(15));
    let changed = last_seq(&b);
    run(&mut b, d(10, 21, 2017), undo(changed));
    assert_eq!(
        b.events.len(),
        before.events.len() + 2,
        "both stay recorded"
    );
    let (undone, never) = (
        derive(&b, d(11, 20, 2017)),
        derive(&before, d(11, 20, 2017)),
    );
    assert_eq!(undone.lines, never.lines);
    assert_eq!(undone.subscriptions, never.subscriptions);
    assert_eq!(undone.subscriptions[0].quantity, 10);
    check_history(&b).expect("a history with an undo passes the load check");
}

#[test]
fn h2_only_the_most_recent_action_can_be_undone() {
    let mut b = bought();
    run(&mut b, d(10, 20, 2017), licenses(15));
    let first = last_seq(&b);
    run(&mut b, d(10, 21, 2017), licenses(20));
    let kept = b.clone();
    let refusal = b.execute(undo(first), d(10, 22, 2017)).unwrap_err();
    assert_eq!(refusal.rule, "H2");
    assert_eq!(b, kept, "a refused undo changes nothing");
    let latest = last_seq(&b);
    run(&mut b, d(10, 22, 2017), undo(latest));
    run(&mut b, d(10, 22, 2017), undo(first));
    assert_eq!(derive(&b, d(10, 22, 2017)).subscriptions[0].quantity, 10);
    let twice = b.execute(undo(first), d(10, 22, 2017)).unwrap_err();
    assert_eq!(twice.rule, "H2", "an undone action is not undone twice");
}

#[test]
fn h2_no_undo_once_an_invoice_holding_the_action_was_issued() {
    let mut b = bought();
    run(&mut b, d(10, 20, 2017), licenses(15));
    let changed = last_seq(&b);
    let refusal = b.execute(undo(changed), d(11, 15, 2017)).unwrap_err();
    assert_eq!(refusal.rule, "H2");
    assert!(
        refusal.message.contains("11/15/2017"),
        "{}",
        refusal.message
    );
    b.execute(undo(changed), d(11, 14, 2017))
        .expect("the day before the invoice it still can be undone");
}

#[test]
fn h2_a_customer_s_creation_is_not_undone_but_deleted() {
    let mut b = book(15, "30", RulesProfile::P2018);
    let created = last_seq(&b);
    let refusal = b.execute(undo(created), d(10, 2, 2017)).unwrap_err();
    assert_eq!(refusal.rule, "H2");
    assert!(refusal.message.contains("delete"));
}

#[test]
fn h2_the_history_shows_the_undone_action_and_its_undo() {
    let mut b = bought();
    run(&mut b, d(10, 20, 2017), licenses(15));
    let changed = last_seq(&b);
    run(&mut b, d(10, 21, 2017), undo(changed));
    let events: Vec<_> = b.customer_events(CUSTOMER).cloned().collect();
    let entries = history_entries(&events, &events, &b.catalog, d(10, 21, 2017));
    let undone: Vec<bool> = entries.iter().map(|e| e.undone).collect();
    assert_eq!(undone, vec![false, false, true, false]);
    let undid = HistoryLine {
        action: ActionLabel::ActionUndone,
        detail: HistoryDetail::Undid {
            action: ActionLabel::LicensesChanged,
            on: d(10, 20, 2017),
        },
        with_base: false,
    };
    assert_eq!(entries[3].say, undid.into());
}

fn delete() -> Command {
    Command::DeleteCustomer {
        customer_id: CUSTOMER.into(),
    }
}

#[test]
fn h3_a_customer_without_subscriptions_is_deleted_and_its_domain_freed() {
    let mut b = book(15, "30", RulesProfile::P2018);
    run(&mut b, d(10, 2, 2017), delete());
    assert!(derive(&b, d(10, 2, 2017)).customers.is_empty());
    let mut same_domain = contoso();
    same_domain.id = "1b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d".into();
    run(&mut b, d(10, 3, 2017), Command::CreateCustomer(same_domain));
    let again = b.execute(Command::CreateCustomer(contoso()), d(10, 3, 2017));
    assert!(again.is_err(), "a deleted customer's id stays taken");
    check_history(&b).expect("a history with a deletion passes the load check");
}

#[test]
fn h3_a_customer_with_a_subscription_is_not_deleted() {
    let mut b = bought();
    let kept = b.clone();
    let refusal = b.execute(delete(), d(10, 3, 2017)).unwrap_err();
    assert_eq!(refusal.rule, "H3");
    assert_eq!(b, kept);
}

#[test]
fn h2_new_commerce_an_undone_seat_addition_derives_as_if_never_made() {
    use nce_support::book::book_after;
    use nce_support::{day, microsoft_catalog, purchase, seats, P1Y_MONTHLY};
    use partnerdesk_core::model::nce::sample_catalog::BUSINESS_STANDARD;
    let catalog = microsoft_catalog(&[(P1Y_MONTHLY, "12.50")]);
    let start = purchase(day(2026, 11, 2), BUSINESS_STANDARD, P1Y_MONTHLY, 10);
    let (before, _) = book_after(&catalog, &start, &[]);
    let (mut b, refused) = book_after(&catalog, &start, &[seats(day(2026, 11, 5), 12, 1)]);
    assert!(refused.is_empty());
    let seq = last_seq(&b);
    b.execute(
        Command::UndoAction {
            customer_id: nce_support::book::CUSTOMER.into(),
            seq,
        },
        day(2026, 11, 6),
    )
    .expect("the seat addition can be undone before November's invoice");
    let (undone, never) = (
        derive(&b, day(2026, 12, 20)),
        derive(&before, day(2026, 12, 20)),
    );
    assert_eq!(undone.lines, never.lines);
    assert_eq!(undone.subscriptions, never.subscriptions);
    check_history(&b).expect("the load check accepts it");
}
