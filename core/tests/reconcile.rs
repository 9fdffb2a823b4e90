//! Month-end reconciliation (issue 12): a file and the book's invoice that differ in each of
//! the five ways, new commerce seats rebuilt from ReferenceId pairs (R6's X2), and the
//! differences downloaded as CSV and read back.

mod common;

use common::*;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::imports::recon_file::read_recon_file;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency::{self, Annual, Monthly};
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::customer::Customer;
use partnerdesk_core::model::recon_line::{ReconLine, ReconProgram};
use partnerdesk_core::model::settings::RulesProfile::P2018;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconcile::{
    legacy_book_lines, write_differences_csv, FindingFilter, Group, Reconciler, Reconciliation,
    SeatLedger,
};
use partnerdesk_core::reports::reconciliation::invoice_recon_file;
use partnerdesk_core::NaiveDate;
use std::sync::Arc;

/// A difference in short: group, subscription, file and book quantity, amount difference.
type Difference = (Group, String, Option<u32>, Option<u32>, String);

const FABRIKAM: &str = "5c9a2b1e-7d3f-4e8a-9b6c-1d2e3f4a5b6c";

fn sub(n: u32) -> String {
    format!("20000000-0000-4000-8000-{n:012}")
}

fn purchase(
    b: &mut Book,
    on: NaiveDate,
    customer: &str,
    n: u32,
    freq: BillingFrequency,
    quantity: u32,
) {
    let command = Command::Purchase {
        ids: NewIds {
            subscription_id: sub(n),
            billing_id: format!("b{n}"),
            order_id: format!("{n}{n}{n}"),
            reference_id: None,
        },
        customer_id: customer.into(),
        offer_id: E3_ID.into(),
        quantity,
        frequency: freq,
        nickname: None,
        term_plan: None,
    };
    b.execute(command, on).unwrap();
}

/// Two customers; the 6/15/2018 invoice holds Contoso's S1 (bought, suspended, reactivated:
/// three lines), S2 (3 licenses), S3 (annual) and Fabrikam's S4: 540.00 in all.
fn june_book() -> Book {
    let mut b = book(15, "30", P2018);
    let fabrikam = Customer {
        id: FABRIKAM.into(),
        company_name: "Fabrikam".into(),
        domain: "fabrikam.com".into(),
        ..contoso()
    };
    run(&mut b, d(6, 1, 2018), Command::CreateCustomer(fabrikam));
    purchase(&mut b, d(6, 1, 2018), CUSTOMER, 1, Monthly, 1);
    purchase(&mut b, d(6, 1, 2018), CUSTOMER, 2, Monthly, 3);
    purchase(&mut b, d(6, 2, 2018), CUSTOMER, 3, Annual, 1);
    run(&mut b, d(6, 5, 2018), cancel(&sub(1)));
    run(&mut b, d(6, 10, 2018), reactivate(&sub(1)));
    purchase(&mut b, d(6, 10, 2018), FABRIKAM, 4, Monthly, 2);
    b
}

fn invoice_file(b: &Book, dialect: CsvDialect) -> Vec<u8> {
    let state = derive(b, d(6, 15, 2018));
    invoice_recon_file(&state, b, d(6, 15, 2018), dialect)
        .unwrap()
        .bytes
}

fn reconcile(b: &Book, file: Vec<ReconLine>) -> Reconciliation {
    let state = derive(b, d(6, 15, 2018));
    let expected = legacy_book_lines(&state, &b.catalog, &b.settings, d(6, 15, 2018)).unwrap();
    let mut reconciler = Reconciler::new(ReconProgram::Legacy, expected);
    reconciler.feed_all(file);
    reconciler.finish()
}

/// The June file with one difference of each kind planted in it.
fn planted_file(b: &Book) -> Vec<ReconLine> {
    let (mut lines, _) = read_recon_file(&invoice_file(b, CsvDialect::Standard)).unwrap();
    assert_eq!(lines.len(), 6);
    let s3 = lines
        .iter_mut()
        .find(|l| *l.subscription_id == sub(3))
        .unwrap();
    s3.amount = money("372.00");
    let s2 = lines
        .iter_mut()
        .find(|l| *l.subscription_id == sub(2))
        .unwrap();
    (s2.quantity, s2.amount) = (4, money("120.00"));
    let mut unknown = lines[0].clone();
    (unknown.subscription_id, unknown.billing_id) = (Arc::from(sub(5).as_str()), Arc::from("b5"));
    (unknown.charge_type, unknown.amount, unknown.line) =
        (Arc::from("Cycle fee"), money("100.00"), 8);
    lines.push(unknown);
    lines.retain(|l| *l.subscription_id != sub(4));
    lines
}

