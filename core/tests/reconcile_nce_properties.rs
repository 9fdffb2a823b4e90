//! Issue 12's property under new commerce: the R6 file PartnerDesk writes for a monthly
//! invoice reconciles against that invoice with zero differences, in either dialect; changing
//! any one Subtotal in it gives exactly one "amount differs", of exactly the change.

mod common;
mod nce_support;

use common::csv_edit::with_cell_changed;

use nce_support::book::{creation_command, nce_book};
use nce_support::*;
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::billing::nce::action::Creation;
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::imports::recon_file::read_recon_file;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::nce::sample_catalog::{
    nce_sample_catalog, BUSINESS_PREMIUM, BUSINESS_STANDARD,
};
use partnerdesk_core::model::nce::term::{BillingPlan, Term};
use partnerdesk_core::model::recon_line::ReconProgram;
use partnerdesk_core::reports::csv_writer::CsvDialect;
use partnerdesk_core::reports::nce_recon_csv::NCE_RECON_HEADER;
use partnerdesk_core::reports::reconcile::{book_lines, Group, Reconciler, Reconciliation};
use partnerdesk_core::reports::reconciliation::invoice_recon_file;
use partnerdesk_core::{Money, NaiveDate};
use proptest::prelude::*;

const COMBOS: [(Term, BillingPlan); 3] = [P1M, P1Y_MONTHLY, P1Y_ANNUAL];

/// A purchase, a seat change, a cancellation, a suspension or a reactivation of one of three
/// subscriptions, `gap` days after the previous step.
type Step = (u8, u8, u8, u8);

fn subscription(n: u8) -> String {
    format!("40000000-0000-4000-8000-{:012}", n % 3)
}

fn step_command(kind: u8, n: u8, x: u8, number: u32) -> Command {
    let subscription_id = subscription(n);
    match kind % 8 {
        0..=1 => creation_command(&Creation::Purchase {
            subscription_id,
            ids: ids(number),
            offer_id: [BUSINESS_STANDARD, BUSINESS_PREMIUM][usize::from(x % 2)].into(),
            term_plan: combo(COMBOS[usize::from(x % 3)]),
            quantity: u32::from(x % 20) + 1,
        }),
        2..=4 => Command::ChangeQuantity {
            subscription_id,
            quantity: u32::from(x % 30) + 1,
            order: Some(ids(number)),
        },
        5 => Command::Cancel {
            subscription_id,
            order: Some(ids(number)),
        },
        6 => Command::Suspend { subscription_id },
        _ => Command::Reactivate { subscription_id },
    }
}

fn run_steps(steps: &[Step]) -> (Book, NaiveDate) {
    let mut on = day(2023, 1, 10);
    let mut book = nce_book(&nce_sample_catalog(), on);
    for (number, &(gap, kind, n, x)) in (1..).zip(steps) {
        on = add_days(on, i64::from(gap % 9));
        // Refusals are part of random histories; the book stays as it was.
        let _ = book.execute(step_command(kind, n, x, number), on);
    }
    (book, on)
}

fn reconcile(book: &Book, today: NaiveDate, invoice: NaiveDate, file: &[u8]) -> Reconciliation {
    let state = derive(book, today);
    let catalog = offer_catalog(book, today);
    let (program, expected) = book_lines(&state, book, &catalog, invoice).unwrap();
    let (lines, summary) = read_recon_file(file).unwrap();
    assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);
    assert_eq!(
        (program, summary.program),
        (ReconProgram::NewCommerce, ReconProgram::NewCommerce)
    );
    let mut reconciler = Reconciler::new(program, expected);
    reconciler.feed_all(lines);
    reconciler.finish()
}

/// The rows (0-based, after the header) whose Subtotal is not zero.
fn charged_rows(file: &[u8]) -> Vec<usize> {
    let at = subtotal_column();
    csv::Reader::from_reader(file)
        .records()
        .enumerate()
        .filter(|(_, r)| !Money::parse(&r.as_ref().unwrap()[at]).unwrap().is_zero())
        .map(|(i, _)| i)
        .collect()
}

fn subtotal_column() -> usize {
    NCE_RECON_HEADER
        .iter()
        .position(|c| *c == "Subtotal")
        .unwrap()
}

/// The file with the Subtotal of data row `row` moved `cents` further from zero (a refund stays
/// a refund, so the seats rebuilt from the file don't change); the change made.
fn with_subtotal_changed(file: &[u8], row: usize, cents: i64) -> (Vec<u8>, Money) {
    let mut change = Money::ZERO;
    let changed = with_cell_changed(file, subtotal_column(), row, |old| {
        let old = Money::parse(old).unwrap();
        change = if old.is_negative() {
            -Money::new(cents, 2)
        } else {
            Money::new(cents, 2)
        };
        (old + change).to_string()
    });
    (changed, change)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn r6_a_file_partnerdesk_wrote_reconciles_with_its_invoice_and_one_changed_amount_shows(
        steps in prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>(), any::<u8>()), 1..24),
        pick in any::<prop::sample::Index>(),
        row in any::<prop::sample::Index>(),
        cents in 1i64..100_000,
        excel in any::<bool>(),
    ) {
        let (book, last) = run_steps(&steps);
        let today = add_days(last, 100);
        let state = derive(&book, today);
        // Invoices of several lines say more than the months with one cycle charge.
        let mut invoices = state.invoice_summaries();
        prop_assume!(!invoices.is_empty());
        if invoices.iter().any(|i| i.line_count > 2) {
            invoices.retain(|i| i.line_count > 2);
        }
        let invoice = invoices[pick.index(invoices.len())].billing_date;
        let dialect = if excel { CsvDialect::ExcelEuropean } else { CsvDialect::Standard };
        let file = invoice_recon_file(&state, &book, invoice, dialect).unwrap();

        let result = reconcile(&book, today, invoice, &file.bytes);
        prop_assert_eq!(result.difference_count(), 0);
        prop_assert_eq!(result.count(Group::Match), file.rows);
        prop_assert_eq!(result.totals.file, file.total);
        prop_assert_eq!(result.totals.difference(), Money::ZERO.round2());

        let standard = invoice_recon_file(&state, &book, invoice, CsvDialect::Standard).unwrap();
        let charged = charged_rows(&standard.bytes);
        prop_assume!(!charged.is_empty());
        let (changed, change) =
            with_subtotal_changed(&standard.bytes, charged[row.index(charged.len())], cents);
        let result = reconcile(&book, today, invoice, &changed);
        prop_assert_eq!(result.difference_count(), 1);
        prop_assert_eq!(result.count(Group::AmountDiffers), 1);
        prop_assert_eq!(result.count(Group::Match), standard.rows - 1);
        let differs = result.findings.iter().find(|f| f.group == Group::AmountDiffers).unwrap();
        prop_assert_eq!(differs.difference(), change);
        prop_assert_eq!(result.totals.difference(), change.round2());
    }
}
