//! Add-ons (SPEC A1–A4).

use super::*;

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
        order_id: None,
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
