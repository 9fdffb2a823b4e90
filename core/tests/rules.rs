//! One test (at least) per SPEC rule id; refusals are checked for their rule id.

mod common;

use common::*;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency::{Annual, Monthly};
use partnerdesk_core::model::catalog::{OfferLimit, SecondaryLicense};
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::sample_catalog::{
    sample_catalog, AUDIO_CONFERENCING, AZURE_PLAN, D365_CUSTOMER_ENGAGEMENT, D365_FINANCIALS,
    E3_GOVERNMENT, E5,
};
use partnerdesk_core::model::settings::RulesProfile::{P2017, P2018};
use partnerdesk_core::model::subscription::Status;
use partnerdesk_core::reports::dashboard::dashboard;
use partnerdesk_core::rules::preview::preview;
use partnerdesk_core::NaiveDate;

const TRIAL: &str = "11111111-1111-4111-8111-111111111111";
const OTHER: &str = "22222222-2222-4222-8222-222222222222";

fn refused(b: &mut Book, on: NaiveDate, command: Command) -> String {
    let before = b.clone();
    let err = b
        .execute(command, on)
        .expect_err("the rules must refuse this");
    assert_eq!(*b, before, "a refused command changes nothing");
    assert!(!err.message.is_empty());
    err.rule
}

fn purchase(
    sub: &str,
    offer: &str,
    quantity: u32,
    frequency: partnerdesk_core::model::catalog::BillingFrequency,
) -> Command {
    Command::Purchase {
        ids: ids(sub),
        customer_id: CUSTOMER.into(),
        offer_id: offer.into(),
        quantity,
        frequency,
        nickname: None,
    }
}

fn convert(
    sub: &str,
    quantity: u32,
    frequency: partnerdesk_core::model::catalog::BillingFrequency,
) -> Command {
    Command::ConvertTrial {
        subscription_id: sub.into(),
        target_offer_id: E3_ID.into(),
        quantity,
        frequency,
    }
}

fn change_quantity(sub: &str, quantity: u32) -> Command {
    Command::ChangeQuantity {
        subscription_id: sub.into(),
        quantity,
    }
}

fn all_lines(b: &Book, until: NaiveDate) -> Vec<partnerdesk_core::model::charge_line::ChargeLine> {
    derive(b, until).lines
}

#[test]
fn p1_annual_price_is_twelve_times_the_monthly_list_price() {
    let mut b = book(15, "20", P2018);
    buy(&mut b, d(3, 3, 2018), Annual, 2);
    let lines = all_lines(&b, d(3, 15, 2018));
    assert_eq!(lines[0].unit_price.to_string(), "240.00");
    assert_eq!(lines[0].amount.to_string(), "480.00");
}

#[test]
fn p2_usage_based_offers_are_monthly_only() {
    let mut b = book(15, "20", P2018);
    assert_eq!(
        refused(&mut b, d(3, 3, 2018), purchase(SUB, AZURE_PLAN, 1, Annual)),
        "P2"
    );
    b.execute(purchase(SUB, AZURE_PLAN, 1, Monthly), d(3, 3, 2018))
        .unwrap();
    assert!(
        all_lines(&b, d(5, 1, 2018)).is_empty(),
        "usage is not on the license-based file"
    );
}

#[test]
fn p3_catalog_filters_by_billing_frequency_and_trials_stand_apart() {
    let c = sample_catalog();
    assert!(c.purchasable(Monthly).any(|o| o.id == AZURE_PLAN));
    assert!(!c.purchasable(Annual).any(|o| o.id == AZURE_PLAN));
    assert!(c
        .purchasable(Monthly)
        .all(|o| o.secondary == SecondaryLicense::Base));
    assert!(c.trials().all(|o| o.is_trial()));
}

#[test]
fn p4_add_ons_are_not_bought_from_the_catalog() {
    let mut b = book(15, "20", P2018);
    assert_eq!(
        refused(&mut b, d(3, 3, 2018), purchase(SUB, ATP_ID, 1, Monthly)),
        "P4"
    );
    assert!(sample_catalog().add_ons_for(E3_ID).any(|o| o.id == ATP_ID));
}

