//! §12 X1–X5: Microsoft's own published examples of purchases, seats and cancellation, to the cent.

mod nce_support;

use nce_support::*;
use partnerdesk_core::billing::nce::action::NceAction;
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::model::nce::sample_catalog::BUSINESS_STANDARD as BS;
use partnerdesk_core::model::status::Status;

#[test]
fn x1_p1m_renews_p1y_monthly_charges_cycles_p1y_annual_waits() {
    let catalog = microsoft_catalog(&[
        (P1M, "10.08"),
        (P1Y_MONTHLY, "10.08"),
        (P1Y_ANNUAL, "120.96"),
    ]);
    let bought = day(2021, 6, 18);
    let horizon = day(2022, 6, 17);
    let p1m = run(
        &catalog,
        &purchase(bought, BS, P1M, 10),
        &[],
        bought,
        day(2021, 7, 31),
    );
    assert_eq!(
        described(&p1m.lines),
        [
            "[6/18/2021] new 6/18/2021–7/17/2021: 10.08 × 10 = 100.80",
            "[7/18/2021] renew 7/18/2021–8/17/2021: 10.08 × 10 = 100.80"
        ]
    );
    assert_eq!(
        (
            p1m.lines[0].term_end,
            nce(&p1m.lines[0]).billing_frequency()
        ),
        (day(2021, 7, 17), "")
    );
    assert_eq!(
        (p1m.lines[1].term_start, p1m.lines[1].term_end),
        (day(2021, 7, 18), day(2021, 8, 17))
    );
    let monthly = run(
        &catalog,
        &purchase(bought, BS, P1Y_MONTHLY, 10),
        &[],
        bought,
        day(2021, 7, 31),
    );
    assert_eq!(
        described(&monthly.lines),
        [
            "[6/18/2021] new 6/18/2021–7/17/2021: 10.08 × 10 = 100.80",
            "[7/18/2021] cycleCharge 7/18/2021–8/17/2021: 10.08 × 10 = 100.80"
        ]
    );
    assert_eq!(
        (
            monthly.lines[0].term_end,
            nce(&monthly.lines[0]).billing_frequency()
        ),
        (day(2022, 6, 17), "Monthly")
    );
    let annual = run(
        &catalog,
        &purchase(bought, BS, P1Y_ANNUAL, 10),
        &[],
        bought,
        horizon,
    );
    assert_eq!(
        described(&annual.lines),
        ["[6/18/2021] new 6/18/2021–6/17/2022: 120.96 × 10 = 1209.60"]
    );
    assert_eq!(nce(&annual.lines[0]).billing_frequency(), "");
    assert_eq!(
        invoice_totals(&annual.lines),
        [("G202106001".to_string(), money("1209.60"))]
    );
}

#[test]
fn x2_seat_addition_and_removal_pairs_share_reference_ids() {
    let catalog = microsoft_catalog(&[(P1M, "10.08")]);
    let bought = day(2021, 6, 18);
    let actions = [
        seats(day(2021, 6, 20), 12, 1),
        seats(day(2021, 6, 20), 8, 2),
    ];
    let out = run(
        &catalog,
        &purchase(bought, BS, P1M, 10),
        &actions,
        day(2021, 6, 20),
        day(2021, 6, 30),
    );
    assert_eq!(
        described(&out.lines),
        [
            "[6/18/2021] new 6/18/2021–7/17/2021: 10.08 × 10 = 100.80",
            "[6/20/2021] addQuantity 6/20/2021–7/17/2021: -9.408 × 10 = -94.08",
            "[6/20/2021] addQuantity 6/20/2021–7/17/2021: 9.408 × 12 = 112.89",
            "[6/20/2021] removeQuantity 6/20/2021–7/17/2021: -9.408 × 12 = -112.89",
            "[6/20/2021] removeQuantity 6/20/2021–7/17/2021: 9.408 × 8 = 75.26",
        ]
    );
    assert_eq!(
        out.lines[1].reference_id(&partner_ids()),
        out.lines[2].reference_id(&partner_ids())
    );
    assert_eq!(
        out.lines[3].reference_id(&partner_ids()),
        out.lines[4].reference_id(&partner_ids())
    );
    assert_ne!(
        out.lines[1].reference_id(&partner_ids()),
        out.lines[3].reference_id(&partner_ids())
    );
    assert!(out.lines.iter().all(|l| l.unit_price == money("10.08")));
    assert_eq!(
        invoice_totals(&out.lines),
        [("G202106001".to_string(), money("81.98"))]
    );
    assert_eq!(out.view.seats, 8);
}

