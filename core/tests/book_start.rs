//! Starting a book from a reconciliation file (issue 12): the file's customers and
//! subscriptions recorded as they stand, so that every invoice after the file's is the one
//! the book the file came from would have sent; with the checks the partner sees first.

mod common;

use common::*;
use partnerdesk_core::base::dates::{
    add_days, add_months, billing_date_after, billing_date_on_or_after,
};
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::imports::book_start::{BookStart, BookStartPlan, StartOptions};
use partnerdesk_core::imports::recon_file::read_recon_file;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency::{self, Annual, Monthly};
use partnerdesk_core::model::charge_line::ChargeLine;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconciliation::invoice_recon_file;
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;
use std::collections::BTreeSet;

const FABRIKAM: &str = "5c9a2b1e-7d3f-4e8a-9b6c-1d2e3f4a5b6c";

fn sub(n: u8) -> String {
    format!("40000000-0000-4000-8000-{n:012}")
}

fn new_ids(n: u8) -> NewIds {
    NewIds {
        subscription_id: sub(n),
        billing_id: format!("billing-{n}"),
        order_id: format!("{n}000{n}"),
        reference_id: None,
    }
}

fn purchase(n: u8, customer: &str, frequency: BillingFrequency, quantity: u32) -> Command {
    Command::Purchase {
        ids: new_ids(n),
        customer_id: customer.into(),
        offer_id: E3_ID.into(),
        quantity,
        frequency,
        nickname: None,
        term_plan: None,
    }
}

fn fabrikam() -> Customer {
    Customer {
        id: FABRIKAM.into(),
        company_name: "Fabrikam".into(),
        domain: "fabrikam.com".into(),
        reseller_mpn_id: Some("1234567".into()),
        ..contoso()
    }
}

/// The book's file of `billing_date`, read and planned into a fresh book on `today`.
fn started_from_file(b: &Book, billing_date: NaiveDate, today: NaiveDate) -> (Book, BookStartPlan) {
    let state = derive(b, billing_date);
    let file = invoice_recon_file(&state, b, billing_date, CsvDialect::Standard).unwrap();
    let (lines, summary) = read_recon_file(&file.bytes).unwrap();
    let mut start = BookStart::default();
    lines.iter().for_each(|l| start.feed(l));
    let mut fresh = Book::new(b.settings.clone(), b.catalog.clone());
    let options = StartOptions {
        billed_through: summary.billing_date(b.settings.billing_day).unwrap(),
        country: "us".into(),
        today,
    };
    let plan = start.plan(&fresh, &options).unwrap();
    fresh.execute_all(plan.commands(), today).unwrap();
    (fresh, plan)
}

/// Every line billed after `after`, up to `until`, of the subscriptions `only`, by billing
/// date and subscription (an invoice's order follows the order subscriptions were recorded in).
fn lines_after(
    b: &Book,
    after: NaiveDate,
    until: NaiveDate,
    only: &BTreeSet<String>,
) -> Vec<ChargeLine> {
    let mut lines: Vec<ChargeLine> = derive(b, until)
        .lines
        .into_iter()
        .filter(|l| l.billing_date > after && only.contains(&*l.subscription_id))
        .collect();
    lines.sort_by(|a, b| {
        (a.billing_date, &a.subscription_id, a.start, a.charge_type).cmp(&(
            b.billing_date,
            &b.subscription_id,
            b.start,
            b.charge_type,
        ))
    });
    lines
}

/// The lines one side has and the other lacks, in short: what a failing comparison shows.
fn one_sided(started: &[ChargeLine], original: &[ChargeLine]) -> Vec<String> {
    let short = |side: &str, l: &ChargeLine| {
        format!(
            "{side} {} {:?} {}..{} q{} {} on {}",
            &l.subscription_id[30..],
            l.charge_type,
            l.start,
            l.end,
            l.quantity,
            l.amount,
            l.billing_date
        )
    };
    let only = |a: &[ChargeLine], b: &[ChargeLine], side: &str| -> Vec<String> {
        a.iter()
            .filter(|l| !b.contains(l))
            .map(|l| short(side, l))
            .collect()
    };
    let mut lines = only(started, original, "started only:");
    lines.extend(only(original, started, "original only:"));
    lines
}