#[test]
fn p5_offer_limits_lifetime_and_concurrent() {
    let mut b = book(15, "20", P2018);
    assert_eq!(
        sample_catalog().offer(D365_FINANCIALS).unwrap().limit,
        OfferLimit::Lifetime(2)
    );
    b.execute(purchase(SUB, D365_FINANCIALS, 1, Monthly), d(3, 3, 2018))
        .unwrap();
    b.execute(purchase(OTHER, D365_FINANCIALS, 1, Monthly), d(3, 3, 2018))
        .unwrap();
    b.execute(cancel(OTHER), d(3, 4, 2018)).unwrap();
    let rule = refused(
        &mut b,
        d(9, 4, 2018),
        purchase(TRIAL, D365_FINANCIALS, 1, Monthly),
    );
    assert_eq!(
        rule, "P5",
        "a deleted subscription still counts for a Lifetime limit"
    );

    let mut b = book(15, "20", P2018);
    b.execute(
        purchase(SUB, D365_CUSTOMER_ENGAGEMENT, 5, Monthly),
        d(3, 3, 2018),
    )
    .unwrap();
    b.execute(cancel(SUB), d(3, 4, 2018)).unwrap();
    let rule = refused(
        &mut b,
        d(3, 5, 2018),
        purchase(OTHER, D365_CUSTOMER_ENGAGEMENT, 5, Monthly),
    );
    assert_eq!(rule, "P5", "a suspended subscription counts until deleted");
    b.execute(
        purchase(OTHER, D365_CUSTOMER_ENGAGEMENT, 5, Monthly),
        d(6, 3, 2018),
    )
    .unwrap();
}

#[test]
fn p6_quantity_within_seat_limits() {
    let mut b = book(15, "20", P2018);
    assert_eq!(
        refused(&mut b, d(3, 3, 2018), purchase(SUB, E3_ID, 0, Monthly)),
        "P6"
    );
    assert_eq!(
        refused(&mut b, d(3, 3, 2018), purchase(SUB, E3_ID, 10_001, Monthly)),
        "P6"
    );
    let err = b
        .clone()
        .execute(purchase(SUB, E3_ID, 0, Monthly), d(3, 3, 2018))
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("quantity"));
}

#[test]
fn p7_offer_dates_and_countries() {
    let mut b = book(15, "20", P2018);
    for o in b.catalog.offers.iter_mut().filter(|o| o.id == E3_ID) {
        o.valid_to = Some(d(2, 28, 2018));
    }
    assert_eq!(
        refused(&mut b, d(3, 1, 2018), purchase(SUB, E3_ID, 1, Monthly)),
        "P7"
    );
    b.execute(purchase(SUB, E3_ID, 1, Monthly), d(2, 28, 2018))
        .unwrap();
    let mut nl = contoso();
    nl.country = "NL".into();
    b.execute(Command::EditCustomer(nl), d(3, 3, 2018)).unwrap();
    assert_eq!(
        refused(
            &mut b,
            d(3, 3, 2018),
            purchase(OTHER, E3_GOVERNMENT, 1, Monthly)
        ),
        "P7"
    );
}

#[test]
fn p8_price_is_locked_for_the_term_and_renewal_takes_the_new_price() {
    let mut b = book(15, "20", P2018);
    buy(&mut b, d(3, 3, 2018), Monthly, 1);
    b.execute(
        Command::ChangePrice {
            offer_id: E3_ID.into(),
            from: d(6, 1, 2018),
            monthly: money("25"),
            erp: money("30"),
        },
        d(3, 10, 2018),
    )
    .unwrap();
    let lines = all_lines(&b, d(3, 15, 2019));
    let cycle_in_july = lines.iter().find(|l| l.start == d(7, 3, 2018)).unwrap();
    assert_eq!(cycle_in_july.amount.to_string(), "20.00");
    let renewal = lines
        .iter()
        .find(|l| l.charge_type == ChargeType::RenewFee)
        .unwrap();
    assert_eq!(
        (renewal.start, renewal.amount.to_string()),
        (d(3, 3, 2019), "25.00".into())
    );
    let past = Command::ChangePrice {
        offer_id: E3_ID.into(),
        from: d(3, 1, 2018),
        monthly: money("1"),
        erp: money("1"),
    };
    assert_eq!(refused(&mut b, d(3, 10, 2018), past), "P8");
}

