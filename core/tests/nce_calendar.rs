//! N4–N7, N29, N30: term dates, cycles, exact proration and its written form, invoice months.

mod nce_support;

use nce_support::{day, money};
use partnerdesk_core::billing::nce::calendar::*;
use partnerdesk_core::model::nce::cycle::{Cycle, CycleShare};
use partnerdesk_core::model::nce::per_seat::PerSeat;
use partnerdesk_core::model::nce::term::{BillingPlan, Term};

#[test]
fn n4_month_end_p1m_terms_as_microsoft_publishes() {
    let table = [
        ((1, 31), (2, 27), (2, 28)),
        ((2, 28), (3, 27), (3, 28)),
        ((5, 31), (6, 29), (6, 30)),
        ((6, 30), (7, 29), (7, 30)),
        ((7, 31), (8, 30), (8, 31)),
        ((1, 30), (2, 27), (2, 28)),
        ((2, 27), (3, 26), (3, 27)),
        ((5, 30), (6, 29), (6, 30)),
        ((6, 29), (7, 28), (7, 29)),
        ((7, 30), (8, 29), (8, 30)),
    ];
    for ((bm, bd), (em, ed), (rm, rd)) in table {
        let end = term_end(day(2021, bm, bd), Term::P1M);
        assert_eq!(end, day(2021, em, ed), "bought {bm}/{bd}");
        assert_eq!(end.succ_opt().unwrap(), day(2021, rm, rd));
    }
    // A renewed P1M from the 31st continues on the 28th: 1/31–2/27, 2/28–3/27, 3/28–4/27.
    assert_eq!(term_end(day(2021, 2, 28), Term::P1M), day(2021, 3, 27));
    assert_eq!(term_end(day(2021, 3, 28), Term::P1M), day(2021, 4, 27));
    assert_eq!(term_end(day(2021, 6, 18), Term::P1Y), day(2022, 6, 17));
    assert_eq!(term_end(day(2021, 9, 20), Term::P3Y), day(2024, 9, 19));
}

#[test]
fn n5_cycles_are_counted_from_t_not_chained() {
    let cycles = term_cycles(day(2021, 1, 31), Term::P1Y, BillingPlan::Monthly);
    let starts: Vec<(u32, u32)> = cycles
        .iter()
        .map(|c| {
            (
                chrono::Datelike::month(&c.start),
                chrono::Datelike::day(&c.start),
            )
        })
        .collect();
    assert_eq!(
        starts,
        vec![
            (1, 31),
            (2, 28),
            (3, 31),
            (4, 30),
            (5, 31),
            (6, 30),
            (7, 31),
            (8, 31),
            (9, 30),
            (10, 31),
            (11, 30),
            (12, 31)
        ]
    );
    assert_eq!(cycles[0].end, day(2021, 2, 27));
    assert_eq!(cycles[1].end, day(2021, 3, 30));
    assert_eq!(cycles[2].end, day(2021, 4, 29));
    assert_eq!(cycles[11].end, day(2022, 1, 30));
    assert_eq!(cycles[0].days(), 28);
    assert_eq!(
        term_cycles(day(2021, 6, 18), Term::P1Y, BillingPlan::Annual).len(),
        1
    );
    assert_eq!(
        term_cycles(day(2021, 9, 20), Term::P3Y, BillingPlan::Annual).len(),
        3
    );
    assert_eq!(
        term_cycles(day(2021, 9, 20), Term::P3Y, BillingPlan::Monthly).len(),
        36
    );
}

#[test]
fn n5_cycle_days_d_with_and_without_29_february() {
    let cycle = |t, term, plan| term_cycles(t, term, plan)[0];
    assert_eq!(
        cycle(day(2021, 6, 18), Term::P1M, BillingPlan::Monthly).days(),
        30
    );
    assert_eq!(
        cycle(day(2021, 7, 15), Term::P1M, BillingPlan::Monthly).days(),
        31
    );
    assert_eq!(
        cycle(day(2022, 2, 21), Term::P1Y, BillingPlan::Monthly).days(),
        28
    );
    assert_eq!(
        cycle(day(2022, 2, 15), Term::P1Y, BillingPlan::Annual).days(),
        365
    );
    assert_eq!(
        cycle(day(2023, 3, 1), Term::P1Y, BillingPlan::Annual).days(),
        366
    );
}

#[test]
fn n30_a_cycle_from_29_february_has_365_days() {
    let cycle = term_cycles(day(2024, 2, 29), Term::P1Y, BillingPlan::Annual)[0];
    assert_eq!(cycle.end, day(2025, 2, 27));
    assert_eq!(cycle.days(), 365);
    assert_eq!(months_from(day(2021, 1, 31), day(2021, 2, 28)), Some(1));
    assert_eq!(months_from(day(2021, 9, 20), day(2021, 10, 20)), Some(1));
    assert_eq!(months_from(day(2021, 9, 20), day(2021, 10, 21)), None);
}

