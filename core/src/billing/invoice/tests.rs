use super::*;
use crate::billing::legacy::LEGACY_2018;
use crate::model::catalog::BillingFrequency;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, d).unwrap()
}

fn line(customer: &str, charge_type: ChargeType, cents: i64) -> ChargeLine {
    ChargeLine {
        subscription_id: "s".into(),
        customer_id: customer.into(),
        offer_id: "o".into(),
        charge_type,
        start: day(1),
        end: day(30),
        unit_price: Money::new(cents, 2),
        quantity: 1,
        amount: Money::new(cents, 2),
        billing_date: day(15),
        frequency: BillingFrequency::Monthly,
        term_start: day(1),
        term_end: day(30),
        nce: None,
    }
}

fn invoice() -> Invoice {
    invoice_of(
        &LEGACY_2018,
        day(15),
        vec![
            line("a", ChargeType::CycleFee, 2000),
            line("b", ChargeType::CycleFee, 1050),
            line("a", ChargeType::CancelFee, -2000),
            line("b", ChargeType::ProratePurchase, 333),
        ],
    )
}

#[test]
fn r1_an_invoice_is_due_60_days_after_its_billing_date_and_totals_its_lines() {
    let i = invoice();
    assert_eq!(i.number, "PD20180615");
    assert_eq!(i.summary().line_count, 4);
    assert_eq!(i.summary().total, i.total);
    assert_eq!(i.due_date, NaiveDate::from_ymd_opt(2018, 8, 14).unwrap());
    assert_eq!(i.total, Money::new(1383, 2));
}

#[test]
fn r1_summaries_total_each_billing_date_up_to_today_without_the_later_ones() {
    let on = |d: u32, cents: i64| ChargeLine {
        billing_date: day(d),
        ..line("a", ChargeType::CycleFee, cents)
    };
    let lines = [on(1, 100), on(1, 250), on(15, -50), on(20, 999)];
    let summaries = summaries_up_to(&LEGACY_2018, &lines, day(15));
    let figures: Vec<(NaiveDate, usize, Money)> = summaries
        .iter()
        .map(|s| (s.billing_date, s.line_count, s.total))
        .collect();
    assert_eq!(
        figures,
        [
            (day(1), 2, Money::new(350, 2)),
            (day(15), 1, Money::new(-50, 2))
        ]
    );
    assert_eq!(
        summary_on(&LEGACY_2018, &lines, day(20)).total,
        Money::new(999, 2)
    );
    assert_eq!(summary_on(&LEGACY_2018, &lines, day(2)).line_count, 0);
}

#[test]
fn r4_no_filter_keeps_every_line_and_the_invoice_total() {
    let all = invoice().select(&LineFilter::default());
    assert_eq!(all.lines, invoice().lines);
    assert_eq!(all.total, invoice().total);
}

#[test]
fn r4_a_customer_and_a_charge_type_filter_keep_only_their_lines_with_their_total() {
    let a = invoice().select(&LineFilter {
        customer_id: Some("a".into()),
        charge_type: None,
    });
    assert_eq!(a.lines.len(), 2);
    assert_eq!(a.total, Money::ZERO, "a cancellation credit nets the fee");
    let b_cycle = invoice().select(&LineFilter {
        customer_id: Some("b".into()),
        charge_type: Some(ChargeType::CycleFee),
    });
    assert_eq!(b_cycle.lines, vec![line("b", ChargeType::CycleFee, 1050)]);
    assert_eq!(b_cycle.total, Money::new(1050, 2));
}

#[test]
fn r4_picks_are_where_the_selected_lines_are_with_their_total() {
    let i = invoice();
    let b = LineFilter {
        customer_id: Some("b".into()),
        charge_type: None,
    };
    let picks = i.pick(&b);
    assert_eq!(picks.positions, [1, 3]);
    assert_eq!(picks.total, Money::new(1383, 2));
    let every = i.pick(&LineFilter::default());
    assert_eq!(every.positions, [0, 1, 2, 3]);
    assert_eq!(every.total, i.total);
}

/// (customer, lines, subtotal) of each customer on `i`.
fn subtotals_of(i: &Invoice) -> Vec<(String, usize, Money)> {
    let subtotals = i.customer_subtotals().into_iter();
    subtotals
        .map(|s| (s.customer_id.to_string(), s.line_count, s.total))
        .collect()
}

#[test]
fn r4_customer_subtotals_count_and_total_each_customers_lines_and_add_up() {
    let i = invoice();
    assert_eq!(
        subtotals_of(&i),
        [
            ("a".to_string(), 2, Money::ZERO),
            ("b".to_string(), 2, Money::new(1383, 2)),
        ]
    );
    let sum: Money = i.customer_subtotals().iter().map(|s| s.total).sum();
    assert_eq!(sum, i.total);
}

#[test]
fn r4_customer_subtotals_of_runs_and_returns_count_each_line_once() {
    let i = invoice_of(
        &LEGACY_2018,
        day(15),
        vec![
            line("a", ChargeType::CycleFee, 2000),
            line("a", ChargeType::CycleFee, 100),
            line("b", ChargeType::CycleFee, 1050),
            line("b", ChargeType::CycleFee, 50),
            line("a", ChargeType::CancelFee, -2000),
        ],
    );
    assert_eq!(
        subtotals_of(&i),
        [
            ("a".to_string(), 3, Money::new(100, 2)),
            ("b".to_string(), 2, Money::new(1100, 2)),
        ]
    );
}

#[test]
fn r4_the_filter_choices_are_the_invoices_customers_and_charge_types() {
    let i = invoice();
    let ids = i.customer_ids();
    let ids: Vec<&str> = ids.iter().map(|c| &**c).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(
        i.charge_types(),
        [
            ChargeType::ProratePurchase,
            ChargeType::CycleFee,
            ChargeType::CancelFee
        ]
    );
}