#[test]
fn t1_trial_lasts_30_days_and_is_never_billed() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    let on_day_29 = derive(&b, d(4, 1, 2018));
    let t = on_day_29.subscription(TRIAL).unwrap();
    assert_eq!(
        (t.status, t.trial.as_ref().unwrap().expires),
        (Status::Trial, d(4, 2, 2018))
    );
    assert_eq!(
        derive(&b, d(4, 2, 2018))
            .subscription(TRIAL)
            .unwrap()
            .status,
        Status::Expired
    );
    assert!(all_lines(&b, d(12, 31, 2018)).is_empty());
    assert_eq!(refused(&mut b, d(3, 4, 2018), cancel(TRIAL)), "T1");
}

#[test]
fn t2_a_trial_has_25_licenses_that_cannot_change() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    assert_eq!(
        derive(&b, d(3, 3, 2018))
            .subscription(TRIAL)
            .unwrap()
            .quantity,
        25
    );
    assert_eq!(
        refused(&mut b, d(3, 4, 2018), change_quantity(TRIAL, 30)),
        "T2"
    );
}

#[test]
fn t3_one_trial_per_offer_ever_even_after_conversion_or_expiry() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    assert_eq!(
        refused(&mut b, d(3, 4, 2018), trial_sign_up(OTHER, E3_TRIAL_ID)),
        "T3"
    );
    assert_eq!(
        refused(&mut b, d(6, 4, 2018), trial_sign_up(OTHER, E3_TRIAL_ID)),
        "T3"
    );
    b.execute(trial_sign_up(OTHER, TEAMS_TRIAL_ID), d(6, 4, 2018))
        .unwrap();
}

#[test]
fn t4_a_customer_who_owns_the_offer_cannot_get_its_trial() {
    let mut b = book(15, "20", P2018);
    buy(&mut b, d(3, 3, 2018), Monthly, 1);
    assert_eq!(
        refused(&mut b, d(3, 4, 2018), trial_sign_up(TRIAL, E3_TRIAL_ID)),
        "T4"
    );
    b.execute(cancel(SUB), d(3, 5, 2018)).unwrap();
    assert_eq!(
        refused(&mut b, d(3, 6, 2018), trial_sign_up(TRIAL, E3_TRIAL_ID)),
        "T4"
    );
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(6, 6, 2018))
        .unwrap();
}

#[test]
fn t5_no_trials_for_government_education_add_ons_or_china() {
    let mut catalog = sample_catalog();
    let gov_trial = catalog
        .offers
        .iter()
        .find(|o| o.id == E3_TRIAL_ID)
        .cloned()
        .unwrap();
    let mut gov = gov_trial.clone();
    gov.id = "33333333-3333-4333-8333-333333333333".into();
    gov.agreement = partnerdesk_core::model::catalog::LicenseAgreement::Government;
    catalog.offers.push(gov.clone());
    let mut b = book(15, "20", P2018);
    b.catalog.offers.push(gov.clone());
    assert_eq!(
        refused(&mut b, d(3, 3, 2018), trial_sign_up(TRIAL, &gov.id)),
        "T5"
    );
    let mut cn = contoso();
    cn.country = "CN".into();
    b.execute(Command::EditCustomer(cn), d(3, 3, 2018)).unwrap();
    assert_eq!(
        refused(&mut b, d(3, 3, 2018), trial_sign_up(TRIAL, E3_TRIAL_ID)),
        "T5"
    );
    assert!(catalog
        .offers
        .iter()
        .filter(|o| o.is_add_on())
        .all(|o| !o.is_trial()));
}

#[test]
fn t6_a_trial_is_signed_up_not_bought_and_sign_up_takes_only_trials() {
    let mut b = book(15, "20", P2018);
    assert_eq!(
        refused(
            &mut b,
            d(3, 3, 2018),
            purchase(SUB, E3_TRIAL_ID, 25, Monthly)
        ),
        "T6"
    );
    assert_eq!(
        refused(&mut b, d(3, 3, 2018), trial_sign_up(TRIAL, E3_ID)),
        "T6"
    );
}

#[test]
fn t7_a_trial_never_converts_by_itself_and_cannot_be_extended() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    let later = derive(&b, d(9, 1, 2018));
    assert_eq!(later.subscription(TRIAL).unwrap().status, Status::Expired);
    let extend = Command::SetAutoRenew {
        subscription_id: TRIAL.into(),
        on: false,
    };
    assert_eq!(refused(&mut b, d(3, 4, 2018), extend), "T7");
}

