//! The catalog and price list (SPEC P1–P9).

use super::*;

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