fn prorated(u: &str, b: i64, d: i64) -> PerSeat {
    let start = day(2021, 1, 1);
    let cycle = Cycle {
        start,
        end: start + chrono::Duration::days(d - 1),
        plan: BillingPlan::Monthly,
        share: CycleShare::WHOLE,
    };
    PerSeat::prorated(money(u), &cycle, cycle.end - chrono::Duration::days(b - 1))
}

/// 11.2a: the 14 published amounts N6 reproduces, by value.
#[test]
fn n6_reproduces_the_fourteen_published_amounts() {
    let cases: [(&str, i64, i64, u32, bool, &str); 14] = [
        ("10.08", 28, 30, 10, true, "-94.08"),
        ("10.08", 28, 30, 12, false, "112.89"),
        ("10.08", 28, 30, 12, true, "-112.89"),
        ("10.08", 28, 30, 8, false, "75.26"),
        ("12", 29, 31, 10, true, "-112.25"),
        ("12", 29, 31, 15, false, "168.38"),
        ("12", 26, 31, 15, true, "-150.96"),
        ("12", 26, 31, 25, false, "251.61"),
        ("12", 24, 31, 25, true, "-232.25"),
        ("12", 24, 31, 23, false, "213.67"),
        ("12", 22, 31, 23, true, "-195.87"),
        ("12", 22, 31, 20, false, "170.32"),
        ("12", 11, 31, 20, true, "-85.16"),
        ("12", 11, 31, 30, false, "127.74"),
    ];
    for (u, b, d, q, refund, published) in cases {
        let e = prorated(u, b, d);
        let e = if refund { e.negated() } else { e };
        assert_eq!(e.subtotal(q), money(published), "{u} × {b}/{d} × {q}");
    }
}

#[test]
fn n6_subtotal_is_never_computed_from_the_written_price() {
    // X10: 22 × 7 / 30 × 15 = 77.00 exactly, where 5.133333 × 15 would give 76.99.
    let e = prorated("22.00", 7, 30);
    assert_eq!(e.written().to_string(), "5.133333");
    assert_eq!(e.subtotal(15), money("77.00"));
    assert_eq!(e.negated().subtotal(15), money("-77.00"));
    assert_eq!(
        prorated("10.08", 30, 30).subtotal(10),
        money("100.80"),
        "a whole cycle is u × q"
    );
}

#[test]
fn n6_effective_unit_price_written_at_six_decimals_with_at_least_two() {
    assert_eq!(prorated("10.08", 28, 30).written().to_string(), "9.408");
    assert_eq!(
        prorated("10.08", 28, 30).negated().written().to_string(),
        "-9.408"
    );
    assert_eq!(prorated("12.00", 31, 31).written().to_string(), "12.00");
    assert_eq!(
        prorated("12", 29, 31).negated().written().to_string(),
        "-11.225806"
    );
    assert_eq!(prorated("10.08", 29, 31).written().to_string(), "9.429677");
    assert_eq!(PerSeat::ZERO.written().to_string(), "0.00");
    let annual_share = PerSeat::of_cycle(
        money("250.00"),
        CycleShare {
            months: 11,
            of_months: 12,
        },
    );
    assert_eq!(annual_share.written().to_string(), "229.166667");
}

#[test]
fn n29_a_refund_is_exactly_minus_its_charge_when_written() {
    // 12 × 24/31 = 9.2903225…, 12 × 11/31 = 4.2580645…: half away from zero on both signs.
    for (b, d) in [(24, 31), (11, 31), (7, 30), (1, 3)] {
        let e = prorated("12.00", b, d);
        assert_eq!(e.negated().written(), -e.written());
        assert_eq!(e.negated().subtotal(7), -e.subtotal(7));
    }
    assert_eq!(prorated("0.01", 1, 2).written().to_string(), "0.005");
    assert_eq!(
        prorated("0.01", 1, 8).negated().written().to_string(),
        "-0.00125"
    );
}

#[test]
fn n7_invoice_month_number_date_and_due_date() {
    let month = invoice_month(day(2021, 6, 18));
    assert_eq!(month, day(2021, 6, 1));
    assert_eq!(invoice_number(month), "G202106001");
    assert_eq!(invoice_date(month), day(2021, 7, 8));
    assert_eq!(invoice_due_date(month), day(2021, 9, 6));
    assert_eq!(
        invoice_number(invoice_month(day(2022, 12, 31))),
        "G202212001"
    );
    assert_eq!(invoice_date(day(2022, 12, 1)), day(2023, 1, 8));
    assert_eq!(exchange_rate_date(day(2020, 10, 3)), day(2020, 9, 30));
}