#[test]
fn x3_march_2022_seat_table_with_batches_closing() {
    let catalog = microsoft_catalog(&[(P1M, "12.00")]);
    let actions = [
        seats(day(2022, 3, 7), 15, 1),
        seats(day(2022, 3, 10), 25, 2),
        seats(day(2022, 3, 12), 23, 3),
        seats(day(2022, 3, 14), 20, 4),
        seats(day(2022, 3, 25), 30, 5),
    ];
    let out = run(
        &catalog,
        &purchase(day(2022, 3, 5), BS, P1M, 10),
        &actions,
        day(2022, 3, 31),
        day(2022, 3, 31),
    );
    assert!(out.refusals.is_empty(), "{:?}", out.refusals);
    let amounts: Vec<String> = out
        .lines
        .iter()
        .map(|l| {
            format!(
                "{} {}",
                nce(l).effective_unit_price.written(),
                nce(l).subtotal
            )
        })
        .collect();
    assert_eq!(
        amounts,
        [
            "12.00 120.00",
            "-11.225806 -112.25",
            "11.225806 168.38",
            "-10.064516 -150.96",
            "10.064516 251.61",
            "-9.290323 -232.25",
            "9.290323 213.67",
            "-8.516129 -195.87",
            "8.516129 170.32",
            "-4.258065 -85.16",
            "4.258065 127.74",
        ]
    );
    let types: Vec<ChargeType> = out
        .lines
        .iter()
        .skip(1)
        .step_by(2)
        .map(|l| l.charge_type)
        .collect();
    use ChargeType::*;
    assert_eq!(
        types,
        [
            AddQuantity,
            AddQuantity,
            RemoveQuantity,
            RemoveQuantity,
            AddQuantity
        ]
    );
    assert_eq!(
        invoice_totals(&out.lines),
        [("G202203001".to_string(), money("275.23"))]
    );
    // On 3/14 the 3/7 batch was closed (last day 3/13): the 3 seats came out of the 3/10 batch.
    let batches: Vec<(u32, u32)> = out
        .view
        .batches
        .iter()
        .map(|b| (chrono::Datelike::day(&b.added), b.seats))
        .collect();
    assert_eq!(batches, [(5, 10), (7, 3), (10, 7), (25, 10)]);
}

#[test]
fn x4_cancellation_on_day_3_refunds_29_of_31_days() {
    let catalog = microsoft_catalog(&[(P1M, "10.08")]);
    let cancel = at(day(2021, 7, 17), NceAction::Cancel { ids: ids(1) });
    let out = run(
        &catalog,
        &purchase(day(2021, 7, 15), BS, P1M, 10),
        &[cancel],
        day(2021, 9, 1),
        day(2021, 9, 30),
    );
    assert_eq!(
        described(&out.lines),
        [
            "[7/15/2021] new 7/15/2021–8/14/2021: 10.08 × 10 = 100.80",
            "[7/17/2021] cancelImmediate 7/17/2021–8/14/2021: -9.429677 × 10 = -94.29"
        ]
    );
    assert_eq!(out.lines[1].unit_price, money("10.08"));
    assert_eq!(out.view.status, Status::Canceled);
    let same_day = at(day(2021, 7, 15), NceAction::Cancel { ids: ids(1) });
    let full = run(
        &catalog,
        &purchase(day(2021, 7, 15), BS, P1M, 10),
        &[same_day],
        day(2021, 7, 15),
        day(2021, 7, 31),
    );
    assert_eq!(
        nce(&full.lines[1]).subtotal,
        money("-100.80"),
        "full refund on day T"
    );
}

#[test]
fn x5_month_end_p1m_renewals_and_p1y_monthly_cycles() {
    let catalog = microsoft_catalog(&[(P1M, "10.08"), (P1Y_MONTHLY, "10.08")]);
    let bought = day(2021, 1, 31);
    let p1m = run(
        &catalog,
        &purchase(bought, BS, P1M, 1),
        &[],
        bought,
        day(2021, 4, 30),
    );
    assert_eq!(
        described(&p1m.lines),
        [
            "[1/31/2021] new 1/31/2021–2/27/2021: 10.08 × 1 = 10.08",
            "[2/28/2021] renew 2/28/2021–3/27/2021: 10.08 × 1 = 10.08",
            "[3/28/2021] renew 3/28/2021–4/27/2021: 10.08 × 1 = 10.08",
            "[4/28/2021] renew 4/28/2021–5/27/2021: 10.08 × 1 = 10.08",
        ]
    );
    let yearly = run(
        &catalog,
        &purchase(bought, BS, P1Y_MONTHLY, 1),
        &[],
        bought,
        day(2022, 1, 30),
    );
    let cycles: Vec<String> = yearly
        .lines
        .iter()
        .map(|l| {
            format!(
                "{} {}",
                l.charge_type.label(),
                partnerdesk_core::base::dates::us_date(l.start)
            )
        })
        .collect();
    let expected_starts = [
        "1/31/2021",
        "2/28/2021",
        "3/31/2021",
        "4/30/2021",
        "5/31/2021",
        "6/30/2021",
        "7/31/2021",
        "8/31/2021",
        "9/30/2021",
        "10/31/2021",
        "11/30/2021",
        "12/31/2021",
    ];
    assert_eq!(cycles.len(), 12);
    for (i, (line, start)) in cycles.iter().zip(expected_starts).enumerate() {
        let kind = if i == 0 { "new" } else { "cycleCharge" };
        assert_eq!(line, &format!("{kind} {start}"));
    }
    assert_eq!(yearly.lines[11].end, day(2022, 1, 30));
    assert!(yearly
        .lines
        .iter()
        .all(|l| nce(l).subtotal == money("10.08")));
    assert_eq!(
        invoice_totals(&yearly.lines)[1],
        ("G202102001".to_string(), money("10.08"))
    );
}