#[test]
fn t8_conversion_keeps_the_id_starts_the_term_and_bills_like_a_purchase() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    assert_eq!(
        refused(&mut b, d(3, 10, 2018), convert(TRIAL, 0, Annual)),
        "P6"
    );
    b.execute(convert(TRIAL, 30, Annual), d(3, 10, 2018))
        .unwrap();
    let s = derive(&b, d(3, 10, 2018));
    let sub = s.subscription(TRIAL).unwrap();
    assert_eq!(sub.status, Status::Active);
    assert_eq!(sub.term.unwrap().start, d(3, 10, 2018));
    assert_eq!(
        sub.trial.as_ref().unwrap().converted_on,
        Some(d(3, 10, 2018))
    );
    let lines = all_lines(&b, d(3, 15, 2018));
    assert_eq!(lines.len(), 1);
    assert_eq!(&*lines[0].subscription_id, TRIAL);
    assert_eq!(lines[0].amount.to_string(), "7200.00");
    assert_eq!(lines[0].billing_date, d(3, 15, 2018));
    assert_eq!(
        refused(&mut b, d(3, 11, 2018), convert(TRIAL, 30, Annual)),
        "T8"
    );
}

#[test]
fn t8_conversion_is_allowed_on_the_last_trial_day_only() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    let mut late = b.clone();
    assert_eq!(
        refused(&mut late, d(4, 2, 2018), convert(TRIAL, 25, Monthly)),
        "T11"
    );
    b.execute(convert(TRIAL, 25, Monthly), d(4, 1, 2018))
        .unwrap();
}

#[test]
fn t9_converted_trial_renewal_dates_by_frequency_and_profile() {
    for (profile, frequency, renews) in [
        (P2018, Annual, d(3, 10, 2019)),
        (P2018, Monthly, d(3, 10, 2019)),
        (P2017, Annual, d(3, 10, 2019)),
        (P2017, Monthly, d(3, 15, 2019)),
    ] {
        let mut b = book(15, "20", profile);
        b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
            .unwrap();
        b.execute(convert(TRIAL, 25, frequency), d(3, 10, 2018))
            .unwrap();
        let s = derive(&b, d(3, 10, 2018));
        assert_eq!(
            s.subscription(TRIAL).unwrap().renewal_date(),
            Some(renews),
            "{profile:?} {frequency:?}"
        );
    }
}

#[test]
fn t10_dashboard_warns_of_trials_ending_within_7_days() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    let early = dashboard(&derive(&b, d(3, 20, 2018)), &b.catalog);
    assert_eq!((early.trials.len(), early.trials_ending_soon.len()), (1, 0));
    let late = dashboard(&derive(&b, d(3, 27, 2018)), &b.catalog);
    assert_eq!(late.trials_ending_soon.len(), 1);
    assert_eq!(late.trials_ending_soon[0].days_left, 6);
}

#[test]
fn t11_expired_trial_cannot_be_used_and_a_purchase_restores_its_data() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    assert_eq!(
        refused(&mut b, d(4, 5, 2018), convert(TRIAL, 25, Monthly)),
        "T11"
    );
    assert_eq!(refused(&mut b, d(4, 5, 2018), reactivate(TRIAL)), "C10");
    let dash = dashboard(&derive(&b, d(4, 5, 2018)), &b.catalog);
    assert_eq!(
        dash.expired_trials[0].next_offers,
        vec!["Office 365 E3".to_string()]
    );
}

#[test]
fn t12_trial_without_conversion_target_lists_compatible_offers() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, TEAMS_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    assert_eq!(
        refused(&mut b, d(3, 4, 2018), convert(TRIAL, 25, Monthly)),
        "T12"
    );
    let dash = dashboard(&derive(&b, d(3, 4, 2018)), &b.catalog);
    assert!(!dash.trials[0].has_conversion_target);
    assert!(dash.trials[0]
        .next_offers
        .contains(&"Microsoft 365 Business Basic".to_string()));
}

#[test]
fn t13_trial_billing_frequency_cannot_change() {
    let mut b = book(15, "20", P2018);
    b.execute(trial_sign_up(TRIAL, E3_TRIAL_ID), d(3, 3, 2018))
        .unwrap();
    let change = Command::ChangeFrequency {
        subscription_id: TRIAL.into(),
        frequency: Annual,
    };
    assert_eq!(refused(&mut b, d(3, 4, 2018), change), "T13");
}

