//! N1–N3: term and plan combinations, price rows in force, the sample catalog's published u.

mod nce_support;

use nce_support::{day, money};
use partnerdesk_core::model::nce::sample_catalog::*;
use partnerdesk_core::model::nce::term::{BillingPlan, Term, TermPlan};

fn tp(term: Term, plan: BillingPlan) -> TermPlan {
    TermPlan::new(term, plan).unwrap()
}

#[test]
fn n1_six_combinations_and_upfront_ones() {
    use BillingPlan::*;
    assert_eq!(TermPlan::ALL.len(), 6);
    assert!(TermPlan::new(Term::P1M, Annual).is_none());
    assert!(TermPlan::new(Term::P1Y, Triennial).is_none());
    let upfront: Vec<TermPlan> = TermPlan::ALL
        .into_iter()
        .filter(|t| t.is_upfront())
        .collect();
    assert_eq!(
        upfront,
        vec![
            tp(Term::P1M, Monthly),
            tp(Term::P1Y, Annual),
            tp(Term::P3Y, Triennial)
        ]
    );
    assert_eq!(tp(Term::P1Y, Monthly).recon_frequency(), "Monthly");
    assert_eq!(tp(Term::P3Y, Annual).recon_frequency(), "Annual");
    assert_eq!(tp(Term::P1M, Monthly).recon_frequency(), "");
}

#[test]
fn n1_offer_allows_only_combinations_with_a_row() {
    let catalog = nce_sample_catalog();
    let e3: Vec<TermPlan> = catalog
        .prices
        .combinations(O365_E3, day(2023, 1, 1))
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    assert_eq!(e3, TermPlan::ALL.to_vec());
    let basic = catalog.prices.combinations(BUSINESS_BASIC, day(2023, 1, 1));
    assert_eq!(basic.len(), 3, "no P3Y rows for Business Basic");
    assert!(catalog
        .prices
        .combinations(BUSINESS_BASIC, day(2021, 12, 31))
        .is_empty());
    let refused = catalog
        .prices
        .require(
            BUSINESS_BASIC,
            "Microsoft 365 Business Basic",
            tp(Term::P3Y, BillingPlan::Annual),
            day(2023, 1, 1),
        )
        .unwrap_err();
    assert_eq!(refused.rule, "N1");
    assert_eq!(refused.field.as_deref(), Some("term"));
    assert!(
        refused.message.contains("1 month, paid up front"),
        "{}",
        refused.message
    );
}

#[test]
fn n2_row_in_force_is_the_latest_valid_from_on_or_before_the_day() {
    let catalog = nce_sample_catalog();
    let p1y_monthly = tp(Term::P1Y, BillingPlan::Monthly);
    let u = |d| {
        catalog
            .prices
            .in_force(BUSINESS_PREMIUM, p1y_monthly, d)
            .unwrap()
            .unit_price
    };
    assert_eq!(u(day(2022, 2, 28)), money("20.00"));
    assert_eq!(u(day(2022, 3, 1)), money("22.00"));
    assert_eq!(u(day(2025, 3, 31)), money("22.00"));
    assert_eq!(u(day(2025, 4, 1)), money("23.10"));
}

