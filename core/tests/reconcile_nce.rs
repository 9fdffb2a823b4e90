//! Month-end reconciliation under new commerce (issue 12): R6's example file (X2, June 2021)
//! against the book of X2, recorded through the rules; a changed amount and a missing rebill.

mod nce_support;

use nce_support::book::book_after;
use nce_support::*;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::imports::recon_file::read_recon_file;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::recon_line::{ReconLine, ReconProgram};
use partnerdesk_core::reports::reconcile::{book_lines, Group, Reconciler, Reconciliation};
use partnerdesk_core::NaiveDate;

const X2_FILE: &[u8] = include_bytes!("fixtures/recon-nce-x2.csv");

/// X2 recorded through the rules, as a partner's actions would record it.
fn x2_book() -> Book {
    let (catalog, creation, actions) = x2_history();
    let (book, refused) = book_after(&catalog, &creation, &actions);
    assert_eq!(refused, [] as [usize; 0]);
    book
}

/// The G invoice of June 2021 is dated 7/8/2021 (N7).
const JUNE_INVOICE: (i32, u32, u32) = (2021, 7, 8);

fn reconcile(book: &Book, invoice: NaiveDate, file: Vec<ReconLine>) -> Reconciliation {
    let state = derive(book, invoice);
    let catalog = offer_catalog(book, invoice);
    let (program, expected) = book_lines(&state, book, &catalog, invoice).unwrap();
    assert_eq!(program, ReconProgram::NewCommerce);
    let mut reconciler = Reconciler::new(program, expected);
    reconciler.feed_all(file);
    reconciler.finish()
}

fn x2_file() -> Vec<ReconLine> {
    let (lines, summary) = read_recon_file(X2_FILE).unwrap();
    assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);
    assert_eq!(summary.program, ReconProgram::NewCommerce);
    lines
}

fn counts(result: &Reconciliation) -> Vec<(Group, usize)> {
    Group::ALL.iter().map(|g| (*g, result.count(*g))).collect()
}

fn x2_invoice() -> NaiveDate {
    let (y, m, d) = JUNE_INVOICE;
    day(y, m, d)
}

#[test]
fn r6_x2_example_file_reconciles_with_the_x2_book_with_no_difference() {
    let result = reconcile(&x2_book(), x2_invoice(), x2_file());
    assert_eq!(
        counts(&result),
        [
            (Group::AmountDiffers, 0),
            (Group::SeatsDiffer, 0),
            (Group::FileOnly, 0),
            (Group::BookOnly, 0),
            (Group::Match, 5),
        ]
    );
    assert_eq!(
        (result.totals.file, result.totals.book),
        (money("81.98"), money("81.98"))
    );
}

#[test]
fn r6_x2_one_changed_subtotal_is_exactly_one_amount_difference() {
    let mut file = x2_file();
    // The rebill of 10 → 12 (112.89) written as 113.89.
    let rebill = file
        .iter_mut()
        .find(|l| &*l.charge_type == "addQuantity" && l.quantity == 12)
        .unwrap();
    rebill.amount = money("113.89");
    let result = reconcile(&x2_book(), x2_invoice(), file);
    assert_eq!(result.difference_count(), 1);
    assert_eq!(result.count(Group::Match), 4);
    let differs = result
        .findings
        .iter()
        .find(|f| f.group == Group::AmountDiffers)
        .unwrap();
    assert_eq!(
        (
            &*differs.charge_type,
            differs.file.unwrap().amount,
            differs.book.unwrap().amount,
            differs.difference()
        ),
        (
            "addQuantity",
            money("113.89"),
            money("112.89"),
            money("1.00")
        )
    );
    assert_eq!(result.totals.difference(), money("1.00"));
}

#[test]
fn r6_x2_a_missing_rebill_is_a_seat_count_difference() {
    let mut file = x2_file();
    // Microsoft refunded the 12 seats but never rebilled the 8 (75.26).
    file.retain(|l| !(&*l.charge_type == "removeQuantity" && l.quantity == 8));
    let result = reconcile(&x2_book(), x2_invoice(), file);
    assert_eq!(result.count(Group::Match), 4);
    assert_eq!(result.count(Group::BookOnly), 1);
    let seats = result
        .findings
        .iter()
        .find(|f| f.group == Group::SeatsDiffer)
        .unwrap();
    assert_eq!(&*seats.subscription_id, SUB);
    assert_eq!(
        (seats.file.unwrap().quantity, seats.book.unwrap().quantity),
        (12, 8)
    );
    assert_eq!(result.totals.difference(), money("-75.26"));
}
