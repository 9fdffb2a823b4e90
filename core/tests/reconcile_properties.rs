//! Issue 12's property: a file written by PartnerDesk for an invoice reconciles against that
//! invoice with zero differences, in either dialect; changing any one amount in it gives
//! exactly one "amount differs", of exactly the change.

mod common;

use common::csv_edit::with_cell_changed;
use common::*;
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::imports::recon_file::read_recon_file;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency::{Annual, Monthly};
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::recon_line::ReconProgram;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::reports::recon_csv::{CsvDialect, RECON_HEADER};
use partnerdesk_core::reports::reconcile::{legacy_book_lines, Group, Reconciler, Reconciliation};
use partnerdesk_core::reports::reconciliation::invoice_recon_file;
use partnerdesk_core::{Money, NaiveDate};
use proptest::prelude::*;

/// A purchase, a license change, a cancellation or a reactivation of one of five
/// subscriptions, `gap` days after the previous step.
type Step = (u8, u8, u8, u8);

fn subscription(n: u8) -> String {
    format!("30000000-0000-4000-8000-{:012}", n % 5)
}

fn step_command(kind: u8, n: u8, x: u8) -> Command {
    let subscription_id = subscription(n);
    match kind % 6 {
        0..=2 => Command::Purchase {
            ids: NewIds {
                billing_id: format!("billing-{}", n % 5),
                order_id: format!("order-{}", n % 5),
                subscription_id,
                reference_id: None,
            },
            customer_id: CUSTOMER.into(),
            offer_id: E3_ID.into(),
            quantity: u32::from(x % 30) + 1,
            frequency: if x.is_multiple_of(3) { Annual } else { Monthly },
            nickname: None,
            term_plan: None,
        },
        3 => Command::ChangeQuantity {
            subscription_id,
            quantity: u32::from(x % 30) + 1,
            order: None,
        },
        4 => cancel(&subscription_id),
        _ => reactivate(&subscription_id),
    }
}

fn run_steps(billing_day: u8, p2017: bool, steps: &[Step]) -> (Book, NaiveDate) {
    let profile = if p2017 {
        RulesProfile::P2017
    } else {
        RulesProfile::P2018
    };
    let mut b = book(u32::from(billing_day), "30", profile);
    let mut day = d(1, 10, 2018);
    for &(gap, kind, n, x) in steps {
        day = add_days(day, i64::from(gap % 40));
        // Refusals are part of random histories; the book stays as it was.
        let _ = b.execute(step_command(kind, n, x), day);
    }
    (b, day)
}

fn reconcile(b: &Book, billing_date: NaiveDate, file: &[u8]) -> Reconciliation {
    let state = derive(b, billing_date);
    let expected = legacy_book_lines(&state, &b.catalog, &b.settings, billing_date).unwrap();
    let (lines, summary) = read_recon_file(file).unwrap();
    assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);
    let mut reconciler = Reconciler::new(ReconProgram::Legacy, expected);
    reconciler.feed_all(lines);
    reconciler.finish()
}

/// The file with the Amount of data row `row` raised by `cents`.
fn with_amount_changed(file: &[u8], row: usize, cents: i64) -> Vec<u8> {
    let amount_at = RECON_HEADER.iter().position(|c| *c == "Amount").unwrap();
    with_cell_changed(file, amount_at, row, |old| {
        (Money::parse(old).unwrap() + Money::new(cents, 2)).to_string()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn a_file_partnerdesk_wrote_reconciles_with_its_invoice_and_one_changed_amount_shows(
        billing_day in 1u8..=31,
        p2017 in any::<bool>(),
        steps in prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>(), any::<u8>()), 1..20),
        pick in any::<prop::sample::Index>(),
        row in any::<prop::sample::Index>(),
        cents in 1i64..100_000,
        excel in any::<bool>(),
    ) {
        let (b, last) = run_steps(billing_day, p2017, &steps);
        let state = derive(&b, add_days(last, 400));
        let invoices = state.invoice_summaries();
        prop_assume!(!invoices.is_empty());
        let billing_date = invoices[pick.index(invoices.len())].billing_date;
        let dialect = if excel { CsvDialect::ExcelEuropean } else { CsvDialect::Standard };
        let file = invoice_recon_file(&state, &b, billing_date, dialect).unwrap();

        let result = reconcile(&b, billing_date, &file.bytes);
        prop_assert_eq!(result.difference_count(), 0);
        prop_assert_eq!(result.count(Group::Match), file.rows);
        prop_assert_eq!(result.totals.file, file.total);
        prop_assert_eq!(result.totals.difference(), Money::ZERO.round2());

        let standard = invoice_recon_file(&state, &b, billing_date, CsvDialect::Standard).unwrap();
        let changed = with_amount_changed(&standard.bytes, row.index(standard.rows), cents);
        let result = reconcile(&b, billing_date, &changed);
        prop_assert_eq!(result.difference_count(), 1);
        prop_assert_eq!(result.count(Group::AmountDiffers), 1);
        prop_assert_eq!(result.count(Group::Match), standard.rows - 1);
        let differs = result.findings.iter().find(|f| f.group == Group::AmountDiffers).unwrap();
        prop_assert_eq!(differs.difference(), Money::new(cents, 2));
        prop_assert_eq!(result.totals.difference(), Money::new(cents, 2).round2());
    }
}