#[test]
fn c1_term_starts_on_the_first_after_a_purchase_on_the_29th_to_31st() {
    for day in [29, 30, 31] {
        let mut b = book(15, "20", P2018);
        buy(&mut b, d(1, day, 2018), Monthly, 1);
        let s = derive(&b, d(1, day, 2018));
        let term = s.subscription(SUB).unwrap().term.unwrap();
        assert_eq!((term.start, term.end), (d(2, 1, 2018), d(1, 31, 2019)));
        let first = &all_lines(&b, d(2, 15, 2018))[0];
        assert_eq!((first.start, first.end), (d(1, day, 2018), d(2, 28, 2018)));
    }
}

#[test]
fn c2_monthly_has_twelve_periods_on_the_anniversary_day() {
    let mut b = book(15, "20", P2018);
    buy(&mut b, d(1, 10, 2018), Monthly, 1);
    let lines = all_lines(&b, d(12, 31, 2018));
    let lines: Vec<_> = lines.iter().filter(|l| l.start < d(1, 10, 2019)).collect();
    let starts: Vec<NaiveDate> = lines.iter().map(|l| l.start).collect();
    assert_eq!(starts.len(), 12);
    assert!(starts.iter().all(|s| chrono::Datelike::day(s) == 10));
}

#[test]
fn c3_c4_annual_has_no_lines_in_months_2_to_12() {
    let mut b = book(15, "20", P2018);
    buy(&mut b, d(1, 10, 2018), Annual, 1);
    let lines = all_lines(&b, d(12, 1, 2018));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].charge_type, ChargeType::ProratePurchase);
}

#[test]
fn c5_licenses_added_to_annual_stay_annual() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Annual, 1);
    b.execute(change_quantity(SUB, 2), d(2, 1, 2018)).unwrap();
    let lines = all_lines(&b, d(2, 15, 2018));
    assert!(lines.iter().all(|l| l.frequency == Annual));
    let sub = derive(&b, d(2, 15, 2018))
        .subscription(SUB)
        .cloned()
        .unwrap();
    assert_eq!((sub.quantity, sub.frequency), (2, Some(Annual)));
    assert_eq!(
        refused(&mut b, d(2, 16, 2018), change_quantity(SUB, 2)),
        "C5"
    );
}

#[test]
fn c6_annual_change_is_rebilled_in_stretches_broken_at_recognition() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Annual, 1);
    b.execute(change_quantity(SUB, 2), d(2, 1, 2018)).unwrap();
    let feb = derive(&b, d(2, 15, 2018));
    let lines: Vec<_> = feb
        .lines
        .iter()
        .filter(|l| l.billing_date == d(2, 15, 2018))
        .collect();
    let rows: Vec<(NaiveDate, NaiveDate, u32, String)> = lines
        .iter()
        .map(|l| (l.start, l.end, l.quantity, l.amount.to_string()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (d(1, 13, 2018), d(1, 12, 2019), 1, "-48.00".to_string()),
            (d(1, 13, 2018), d(1, 31, 2018), 1, "2.50".to_string()),
            (d(2, 1, 2018), d(2, 12, 2018), 2, "3.16".to_string()),
            (d(2, 13, 2018), d(1, 12, 2019), 2, "87.85".to_string()),
        ]
    );
}

#[test]
fn c6_several_changes_before_one_recognition_day_give_one_stretch_each() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Monthly, 1);
    b.execute(change_quantity(SUB, 2), d(1, 20, 2018)).unwrap();
    b.execute(change_quantity(SUB, 3), d(2, 1, 2018)).unwrap();
    let lines = invoice_lines(&b, d(2, 15, 2018));
    let stretches: Vec<(NaiveDate, u32)> = lines
        .iter()
        .filter(|l| l.charge_type == ChargeType::CycleInstanceProrate && !l.amount.is_negative())
        .map(|l| (l.start, l.quantity))
        .collect();
    assert_eq!(
        stretches,
        vec![(d(1, 13, 2018), 1), (d(1, 20, 2018), 2), (d(2, 1, 2018), 3)]
    );
}

#[test]
fn c6_profile_2017_bills_a_change_on_the_next_billing_date() {
    let mut b = book(15, "4", P2017);
    buy(&mut b, d(1, 13, 2018), Monthly, 1);
    b.execute(change_quantity(SUB, 2), d(1, 20, 2018)).unwrap();
    let lines = invoice_lines(&b, d(2, 15, 2018));
    assert!(lines
        .iter()
        .any(|l| l.charge_type == ChargeType::CycleInstanceProrate
            && l.start == d(1, 20, 2018)
            && l.end == d(2, 14, 2018)
            && l.quantity == 2));
}

