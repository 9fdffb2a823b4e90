//! SPEC §9: every worked example, to the cent.

mod common;

use common::*;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::catalog::BillingFrequency::{Annual, Monthly};
use partnerdesk_core::model::charge_line::ChargeType::*;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::settings::RulesProfile::{P2017, P2018};

#[test]
fn example_1_monthly_purchase_then_cycle_fee() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    expect(
        &invoice_lines(&b, d(6, 15, 2018)),
        &[(
            d(6, 1, 2018),
            d(6, 30, 2018),
            ProratePurchase,
            "30.00",
            1,
            "30.00",
        )],
    );
    expect(
        &invoice_lines(&b, d(7, 15, 2018)),
        &[(d(7, 1, 2018), d(7, 31, 2018), CycleFee, "30.00", 1, "30.00")],
    );
}

#[test]
fn example_2_suspended_and_reactivated_in_the_first_days() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    run(&mut b, d(6, 5, 2018), cancel(SUB));
    run(&mut b, d(6, 10, 2018), reactivate(SUB));
    expect(
        &invoice_lines(&b, d(6, 15, 2018)),
        &[
            (
                d(6, 1, 2018),
                d(6, 30, 2018),
                ProratePurchase,
                "30.00",
                1,
                "30.00",
            ),
            (
                d(6, 5, 2018),
                d(6, 30, 2018),
                CancelFee,
                "-30.00",
                1,
                "-30.00",
            ),
            (
                d(6, 10, 2018),
                d(6, 30, 2018),
                ActivationFee,
                "30.00",
                1,
                "30.00",
            ),
        ],
    );
    let state = derive(&b, d(6, 15, 2018));
    assert_eq!(
        state.subscription(SUB).unwrap().renewal_date(),
        Some(d(6, 1, 2019))
    );
}

#[test]
fn example_3_suspended_and_reactivated_after_the_billing_date() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    run(&mut b, d(6, 20, 2018), cancel(SUB));
    run(&mut b, d(6, 25, 2018), reactivate(SUB));
    expect(
        &invoice_lines(&b, d(6, 15, 2018)),
        &[(
            d(6, 1, 2018),
            d(6, 30, 2018),
            ProratePurchase,
            "30.00",
            1,
            "30.00",
        )],
    );
    expect(
        &invoice_lines(&b, d(7, 15, 2018)),
        &[
            (
                d(6, 20, 2018),
                d(6, 30, 2018),
                CancelFee,
                "-30.00",
                1,
                "-30.00",
            ),
            (
                d(6, 25, 2018),
                d(6, 30, 2018),
                ActivationFee,
                "30.00",
                1,
                "30.00",
            ),
            (d(7, 1, 2018), d(7, 31, 2018), CycleFee, "30.00", 1, "30.00"),
        ],
    );
}

#[test]
fn example_4_reactivated_after_30_days_is_prorated() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    run(&mut b, d(6, 5, 2018), cancel(SUB));
    run(&mut b, d(7, 10, 2018), reactivate(SUB));
    expect(
        &invoice_lines(&b, d(6, 15, 2018)),
        &[
            (
                d(6, 1, 2018),
                d(6, 30, 2018),
                ProratePurchase,
                "30.00",
                1,
                "30.00",
            ),
            (
                d(6, 5, 2018),
                d(6, 30, 2018),
                CancelFee,
                "-30.00",
                1,
                "-30.00",
            ),
        ],
    );
    expect(
        &invoice_lines(&b, d(7, 15, 2018)),
        &[(
            d(7, 10, 2018),
            d(7, 31, 2018),
            ActivationFee,
            "21.29",
            1,
            "21.29",
        )],
    );
    expect(
        &invoice_lines(&b, d(8, 15, 2018)),
        &[(d(8, 1, 2018), d(8, 31, 2018), CycleFee, "30.00", 1, "30.00")],
    );
}

#[test]
fn example_5_add_on_is_aligned_to_its_base() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    run(
        &mut b,
        d(6, 10, 2018),
        Command::BuyAddOn {
            ids: ids(ADD_ON),
            parent_id: SUB.into(),
            offer_id: ATP_ID.into(),
            quantity: 1,
        },
    );
    expect(
        &invoice_lines(&b, d(6, 15, 2018)),
        &[
            (
                d(6, 1, 2018),
                d(6, 30, 2018),
                ProratePurchase,
                "30.00",
                1,
                "30.00",
            ),
            (
                d(6, 10, 2018),
                d(6, 30, 2018),
                ProratePurchase,
                "3.50",
                1,
                "3.50",
            ),
        ],
    );
    expect(
        &invoice_lines(&b, d(7, 15, 2018)),
        &[
            (d(7, 1, 2018), d(7, 31, 2018), CycleFee, "30.00", 1, "30.00"),
            (d(7, 1, 2018), d(7, 31, 2018), CycleFee, "5.00", 1, "5.00"),
        ],
    );
    let state = derive(&b, d(7, 15, 2018));
    let add_on = state.subscription(ADD_ON).unwrap();
    assert_eq!(add_on.renewal_date(), Some(d(6, 1, 2019)));
    assert_eq!(add_on.frequency, Some(Monthly));
}