#[test]
fn a_file_and_the_book_differing_in_each_of_the_five_ways_are_grouped_and_totalled() {
    let b = june_book();
    let result = reconcile(&b, planted_file(&b));
    let counts: Vec<(Group, usize)> = Group::ALL.iter().map(|g| (*g, result.count(*g))).collect();
    assert_eq!(
        counts,
        [
            (Group::AmountDiffers, 1),
            (Group::SeatsDiffer, 1),
            (Group::FileOnly, 1),
            (Group::BookOnly, 1),
            (Group::Match, 3),
        ]
    );
    let differences: Vec<Difference> = result
        .findings
        .iter()
        .filter(|f| f.group.is_difference())
        .map(|f| {
            (
                f.group,
                f.subscription_id.to_string(),
                f.file.map(|c| c.quantity),
                f.book.map(|c| c.quantity),
                f.difference().to_string(),
            )
        })
        .collect();
    assert_eq!(
        differences,
        [
            (
                Group::AmountDiffers,
                sub(3),
                Some(1),
                Some(1),
                "12.00".into()
            ),
            (Group::SeatsDiffer, sub(2), Some(4), Some(3), "30.00".into()),
            (Group::FileOnly, sub(5), Some(1), None, "100.00".into()),
            (Group::BookOnly, sub(4), None, Some(2), "-60.00".into()),
        ]
    );
    assert_eq!(result.findings[0].file_line, Some(6));
    assert_eq!(
        (
            result.totals.file,
            result.totals.book,
            result.totals.difference()
        ),
        (money("622.00"), money("540.00"), money("82.00"))
    );
    let customers: Vec<(&str, String, String)> = result
        .customers
        .iter()
        .map(|c| {
            (
                &*c.customer_name,
                c.totals.file.to_string(),
                c.totals.book.to_string(),
            )
        })
        .collect();
    assert_eq!(
        customers,
        [
            ("Contoso, Ltd.", "622.00".into(), "480.00".into()),
            ("Fabrikam", "0.00".into(), "60.00".into()),
        ]
    );
}

#[test]
fn findings_are_filtered_by_group_and_customer() {
    let b = june_book();
    let result = reconcile(&b, planted_file(&b));
    assert_eq!(result.select(&FindingFilter::default()).len(), 4);
    let fabrikam = FindingFilter {
        group: None,
        customer_id: Some(Arc::from(FABRIKAM)),
    };
    let kept = result.select(&fabrikam);
    assert_eq!(kept.len(), 1);
    assert_eq!(result.findings[kept[0]].group, Group::BookOnly);
    let matches = FindingFilter {
        group: Some(Group::Match),
        customer_id: None,
    };
    assert_eq!(result.select(&matches).len(), 3);
    assert_eq!(result.customers_with_differences().len(), 2);
}

#[test]
fn a_legacy_file_naming_subscriptions_by_billing_id_only_still_matches() {
    let b = june_book();
    let (mut lines, _) = read_recon_file(&invoice_file(&b, CsvDialect::ExcelEuropean)).unwrap();
    for line in &mut lines {
        line.subscription_id = Arc::from("");
    }
    let result = reconcile(&b, lines);
    assert_eq!(result.count(Group::Match), 6);
    assert_eq!(result.difference_count(), 0);
}

#[test]
fn the_differences_download_as_csv_and_read_back() {
    let b = june_book();
    let result = reconcile(&b, planted_file(&b));
    for (dialect, separator) in [
        (CsvDialect::Standard, b','),
        (CsvDialect::ExcelEuropean, b';'),
    ] {
        let bytes = write_differences_csv(&result, dialect);
        let text = String::from_utf8(bytes).unwrap();
        let text = text.trim_start_matches('\u{feff}');
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(separator)
            .from_reader(text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header[0], "Group");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 4);
        let differences: Vec<&str> = rows.iter().map(|r| &r[13]).collect();
        let groups: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
        assert_eq!(
            groups,
            [
                "Amount differs",
                "Seat count differs",
                "In Microsoft's file only",
                "In PartnerDesk only"
            ]
        );
        match dialect {
            CsvDialect::Standard => assert_eq!(differences, ["12.00", "30.00", "100.00", "-60.00"]),
            CsvDialect::ExcelEuropean => {
                assert_eq!(differences, ["12,00", "30,00", "100,00", "-60,00"])
            }
        }
    }
}

#[test]
fn r6_x2_seats_are_rebuilt_from_the_referenceid_pairs() {
    let (lines, _) = read_recon_file(fixture("recon-nce-x2.csv").as_bytes()).unwrap();
    let mut ledger = SeatLedger::default();
    // Microsoft's own file is not in date order [NCE-BILL]: the pairs still go together.
    for line in lines.iter().rev() {
        ledger.add(line);
    }
    let seats = ledger.seats();
    let x2 = &seats[&Arc::from("fb977ab5-1c2d-4e5f-8a9b-24c8d9591708")];
    assert_eq!((x2.seats, x2.amount.round2()), (8, money("81.98")));
}

#[test]
fn r6_a_seat_change_the_book_lacks_is_a_seat_count_difference() {
    let (file, _) = read_recon_file(fixture("recon-nce-x2.csv").as_bytes()).unwrap();
    // The book recorded the purchase and the addition, but not the removal of 4 seats.
    let book: Vec<ReconLine> = file[..3]
        .iter()
        .cloned()
        .map(|mut l| {
            l.line = 0;
            l
        })
        .collect();
    let mut reconciler = Reconciler::new(ReconProgram::NewCommerce, book);
    reconciler.feed_all(file);
    let result = reconciler.finish();
    assert_eq!(result.count(Group::Match), 3);
    assert_eq!(result.count(Group::FileOnly), 2);
    let seats = result
        .findings
        .iter()
        .find(|f| f.group == Group::SeatsDiffer)
        .unwrap();
    assert_eq!(
        (seats.file.unwrap().quantity, seats.book.unwrap().quantity),
        (8, 12)
    );
    assert_eq!(seats.difference().round2(), money("-37.63"));
    assert_eq!(result.totals.difference(), money("-37.63"));
}