#[test]
fn c8_monthly_cancellation_after_30_days_is_prorated_to_period_end() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 2);
    b.execute(cancel(SUB), d(7, 10, 2018)).unwrap();
    let credit = invoice_lines(&b, d(7, 15, 2018))
        .into_iter()
        .find(|l| l.charge_type == ChargeType::CancelFee)
        .unwrap();
    assert_eq!((credit.start, credit.end), (d(7, 10, 2018), d(7, 31, 2018)));
    assert_eq!(credit.amount.to_string(), "-42.58");
    assert_eq!(refused(&mut b, d(7, 11, 2018), cancel(SUB)), "C8");
}

#[test]
fn c8_preview_explains_the_credit_with_its_figures() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Annual, 1);
    let p = preview(&b, &cancel(SUB), d(3, 1, 2018)).unwrap();
    assert_eq!(p.added_lines.len(), 1);
    assert_eq!(p.added_lines[0].amount.to_string(), "-41.82");
    assert!(
        p.notes
            .iter()
            .any(|n| n.contains("318 days") && n.contains("41.82")),
        "{:?}",
        p.notes
    );
    assert_eq!(p.after.unwrap().status, Status::Suspended);
}

#[test]
fn c9_suspending_a_base_suspends_its_add_ons_each_with_its_own_credit() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    b.execute(add_on(), d(6, 10, 2018)).unwrap();
    let events = b.execute(cancel(SUB), d(6, 12, 2018)).unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(events[1].caused_by, Some(events[0].seq));
    let s = derive(&b, d(6, 12, 2018));
    assert_eq!(s.subscription(ADD_ON).unwrap().status, Status::Suspended);
    let credits: Vec<String> = invoice_lines(&b, d(6, 15, 2018))
        .iter()
        .filter(|l| l.charge_type == ChargeType::CancelFee)
        .map(|l| l.amount.to_string())
        .collect();
    assert_eq!(credits, vec!["-30.00", "-3.50"]);
    b.execute(reactivate(SUB), d(6, 13, 2018)).unwrap();
    assert_eq!(
        derive(&b, d(6, 13, 2018))
            .subscription(ADD_ON)
            .unwrap()
            .status,
        Status::Active
    );
}

#[test]
fn c10_reactivation_only_within_90_days() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    b.execute(cancel(SUB), d(6, 5, 2018)).unwrap();
    let mut late = b.clone();
    assert_eq!(
        derive(&b, d(9, 3, 2018)).subscription(SUB).unwrap().status,
        Status::Suspended
    );
    assert_eq!(
        derive(&b, d(9, 4, 2018)).subscription(SUB).unwrap().status,
        Status::Deleted
    );
    assert_eq!(refused(&mut late, d(9, 4, 2018), reactivate(SUB)), "C10");
    b.execute(reactivate(SUB), d(9, 3, 2018)).unwrap();
    assert_eq!(
        derive(&b, d(9, 3, 2018))
            .subscription(SUB)
            .unwrap()
            .renewal_date(),
        Some(d(6, 1, 2019))
    );
}

#[test]
fn c11_renewal_needs_auto_renew_and_bills_on_the_next_billing_date() {
    let mut b = book(20, "20", P2018);
    buy(&mut b, d(1, 15, 2018), Annual, 1);
    let lines = all_lines(&b, d(1, 20, 2019));
    let renew = lines
        .iter()
        .find(|l| l.charge_type == ChargeType::RenewFee)
        .unwrap();
    assert_eq!(
        (renew.start, renew.billing_date),
        (d(1, 15, 2019), d(1, 20, 2019))
    );

    let mut off = book(20, "20", P2018);
    buy(&mut off, d(1, 15, 2018), Annual, 1);
    off.execute(
        Command::SetAutoRenew {
            subscription_id: SUB.into(),
            on: false,
        },
        d(2, 1, 2018),
    )
    .unwrap();
    assert!(all_lines(&off, d(2, 20, 2019))
        .iter()
        .all(|l| l.charge_type != ChargeType::RenewFee));
    assert_eq!(
        derive(&off, d(1, 15, 2019))
            .subscription(SUB)
            .unwrap()
            .status,
        Status::Ended
    );
    assert_eq!(
        derive(&off, d(1, 14, 2019))
            .subscription(SUB)
            .unwrap()
            .status,
        Status::Active
    );
}