#[test]
fn a_book_started_from_the_july_file_bills_every_later_invoice_as_the_original() {
    let mut b = book(15, "30", RulesProfile::P2018);
    run(&mut b, d(6, 1, 2018), Command::CreateCustomer(fabrikam()));
    run(&mut b, d(6, 1, 2018), purchase(1, CUSTOMER, Monthly, 1));
    run(&mut b, d(6, 5, 2018), purchase(5, FABRIKAM, Monthly, 2));
    run(
        &mut b,
        d(6, 10, 2018),
        Command::BuyAddOn {
            ids: new_ids(4),
            parent_id: sub(1),
            offer_id: ATP_ID.into(),
            quantity: 1,
        },
    );
    run(&mut b, d(6, 20, 2018), purchase(2, CUSTOMER, Monthly, 3));
    run(&mut b, d(7, 2, 2018), purchase(3, CUSTOMER, Annual, 2));
    run(&mut b, d(7, 3, 2018), cancel(&sub(5)));
    let (started, plan) = started_from_file(&b, d(7, 15, 2018), d(7, 20, 2018));

    let customers: Vec<(&str, &str, Segment, Option<&str>)> = plan
        .customers
        .iter()
        .map(|c| {
            (
                c.company_name.as_str(),
                c.country.as_str(),
                c.segment,
                c.reseller_mpn_id.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        customers,
        [
            ("Contoso, Ltd.", "US", Segment::Commercial, None),
            ("Fabrikam", "US", Segment::Commercial, Some("1234567"))
        ]
    );
    let recorded: Vec<(String, u32, Option<String>, Option<NaiveDate>)> = plan
        .subscriptions
        .iter()
        .map(|s| {
            (
                s.ids.subscription_id.clone(),
                s.quantity,
                s.parent_id.clone(),
                s.suspended_on,
            )
        })
        .collect();
    assert_eq!(
        recorded,
        [
            (sub(1), 1, None, None),
            (sub(5), 2, None, Some(d(7, 3, 2018))),
            (sub(4), 1, Some(sub(1)), None),
            (sub(2), 3, None, None),
            (sub(3), 2, None, None),
        ]
    );
    // Its file only credits the suspended subscription: no whole period shows its price.
    assert_eq!(plan.priced_from_catalog, [sub(5)]);
    let all: BTreeSet<String> = (1..=5).map(sub).collect();
    let until = d(9, 15, 2019);
    let original = lines_after(&b, d(7, 15, 2018), until, &all);
    assert_eq!(original.len(), 46);
    let started = lines_after(&started, d(7, 15, 2018), until, &all);
    assert_eq!(one_sided(&started, &original), Vec::<String>::new());
    assert_eq!(started, original);
}

#[test]
fn what_the_file_cant_give_is_asked_for_and_every_bad_subscription_named() {
    let mut b = book(15, "30", RulesProfile::P2018);
    run(&mut b, d(6, 1, 2018), purchase(1, CUSTOMER, Monthly, 1));
    let state = derive(&b, d(6, 15, 2018));
    let file = invoice_recon_file(&state, &b, d(6, 15, 2018), CsvDialect::Standard).unwrap();
    let text = String::from_utf8(file.bytes).unwrap();
    let broken = text
        .replace(E3_ID, "00000000-0000-4000-8000-00000000e3e3")
        .replace(",Monthly\r\n", ",Weekly\r\n");
    let (lines, _) = read_recon_file(broken.as_bytes()).unwrap();
    let mut start = BookStart::default();
    lines.iter().for_each(|l| start.feed(l));
    let options = StartOptions {
        billed_through: d(6, 15, 2018),
        country: "Netherlands".into(),
        today: d(6, 16, 2018),
    };
    let fresh = Book::new(b.settings.clone(), b.catalog.clone());
    let errors: Vec<String> = start
        .plan(&fresh, &options)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "Line 2: The offer Office 365 E3 (00000000-0000-4000-8000-00000000e3e3) is not in the catalog; import a price list with it first.",
            "Line 2: Contoso, Ltd.: Enter the two-letter ISO country code in capitals, such as US or NL.",
        ]
    );
}

/// A random purchase or cancellation before a file.
fn step(kind: u8, n: u8, x: u8) -> Command {
    let n = n % 4;
    match kind % 4 {
        0..=2 => purchase(
            n,
            CUSTOMER,
            if x.is_multiple_of(3) { Annual } else { Monthly },
            u32::from(x % 20) + 1,
        ),
        _ => cancel(&sub(n)),
    }
}

/// A cancellation in profile 2017's free period credits nothing, so no file shows it: a
/// book started from the file can't know of it (a limitation of the file, not of the book).
fn cancelled_in_a_free_period(b: &Book, until: NaiveDate) -> bool {
    let state = derive(b, until);
    b.events.iter().any(|e| match &e.command {
        Command::Cancel {
            subscription_id, ..
        } => state
            .subscription(subscription_id)
            .and_then(|s| s.term)
            .is_some_and(|t| t.start > e.date),
        _ => false,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(80))]

    #[test]
    fn a_book_started_from_a_file_bills_what_the_original_bills_after_it(
        billing_day in 1u32..=31,
        p2017 in any::<bool>(),
        steps in prop::collection::vec((0u8..60, any::<u8>(), any::<u8>(), any::<u8>()), 1..12),
        later in 1i64..28,
    ) {
        let profile = if p2017 { RulesProfile::P2017 } else { RulesProfile::P2018 };
        let mut b = book(billing_day, "30", profile);
        let mut day = d(3, 1, 2018);
        for &(gap, kind, n, x) in &steps {
            day = add_days(day, i64::from(gap));
            let _ = b.execute(step(kind, n, x), day);
        }
        prop_assume!(!cancelled_in_a_free_period(&b, day));
        // The file of the first invoice after the last action: the file shows everything done.
        let file_date = billing_date_on_or_after(day, billing_day);
        let state = derive(&b, file_date);
        prop_assume!(!state.invoice(file_date).lines.is_empty());
        let today = add_days(file_date, later);
        prop_assume!(today < billing_date_after(file_date, billing_day));
        let in_file: BTreeSet<String> = state.invoice(file_date).lines.iter().map(|l| l.subscription_id.to_string()).collect();
        let (started, _) = started_from_file(&b, file_date, today);
        let until = add_months(file_date, 14);
        let (started, original) = (lines_after(&started, file_date, until, &in_file), lines_after(&b, file_date, until, &in_file));
        prop_assert_eq!(one_sided(&started, &original), Vec::<String>::new());
        prop_assert_eq!(started, original);
    }
}