#[test]
fn example_6_annual_bought_on_the_29th_starts_on_the_1st_and_renews_at_the_new_price() {
    let mut b = book(1, "30", P2018);
    buy(&mut b, d(10, 29, 2017), Annual, 1);
    run(
        &mut b,
        d(10, 29, 2017),
        Command::ChangePrice {
            offer_id: E3_ID.into(),
            from: d(11, 1, 2018),
            monthly: money("32"),
            erp: money("38.40"),
        },
    );
    expect(
        &invoice_lines(&b, d(11, 1, 2017)),
        &[(
            d(10, 29, 2017),
            d(10, 31, 2018),
            ProratePurchase,
            "360.00",
            1,
            "360.00",
        )],
    );
    let state = derive(&b, d(11, 1, 2017));
    assert_eq!(
        state.subscription(SUB).unwrap().term.unwrap().start,
        d(11, 1, 2017)
    );
    expect(
        &invoice_lines(&b, d(11, 1, 2018)),
        &[(
            d(11, 1, 2018),
            d(10, 31, 2019),
            RenewFee,
            "384.00",
            1,
            "384.00",
        )],
    );
}

#[test]
fn example_7_annual_cancelled_inside_30_days_is_credited_in_full() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Annual, 1);
    expect(
        &invoice_lines(&b, d(1, 15, 2018)),
        &[(
            d(1, 13, 2018),
            d(1, 12, 2019),
            ProratePurchase,
            "48.00",
            1,
            "48.00",
        )],
    );
    run(&mut b, d(2, 1, 2018), cancel(SUB));
    expect(
        &invoice_lines(&b, d(2, 15, 2018)),
        &[(
            d(2, 1, 2018),
            d(1, 12, 2019),
            CancelFee,
            "-48.00",
            1,
            "-48.00",
        )],
    );
}

#[test]
fn example_8_annual_cancelled_after_30_days_is_prorated_in_both_profiles() {
    for (profile, amount) in [(P2018, "-41.82"), (P2017, "-41.34")] {
        let mut b = book(15, "4", profile);
        buy(&mut b, d(1, 13, 2018), Annual, 1);
        run(&mut b, d(3, 1, 2018), cancel(SUB));
        let lines = invoice_lines(&b, d(3, 15, 2018));
        assert_eq!(lines.len(), 1, "{profile:?}");
        assert_eq!(lines[0].charge_type, CancelFee);
        assert_eq!(
            (lines[0].start, lines[0].end),
            (d(3, 1, 2018), d(1, 12, 2019))
        );
        assert_eq!(lines[0].amount.to_string(), amount, "{profile:?}");
    }
}

#[test]
fn example_9_license_change_is_reversed_and_rebilled_in_stretches() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Monthly, 1);
    run(
        &mut b,
        d(2, 1, 2018),
        Command::ChangeQuantity {
            subscription_id: SUB.into(),
            quantity: 2,
            order: None,
        },
    );
    expect(
        &invoice_lines(&b, d(2, 15, 2018)),
        &[
            (
                d(1, 13, 2018),
                d(2, 12, 2018),
                CycleInstanceProrate,
                "-4.00",
                1,
                "-4.00",
            ),
            (
                d(1, 13, 2018),
                d(1, 31, 2018),
                CycleInstanceProrate,
                "2.45",
                1,
                "2.45",
            ),
            (
                d(2, 1, 2018),
                d(2, 12, 2018),
                CycleInstanceProrate,
                "1.55",
                2,
                "3.10",
            ),
            (d(2, 13, 2018), d(3, 12, 2018), CycleFee, "4.00", 2, "8.00"),
        ],
    );
}

#[test]
fn example_10_profile_2017_free_period_then_cycles_on_the_billing_day() {
    let mut b = book(15, "4", P2017);
    buy(&mut b, d(1, 13, 2018), Monthly, 1);
    expect(
        &invoice_lines(&b, d(1, 15, 2018)),
        &[
            (
                d(1, 13, 2018),
                d(1, 14, 2018),
                PurchaseFee,
                "0.00",
                1,
                "0.00",
            ),
            (d(1, 15, 2018), d(2, 14, 2018), CycleFee, "4.00", 1, "4.00"),
        ],
    );
    expect(
        &invoice_lines(&b, d(2, 15, 2018)),
        &[(d(2, 15, 2018), d(3, 14, 2018), CycleFee, "4.00", 1, "4.00")],
    );
}