#[test]
fn c12_frequency_change_under_2018_starts_a_new_term() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    let to_annual = Command::ChangeFrequency {
        subscription_id: SUB.into(),
        frequency: Annual,
    };
    b.execute(to_annual.clone(), d(6, 11, 2018)).unwrap();
    let lines = invoice_lines(&b, d(6, 15, 2018));
    let types: Vec<(ChargeType, String)> = lines
        .iter()
        .map(|l| (l.charge_type, l.amount.to_string()))
        .collect();
    assert_eq!(
        types,
        vec![
            (ChargeType::ProratePurchase, "30.00".into()),
            (ChargeType::ConvertAway, "-20.00".into()),
            (ChargeType::ConvertTo, "360.00".into()),
        ]
    );
    let sub = derive(&b, d(6, 11, 2018))
        .subscription(SUB)
        .cloned()
        .unwrap();
    assert_eq!(
        (sub.term.unwrap().start, sub.frequency),
        (d(6, 11, 2018), Some(Annual))
    );

    let mut old = book(15, "30", P2017);
    buy(&mut old, d(6, 1, 2018), Monthly, 1);
    assert_eq!(refused(&mut old, d(6, 11, 2018), to_annual), "C12");
}

#[test]
fn a1_add_on_needs_an_active_base_of_a_prerequisite_offer() {
    let mut b = book(15, "30", P2018);
    b.execute(purchase(SUB, E5, 1, Monthly), d(6, 1, 2018))
        .unwrap();
    let audio = Command::BuyAddOn {
        ids: ids(ADD_ON),
        parent_id: SUB.into(),
        offer_id: AUDIO_CONFERENCING.into(),
        quantity: 1,
    };
    assert_eq!(refused(&mut b, d(6, 2, 2018), audio), "A1");
    b.execute(cancel(SUB), d(6, 3, 2018)).unwrap();
    let atp = Command::BuyAddOn {
        ids: ids(ADD_ON),
        parent_id: SUB.into(),
        offer_id: ATP_ID.into(),
        quantity: 1,
    };
    assert_eq!(refused(&mut b, d(6, 4, 2018), atp), "A1");
}

#[test]
fn a2_add_on_has_its_parents_frequency_and_cannot_change_it() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Annual, 1);
    b.execute(add_on(), d(6, 10, 2018)).unwrap();
    let s = derive(&b, d(6, 10, 2018));
    assert_eq!(s.subscription(ADD_ON).unwrap().frequency, Some(Annual));
    let change = Command::ChangeFrequency {
        subscription_id: ADD_ON.into(),
        frequency: Monthly,
    };
    assert_eq!(refused(&mut b, d(6, 11, 2018), change), "A2");
}

#[test]
fn a3_annual_add_on_is_prorated_to_the_parents_term_end_and_30_days_count_from_its_purchase() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Annual, 1);
    b.execute(add_on(), d(8, 1, 2018)).unwrap();
    let line = invoice_lines(&b, d(8, 15, 2018)).pop().unwrap();
    assert_eq!((line.start, line.end), (d(8, 1, 2018), d(5, 31, 2019)));
    assert_eq!(line.amount.to_string(), "49.97", "60 × 304 / 365");
    b.execute(cancel(ADD_ON), d(8, 20, 2018)).unwrap();
    let credit = invoice_lines(&b, d(9, 15, 2018)).pop().unwrap();
    assert_eq!(
        credit.amount.to_string(),
        "-49.97",
        "inside the add-on's own first 30 days"
    );
}

#[test]
fn a4_there_are_no_add_on_trials() {
    assert!(sample_catalog()
        .offers
        .iter()
        .filter(|o| o.is_trial())
        .all(|o| o.prerequisites.is_empty()));
}

