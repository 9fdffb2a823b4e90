//! §12 X6–X7: Microsoft's published billing-plan change and trial conversion, to the cent.

mod nce_support;

use nce_support::*;
use partnerdesk_core::billing::nce::action::{Creation, Dated, NceAction};
use partnerdesk_core::model::nce::line::Qualifier;
use partnerdesk_core::model::nce::sample_catalog::BUSINESS_STANDARD as BS;
use partnerdesk_core::model::nce::term::BillingPlan;
use partnerdesk_core::model::status::Status;

fn x6_catalog() -> partnerdesk_core::model::nce::offer::NceCatalog {
    microsoft_catalog(&[(P3Y_ANNUAL, "250.00"), (P3Y_MONTHLY, "20.00")])
}

#[test]
fn x6a_annual_to_monthly_from_the_anniversary() {
    let catalog = x6_catalog();
    let bought = day(2021, 9, 20);
    let to_monthly = at(
        day(2022, 9, 19),
        NceAction::ChangeBillingPlan {
            plan: BillingPlan::Monthly,
            order_id: "change-a".into(),
        },
    );
    let a = run(
        &catalog,
        &purchase(bought, BS, P3Y_ANNUAL, 10),
        &[to_monthly],
        day(2022, 9, 19),
        day(2022, 10, 31),
    );
    assert_eq!(
        described(&a.lines),
        [
            "[9/20/2021] new 9/20/2021–9/19/2022: 250.00 × 10 = 2500.00",
            "[9/20/2022] changeBillingPlan 9/20/2022–10/19/2022: 20.00 × 10 = 200.00",
            "[10/20/2022] cycleCharge 10/20/2022–11/19/2022: 20.00 × 10 = 200.00",
        ]
    );
    assert_eq!(
        a.lines
            .iter()
            .map(|l| nce(l).billing_frequency())
            .collect::<Vec<_>>(),
        ["Annual", "Monthly", "Monthly"]
    );
    assert_eq!(
        a.lines[1].order_id(&partner_ids()).as_deref(),
        Some("change-a")
    );
    assert_eq!(
        a.view.pending_plan_change.as_ref().map(|p| p.takes_effect),
        Some(day(2022, 9, 20))
    );
}

#[test]
fn x6b_monthly_to_annual_charges_eleven_twelfths() {
    let catalog = x6_catalog();
    let bought = day(2021, 9, 20);
    let to_annual = at(
        day(2021, 10, 1),
        NceAction::ChangeBillingPlan {
            plan: BillingPlan::Annual,
            order_id: "change-b".into(),
        },
    );
    let b = run(
        &catalog,
        &purchase(bought, BS, P3Y_MONTHLY, 10),
        &[to_annual],
        day(2022, 9, 20),
        day(2022, 9, 30),
    );
    assert_eq!(
        described(&b.lines),
        [
            "[9/20/2021] new 9/20/2021–10/19/2021: 20.00 × 10 = 200.00",
            "[10/20/2021] changeBillingPlan 10/20/2021–9/19/2022: 229.166667 × 10 = 2291.66",
            "[9/20/2022] cycleCharge 9/20/2022–9/19/2023: 250.00 × 10 = 2500.00",
        ]
    );
    assert_eq!(b.lines[1].unit_price, money("250.00"));
    assert_eq!(
        (b.view.term_start, b.view.term_end),
        (bought, day(2024, 9, 19))
    );
}

#[test]
fn x6c_request_on_april_1_2025_is_refused() {
    let catalog = x6_catalog();
    let late = at(
        day(2025, 4, 1),
        NceAction::ChangeBillingPlan {
            plan: BillingPlan::Monthly,
            order_id: "change-c".into(),
        },
    );
    let c = run(
        &catalog,
        &purchase(day(2024, 9, 20), BS, P3Y_ANNUAL, 10),
        &[late],
        day(2025, 4, 1),
        day(2025, 4, 30),
    );
    assert_eq!(c.refusals.len(), 1);
    assert_eq!(c.refusals[0].error.rule, "N21");
    assert_eq!(
        described(&c.lines),
        ["[9/20/2024] new 9/20/2024–9/19/2025: 250.00 × 10 = 2500.00"]
    );
}

#[test]
fn x7_trial_converted_on_sign_up_day_keeps_its_subscription_id() {
    let mut catalog = microsoft_catalog(&[(P1Y_MONTHLY, "52.61")]);
    let trial = partnerdesk_core::model::nce::sample_catalog::BUSINESS_PREMIUM_TRIAL;
    catalog
        .offers
        .iter_mut()
        .filter(|o| o.id() == trial)
        .for_each(|o| o.conversion_targets = vec![BS.into()]);
    let signed = day(2021, 6, 25);
    let sign_up = Dated {
        day: signed,
        action: Creation::TrialSignUp {
            subscription_id: SUB.into(),
            order_id: "trial-order".into(),
            offer_id: trial.into(),
        },
    };
    let convert = at(
        signed,
        NceAction::ConvertTrial {
            target_offer_id: BS.into(),
            term_plan: combo(P1Y_MONTHLY),
            quantity: 25,
            ids: ids(1),
        },
    );
    let out = run(&catalog, &sign_up, &[convert], signed, day(2021, 7, 31));
    assert_eq!(
        described(&out.lines),
        [
            "[6/25/2021] new 6/25/2021–7/24/2021: 0.00 × 25 = 0.00",
            "[6/25/2021] convert 6/25/2021–7/24/2021: 0.00 × 25 = 0.00",
            "[6/25/2021] convert 6/25/2021–7/24/2021: 52.61 × 25 = 1315.25",
            "[7/25/2021] cycleCharge 7/25/2021–8/24/2021: 52.61 × 25 = 1315.25",
        ]
    );
    let qualifiers: Vec<Option<Qualifier>> = out.lines.iter().map(|l| nce(l).qualifier).collect();
    assert_eq!(
        qualifiers,
        [Some(Qualifier::Trial), Some(Qualifier::Trial), None, None]
    );
    assert_eq!(
        out.lines[1].reference_id(&partner_ids()),
        out.lines[2].reference_id(&partner_ids())
    );
    assert!(out.lines.iter().all(|l| &*l.subscription_id == SUB));
    assert_eq!(
        (out.lines[1].term_start, out.lines[1].term_end),
        (signed, day(2021, 7, 24))
    );
    assert_eq!(&*out.lines[1].offer_id, trial);
    assert_eq!(out.view.status, Status::Active);
}
