//! §12 X8–X13: the sample catalog's examples (USD), to the cent.

mod nce_support;

use nce_support::*;
use partnerdesk_core::base::say::NceNote;
use partnerdesk_core::billing::nce::action::{Creation, Dated, NceAction};
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::model::nce::sample_catalog::*;
use partnerdesk_core::model::status::Status;

#[test]
fn x8_a_28_day_february_cycle_and_lines_ordered_in_march() {
    let catalog = nce_sample_catalog();
    let out = run(
        &catalog,
        &purchase(day(2022, 2, 21), BUSINESS_STANDARD, P1Y_MONTHLY, 5),
        &[seats(day(2022, 3, 1), 6, 1)],
        day(2022, 3, 1),
        day(2022, 5, 31),
    );
    assert_eq!(
        invoice_lines(&out.lines, day(2022, 2, 1)),
        ["[2/21/2022] new 2/21/2022–3/20/2022: 12.50 × 5 = 62.50"]
    );
    assert_eq!(
        invoice_lines(&out.lines, day(2022, 3, 1)),
        [
            "[3/1/2022] addQuantity 3/1/2022–3/20/2022: -8.928571 × 5 = -44.64",
            "[3/1/2022] addQuantity 3/1/2022–3/20/2022: 8.928571 × 6 = 53.57",
            "[3/21/2022] cycleCharge 3/21/2022–4/20/2022: 12.50 × 6 = 75.00",
        ]
    );
    assert_eq!(
        invoice_totals(&out.lines),
        [
            ("G202202001".to_string(), money("62.50")),
            ("G202203001".to_string(), money("83.93")),
            ("G202204001".to_string(), money("75.00")),
            ("G202205001".to_string(), money("75.00")),
        ]
    );
}

#[test]
fn x9_price_rise_mid_term_keeps_the_locked_price_until_renewal() {
    let catalog = nce_sample_catalog();
    let out = run(
        &catalog,
        &purchase(day(2022, 2, 15), O365_E3, P1Y_ANNUAL, 3),
        &[seats(day(2022, 4, 10), 4, 1)],
        day(2023, 2, 15),
        day(2023, 2, 28),
    );
    assert_eq!(
        described(&out.lines),
        [
            "[2/15/2022] new 2/15/2022–2/14/2023: 240.00 × 3 = 720.00",
            "[4/10/2022] addQuantity 4/10/2022–2/14/2023: -204.493151 × 3 = -613.47",
            "[4/10/2022] addQuantity 4/10/2022–2/14/2023: 204.493151 × 4 = 817.97",
            "[2/15/2023] renew 2/15/2023–2/14/2024: 276.00 × 4 = 1104.00",
        ]
    );
    assert_eq!(out.lines[2].unit_price, money("240.00"));
    assert_eq!(
        (out.view.unit_price, out.view.term_end),
        (money("276.00"), day(2024, 2, 14))
    );
}

#[test]
fn x10_reduction_inside_the_batch_window_and_refused_after_it() {
    let catalog = nce_sample_catalog();
    let actions = [
        seats(day(2023, 4, 20), 15, 1),
        seats(day(2023, 4, 26), 12, 2),
        seats(day(2023, 4, 27), 10, 3),
    ];
    let out = run(
        &catalog,
        &purchase(day(2023, 4, 3), BUSINESS_PREMIUM, P1Y_MONTHLY, 10),
        &actions,
        day(2023, 4, 27),
        day(2023, 5, 31),
    );
    assert_eq!(
        invoice_lines(&out.lines, day(2023, 4, 1)),
        [
            "[4/3/2023] new 4/3/2023–5/2/2023: 22.00 × 10 = 220.00",
            "[4/20/2023] addQuantity 4/20/2023–5/2/2023: -9.533333 × 10 = -95.33",
            "[4/20/2023] addQuantity 4/20/2023–5/2/2023: 9.533333 × 15 = 143.00",
            "[4/26/2023] removeQuantity 4/26/2023–5/2/2023: -5.133333 × 15 = -77.00",
            "[4/26/2023] removeQuantity 4/26/2023–5/2/2023: 5.133333 × 12 = 61.60",
        ]
    );
    let refusal = &out.refusals[0];
    assert_eq!(
        (
            refusal.index,
            refusal.error.rule.as_str(),
            refusal.error.field.as_deref()
        ),
        (2, "N14", Some("quantity"))
    );
    assert_eq!(
        refusal.error.message,
        "Seats can only be reduced within 7 days of being added; the last such day for these seats was 4/26/2023. Schedule the lower quantity for the renewal on 4/3/2024 instead."
    );
    assert_eq!(out.view.seats, 12);
    assert_eq!(out.view.reducible_seats(day(2023, 4, 27)), 0);
    assert_eq!(
        invoice_totals(&out.lines),
        [
            ("G202304001".to_string(), money("252.27")),
            ("G202305001".to_string(), money("264.00"))
        ]
    );
    let added = NceNote::SeatsReducible {
        added: day(2023, 4, 20),
        last: day(2023, 4, 26),
    };
    assert!(out.notes.iter().any(|n| n.note == added.clone().into()));
}

fn premium_trial(on: partnerdesk_core::NaiveDate) -> Dated<Creation> {
    Dated {
        day: on,
        action: Creation::TrialSignUp {
            subscription_id: SUB.into(),
            order_id: "trial-order".into(),
            offer_id: BUSINESS_PREMIUM_TRIAL.into(),
        },
    }
}