/// N3's published table: P1M and P1Y/monthly before 3/1/2022, from 3/1/2022, from 4/1/2025.
#[test]
fn n3_sample_catalog_reproduces_the_published_u_values() {
    let table: [(&str, [&str; 3], [&str; 3]); 7] = [
        (
            BUSINESS_BASIC,
            ["6.00", "7.20", "7.20"],
            ["5.00", "6.00", "6.30"],
        ),
        (
            BUSINESS_STANDARD,
            ["15.00", "15.00", "15.00"],
            ["12.50", "12.50", "13.13"],
        ),
        (
            BUSINESS_PREMIUM,
            ["24.00", "26.40", "26.40"],
            ["20.00", "22.00", "23.10"],
        ),
        (
            O365_E1,
            ["9.60", "12.00", "12.00"],
            ["8.00", "10.00", "10.50"],
        ),
        (
            O365_E3,
            ["24.00", "27.60", "27.60"],
            ["20.00", "23.00", "24.15"],
        ),
        (
            O365_E5,
            ["42.00", "45.60", "45.60"],
            ["35.00", "38.00", "39.90"],
        ),
        (
            EXCHANGE_ONLINE_ARCHIVING,
            ["3.60", "3.60", "3.60"],
            ["3.00", "3.00", "3.15"],
        ),
    ];
    let catalog = nce_sample_catalog();
    let days = [day(2022, 2, 1), day(2022, 3, 1), day(2025, 4, 1)];
    for (offer, p1m, p1y_monthly) in table {
        for (i, d) in days.into_iter().enumerate() {
            let u = |t| catalog.prices.in_force(offer, t, d).unwrap().unit_price;
            assert_eq!(
                u(tp(Term::P1M, BillingPlan::Monthly)),
                money(p1m[i]),
                "{offer} P1M on {d}"
            );
            assert_eq!(
                u(tp(Term::P1Y, BillingPlan::Monthly)),
                money(p1y_monthly[i]),
                "{offer} P1Y/monthly on {d}"
            );
        }
    }
}

#[test]
fn n3_annual_and_three_year_rows_derive_from_a_without_uplift() {
    let catalog = nce_sample_catalog();
    let u = |t, d| catalog.prices.in_force(O365_E3, t, d).unwrap().unit_price;
    let later = day(2025, 6, 1);
    assert_eq!(
        u(tp(Term::P1Y, BillingPlan::Annual), day(2022, 1, 1)),
        money("240.00")
    );
    assert_eq!(
        u(tp(Term::P1Y, BillingPlan::Annual), later),
        money("276.00")
    );
    assert_eq!(
        u(tp(Term::P3Y, BillingPlan::Triennial), later),
        money("828.00")
    );
    assert_eq!(
        u(tp(Term::P3Y, BillingPlan::Annual), later),
        money("276.00")
    );
    assert_eq!(
        u(tp(Term::P3Y, BillingPlan::Monthly), later),
        money("24.15")
    );
    assert_eq!(
        u(tp(Term::P1Y, BillingPlan::Annual), later),
        money("276.00")
    );
    let standard =
        catalog
            .prices
            .in_force(BUSINESS_STANDARD, tp(Term::P1Y, BillingPlan::Annual), later);
    assert_eq!(standard.unwrap().unit_price, money("150.00"));
}

#[test]
fn n3_sample_offers_trials_and_add_on_relations() {
    let catalog = nce_sample_catalog();
    let archiving = catalog.offer(EXCHANGE_ONLINE_ARCHIVING).unwrap();
    assert_eq!(archiving.prerequisites.len(), 5);
    assert!(!archiving.prerequisites.contains(&O365_E5.to_string()));
    let trial = catalog.offer(BUSINESS_PREMIUM_TRIAL).unwrap();
    assert_eq!(trial.conversion_targets, vec![BUSINESS_PREMIUM.to_string()]);
    assert!(catalog
        .prices
        .combinations(BUSINESS_PREMIUM_TRIAL, day(2023, 1, 1))
        .is_empty());
    let standard = catalog.offer(BUSINESS_STANDARD).unwrap();
    assert_eq!(
        (standard.product_id.as_str(), standard.sku_id.as_str()),
        ("PDNCE00000BS", "0001")
    );
    assert_eq!(standard.availability_id, "PDNCE00000B1");
}

#[test]
fn n1_each_combination_has_a_key_a_form_can_carry() {
    use partnerdesk_core::model::nce::term::TermPlan;
    for tp in TermPlan::ALL {
        assert_eq!(TermPlan::from_key(&tp.key()), Some(tp));
    }
    assert_eq!(TermPlan::ALL[2].key(), "P1Y-Monthly");
    assert_eq!(TermPlan::from_key("P1M-Annual"), None);
}
