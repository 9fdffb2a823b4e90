//! Trials (SPEC T1–T13).

use super::*;
use partnerdesk_core::base::say::{LegacyTrialRefusal, Say};

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
    let refusal = b
        .clone()
        .execute(trial_sign_up(OTHER, E3_TRIAL_ID), d(6, 4, 2018))
        .unwrap_err();
    let started = match refusal.say.as_deref() {
        Some(Say::LegacyTrial(LegacyTrialRefusal::TrialAlreadyHad { started, .. })) => *started,
        other => panic!("T3 says {other:?}"),
    };
    assert_eq!(started, d(3, 3, 2018));
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
        order_id: None,
    };
    assert_eq!(refused(&mut b, d(3, 4, 2018), change), "T13");
}
