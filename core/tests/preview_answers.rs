//! What a preview answers before the partner confirms (issue 14, item 4): the commitment of a
//! purchase, what the customer still pays for the period after a cancellation (C8, N15), and
//! the notes of the subscription acted on only.

mod common;
mod nce_support;

use common::*;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::rules::preview::preview;

fn purchase(quantity: u32, frequency: BillingFrequency) -> Command {
    Command::Purchase {
        ids: ids(SUB),
        customer_id: CUSTOMER.into(),
        offer_id: E3_ID.into(),
        quantity,
        frequency,
        nickname: None,
        term_plan: None,
    }
}

#[test]
fn c1_a_monthly_purchase_of_10_at_20_commits_200_a_month_and_2400_over_the_term() {
    let b = book(15, "20", RulesProfile::P2018);
    let p = preview(&b, &purchase(10, BillingFrequency::Monthly), d(10, 2, 2017)).unwrap();
    let c = p.commitment.expect("a purchase shows its commitment");
    assert_eq!(c.per_month, money("200.00"));
    assert_eq!(c.months, Some(12));
    assert_eq!(c.over_term, Some(money("2400.00")));
    assert_eq!(c.term_end, d(10, 1, 2018));
    assert_eq!(p.period, None, "only a cancellation answers for the period");
}

#[test]
fn c5_a_license_change_shows_the_new_commitment_a_nickname_none() {
    let mut b = book(15, "20", RulesProfile::P2018);
    buy(&mut b, d(10, 2, 2017), BillingFrequency::Monthly, 10);
    let more = Command::ChangeQuantity {
        subscription_id: SUB.into(),
        quantity: 15,
        order: None,
    };
    let p = preview(&b, &more, d(10, 5, 2017)).unwrap();
    assert_eq!(p.commitment.unwrap().per_month, money("300.00"));
    let nickname = Command::SetNickname {
        subscription_id: SUB.into(),
        nickname: "Sales".into(),
    };
    assert_eq!(
        preview(&b, &nickname, d(10, 5, 2017)).unwrap().commitment,
        None
    );
}

fn bought_on(day: u32) -> Book {
    let mut b = book(15, "20", RulesProfile::P2018);
    buy(&mut b, d(10, day, 2017), BillingFrequency::Monthly, 10);
    b
}

#[test]
fn c8_a_cancellation_in_the_first_30_days_leaves_nothing_to_pay_for_the_period() {
    let b = bought_on(2);
    let p = preview(&b, &cancel(SUB), d(10, 5, 2017)).unwrap();
    let period = p.period.expect("a cancellation answers for the period");
    assert_eq!(period.charged, -period.credited);
    assert!(period.net().is_zero());
    assert!(period.start <= d(10, 5, 2017) && d(10, 5, 2017) <= period.end);
}

#[test]
fn c8_a_later_cancellation_leaves_the_days_used_to_pay() {
    let b = bought_on(2);
    let p = preview(&b, &cancel(SUB), d(12, 10, 2017)).unwrap();
    let period = p.period.expect("a cancellation answers for the period");
    assert!(period.net() > money("0.00"), "{period:?}");
    assert!(period.net() < period.charged, "{period:?}");
}

#[test]
fn a5_an_add_on_s_preview_has_no_notes_of_its_base_bought_the_same_day() {
    let b = bought_on(2);
    let add_on = Command::BuyAddOn {
        ids: ids(ADD_ON),
        parent_id: SUB.into(),
        offer_id: ATP_ID.into(),
        quantity: 10,
    };
    let base_notes = preview(
        &book(15, "20", RulesProfile::P2018),
        &purchase(10, BillingFrequency::Monthly),
        d(10, 2, 2017),
    )
    .unwrap()
    .notes;
    let p = preview(&b, &add_on, d(10, 2, 2017)).unwrap();
    assert!(!base_notes.is_empty());
    assert!(
        p.notes.iter().all(|n| !base_notes.contains(n)),
        "{:?}",
        p.notes
    );
}

#[test]
fn n3_an_annual_plan_spreads_its_yearly_price_per_month() {
    use nce_support::book::{creation_command, nce_book};
    use nce_support::{day, microsoft_catalog, purchase as nce_purchase, P1Y_ANNUAL};
    use partnerdesk_core::model::nce::sample_catalog::BUSINESS_STANDARD;
    let catalog = microsoft_catalog(&[(P1Y_ANNUAL, "150.00")]);
    let start = nce_purchase(day(2026, 11, 2), BUSINESS_STANDARD, P1Y_ANNUAL, 10);
    let b = nce_book(&catalog, day(2026, 11, 1));
    let p = preview(&b, &creation_command(&start.action), start.day).unwrap();
    let c = p.commitment.expect("a purchase shows its commitment");
    assert_eq!(c.per_month, money("125.00"));
    assert_eq!(c.months, Some(12));
    assert_eq!(c.over_term, Some(money("1500.00")));
}