#[test]
fn x11_trial_converts_by_itself_on_day_31_at_the_uplifted_price() {
    let catalog = nce_sample_catalog();
    let signed = day(2025, 3, 10);
    let before = run(
        &catalog,
        &premium_trial(signed),
        &[],
        day(2025, 4, 8),
        day(2025, 4, 8),
    );
    let coming = before
        .view
        .automatic_conversion
        .expect("auto-renew is on by default");
    assert_eq!(
        (coming.day, coming.first_charge),
        (day(2025, 4, 9), Some(money("577.50")))
    );
    assert_eq!(before.view.status, Status::Trial);
    let out = run(
        &catalog,
        &premium_trial(signed),
        &[],
        day(2025, 4, 9),
        day(2025, 5, 31),
    );
    assert_eq!(
        invoice_lines(&out.lines, signed),
        ["[3/10/2025] new 3/10/2025–4/8/2025: 0.00 × 25 = 0.00"]
    );
    assert_eq!(
        invoice_lines(&out.lines, day(2025, 4, 1)),
        [
            "[4/9/2025] convert 3/10/2025–4/8/2025: 0.00 × 25 = 0.00",
            "[4/9/2025] convert 4/9/2025–5/8/2025: 23.10 × 25 = 577.50"
        ]
    );
    assert_eq!(
        out.lines[1].reference_id(&partner_ids()),
        out.lines[2].reference_id(&partner_ids())
    );
    assert!(out.lines.iter().all(|l| &*l.subscription_id == SUB));
    assert_eq!(
        invoice_totals(&out.lines)[1],
        ("G202504001".to_string(), money("577.50"))
    );
    assert_eq!(
        invoice_lines(&out.lines, day(2025, 5, 1)),
        ["[5/9/2025] cycleCharge 5/9/2025–6/8/2025: 23.10 × 25 = 577.50"]
    );
    let v = &out.view;
    assert_eq!(
        (v.status, v.offer_id.as_str(), v.term_start, v.term_end),
        (
            Status::Active,
            BUSINESS_PREMIUM,
            day(2025, 4, 9),
            day(2026, 4, 8)
        )
    );
    assert_eq!(
        (v.last_cancel_day(), v.batches[0].last_reducible_day()),
        (Some(day(2025, 4, 15)), day(2025, 4, 15))
    );
    assert_eq!(v.trial_offer_id.as_deref(), Some(BUSINESS_PREMIUM_TRIAL));
}

#[test]
fn x11_variant_auto_renew_off_lets_the_trial_expire() {
    let catalog = nce_sample_catalog();
    let off = at(day(2025, 3, 20), NceAction::SetAutoRenew { on: false });
    let out = run(
        &catalog,
        &premium_trial(day(2025, 3, 10)),
        &[off],
        day(2025, 4, 9),
        day(2025, 6, 30),
    );
    assert_eq!(
        described(&out.lines),
        ["[3/10/2025] new 3/10/2025–4/8/2025: 0.00 × 25 = 0.00"]
    );
    assert_eq!(
        (out.view.status, out.view.status_since),
        (Status::Expired, day(2025, 4, 9))
    );
}

#[test]
fn x12_p1m_renews_at_the_changed_price() {
    let catalog = nce_sample_catalog();
    let out = run(
        &catalog,
        &purchase(day(2022, 2, 10), BUSINESS_BASIC, P1M, 4),
        &[],
        day(2022, 4, 10),
        day(2022, 4, 30),
    );
    assert_eq!(
        described(&out.lines),
        [
            "[2/10/2022] new 2/10/2022–3/9/2022: 6.00 × 4 = 24.00",
            "[3/10/2022] renew 3/10/2022–4/9/2022: 7.20 × 4 = 28.80",
            "[4/10/2022] renew 4/10/2022–5/9/2022: 7.20 × 4 = 28.80",
        ]
    );
}

#[test]
fn x13_suspension_keeps_billing_until_expiry() {
    let catalog = nce_sample_catalog();
    let actions = [
        at(day(2023, 6, 20), NceAction::Suspend),
        seats(day(2023, 6, 25), 9, 1),
        at(day(2023, 8, 2), NceAction::Reactivate),
    ];
    let out = run(
        &catalog,
        &purchase(day(2023, 5, 12), BUSINESS_STANDARD, P1Y_MONTHLY, 8),
        &actions,
        day(2024, 5, 12),
        day(2024, 12, 31),
    );
    assert_eq!(
        (out.refusals.len(), out.refusals[0].error.rule.as_str()),
        (1, "N13")
    );
    let cycles: Vec<_> = out
        .lines
        .iter()
        .filter(|l| l.charge_type == ChargeType::CycleCharge)
        .collect();
    assert_eq!(cycles.len(), 11);
    assert!(cycles.iter().all(|l| nce(l).subtotal == money("100.00")));
    assert_eq!(
        (cycles[0].start, cycles[10].start),
        (day(2023, 6, 12), day(2024, 4, 12))
    );
    assert_eq!(cycles[10].end, day(2024, 5, 11));
    assert_eq!(out.lines.len(), 12, "1 new and 11 cycle charges, no renew");
    let total: partnerdesk_core::base::money::Money =
        out.lines.iter().map(|l| nce(l).subtotal).sum();
    assert_eq!(total, money("1200.00"));
    assert_eq!(
        (out.view.status, out.view.status_since, out.view.auto_renew),
        (Status::Expired, day(2024, 5, 12), false)
    );
    assert_eq!(out.view.status_on(day(2024, 6, 11)), Status::Disabled);
    assert_eq!(out.view.status_on(day(2024, 9, 9)), Status::Deleted);
}