#[test]
fn r1_one_invoice_per_billing_date_for_all_customers_and_frequencies() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    let other = Customer {
        id: "44444444-4444-4444-8444-444444444444".into(),
        company_name: "Fabrikam".into(),
        domain: "fabrikam.onmicrosoft.com".into(),
        country: "DE".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    };
    b.execute(Command::CreateCustomer(other.clone()), d(6, 2, 2018))
        .unwrap();
    b.execute(
        Command::Purchase {
            ids: ids(OTHER),
            customer_id: other.id.clone(),
            offer_id: E3_ID.into(),
            quantity: 2,
            frequency: Annual,
            nickname: None,
        },
        d(6, 2, 2018),
    )
    .unwrap();
    b.execute(trial_sign_up(TRIAL, TEAMS_TRIAL_ID), d(6, 3, 2018))
        .unwrap();
    let invoices = derive(&b, d(6, 15, 2018)).invoices();
    assert_eq!(invoices.len(), 1);
    assert_eq!(invoices[0].lines.len(), 2);
    assert_eq!(invoices[0].total.to_string(), "750.00");
    assert_eq!(invoices[0].due_date, d(8, 14, 2018));
}

#[test]
fn h1_the_history_never_goes_back_in_time() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    assert_eq!(refused(&mut b, d(5, 31, 2018), cancel(SUB)), "H1");
}

#[test]
fn derivation_before_an_action_date_does_not_see_it() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    assert!(derive(&b, d(5, 31, 2018)).subscription(SUB).is_none());
}

fn add_on() -> Command {
    Command::BuyAddOn {
        ids: ids(ADD_ON),
        parent_id: SUB.into(),
        offer_id: ATP_ID.into(),
        quantity: 1,
    }
}

#[test]
fn p9_a_price_list_import_is_a_recorded_action_and_takes_effect_from_its_date() {
    use partnerdesk_core::imports::price_list::preview_price_list;
    let text = fixture("pricelist-sample.csv");
    let mut b = book(15, "20", P2018);
    b.catalog = sample_catalog();
    let today = d(6, 1, 2018);
    let plan = preview_price_list(&b.catalog_on(today), &text, today).unwrap();
    assert!(!plan.added.is_empty());
    let events = b
        .execute(Command::ImportPriceList(plan.clone()), today)
        .unwrap();
    assert_eq!(events.len(), 1);
    let catalog = b.catalog_on(today);
    assert!(catalog.offer(&plan.added[0].offer.id).is_some());
    assert_eq!(refused(&mut b, today, Command::ImportPriceList(plan)), "P9");
}

#[test]
fn execute_all_records_every_command_or_none() {
    let mut b = book(15, "20", P2018);
    let mut second = contoso();
    second.id = "55555555-5555-4555-8555-555555555555".into();
    let before = b.clone();
    let err = b
        .execute_all(
            vec![
                purchase(SUB, E3_ID, 1, Monthly),
                Command::CreateCustomer(second),
            ],
            d(3, 3, 2018),
        )
        .unwrap_err();
    assert_eq!((err.0, err.1.field.as_deref()), (1, Some("domain")));
    assert_eq!(b, before);
}

#[test]
fn preview_shows_dates_and_lines_with_their_invoice_dates_and_records_nothing() {
    let b = book(15, "20", P2018);
    let before = b.clone();
    let p = preview(&b, &purchase(SUB, E3_ID, 3, Annual), d(3, 20, 2018)).unwrap();
    assert_eq!(b, before);
    let after = p.after.clone().unwrap();
    assert_eq!(after.renewal_date(), Some(d(3, 20, 2019)));
    assert_eq!(p.added_lines.len(), 1);
    assert_eq!(p.added_lines[0].billing_date, d(4, 15, 2018));
    assert_eq!(p.net_amount().to_string(), "720.00");
    assert!(
        p.notes.iter().any(|n| n.contains("renews on 3/20/2019")),
        "{:?}",
        p.notes
    );
    let refusal = preview(&b, &purchase(SUB, E3_ID, 0, Annual), d(3, 20, 2018)).unwrap_err();
    assert_eq!(refusal.rule, "P6");
}

#[test]
fn derive_current_keeps_the_state_and_the_upcoming_invoice_only() {
    use partnerdesk_core::billing::derive::derive_current;
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    b.execute(cancel(SUB), d(7, 20, 2018)).unwrap();
    let full = derive(&b, d(8, 1, 2018));
    let current = derive_current(&b, d(8, 1, 2018));
    assert_eq!(current.subscriptions, full.subscriptions);
    assert_eq!(current.upcoming_invoice(), full.upcoming_invoice());
    assert!(current
        .lines
        .iter()
        .all(|l| l.billing_date == d(8, 15, 2018)));
    assert_eq!(
        current
            .subscription(SUB)
            .unwrap()
            .days_to_deletion(d(8, 1, 2018)),
        Some(78)
    );
}
