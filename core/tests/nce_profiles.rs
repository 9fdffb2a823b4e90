//! Profile 2022 beside the legacy ones: switching programs (N37), and books stored before new
//! commerce existed still load, derive and store exactly as before.

mod nce_support;

use nce_support::book::{nce_book, CUSTOMER};
use nce_support::*;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::nce::sample_catalog::{nce_sample_catalog, BUSINESS_STANDARD};
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::rules::profile_switch::check_profile_switch;
use partnerdesk_core::storage::envelope::decode;
use partnerdesk_core::storage::generated_book::{empty_book, generated_book, generated_customer};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn n37_a_book_without_subscriptions_switches_program_both_ways() {
    let mut book = empty_book();
    book.execute(generated_customer(0), day(2024, 1, 2))
        .unwrap();
    assert_eq!(check_profile_switch(&book, RulesProfile::P2022), Ok(()));
    book.settings.profile = RulesProfile::P2022;
    assert_eq!(check_profile_switch(&book, RulesProfile::P2017), Ok(()));
}

#[test]
fn n37_a_legacy_book_with_subscriptions_stays_legacy_but_switches_between_2018_and_2017() {
    let book = generated_book(3, 1, 7);
    assert_eq!(check_profile_switch(&book, RulesProfile::P2017), Ok(()));
    let refused = check_profile_switch(&book, RulesProfile::P2022).unwrap_err();
    assert_eq!(
        (refused.rule.as_str(), refused.field.as_deref()),
        ("N37", Some("profile"))
    );
    assert_eq!(
        refused.message,
        "This book's subscriptions were bought under the legacy license-based rules, and they cannot be billed under new commerce. Keep this profile, or download a backup and start a new book for the other program."
    );
}

#[test]
fn n37_a_2022_book_with_a_subscription_cannot_go_back_to_legacy() {
    let mut book = nce_book(&nce_sample_catalog(), day(2024, 1, 2));
    let year = combo(P1Y_MONTHLY);
    let order = ids(1);
    let purchase = Command::Purchase {
        ids: NewIds {
            subscription_id: SUB.into(),
            billing_id: SUB.into(),
            order_id: order.order_id,
            reference_id: Some(order.reference_id),
        },
        customer_id: CUSTOMER.into(),
        offer_id: BUSINESS_STANDARD.into(),
        quantity: 3,
        frequency: year.plan.frequency(),
        nickname: None,
        term_plan: Some(year),
    };
    book.execute(purchase, day(2024, 1, 3)).unwrap();
    for legacy in [RulesProfile::P2018, RulesProfile::P2017] {
        let refused = check_profile_switch(&book, legacy).unwrap_err();
        assert_eq!(refused.rule, "N37");
        assert!(refused
            .message
            .starts_with("This book's subscriptions were bought under new commerce"));
    }
}

#[test]
fn stored_books_of_before_profile_2022_load_with_no_new_commerce_fields_and_store_the_same() {
    let text = fixture("storage_v1_book.json");
    let book = decode(&text).unwrap().book;
    assert_eq!(book.nce_catalog, None);
    assert_eq!(book.settings.profile, RulesProfile::P2018);
    let stored = serde_json::to_value(&book).unwrap();
    let original: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        stored, original,
        "the new optional fields are not written while empty"
    );
    let state = derive(&book, day(2019, 6, 30));
    assert!(state.subscriptions.iter().all(|s| s.nce.is_none()));
    assert!(state.lines.iter().all(|l| l.nce.is_none()));
}

#[test]
fn o11_a_fresh_book_bills_new_commerce_from_the_sample_catalog_of_n3() {
    let mut book = empty_book();
    book.settings.profile = RulesProfile::P2022;
    let offers = partnerdesk_core::billing::offer_catalog(&book, day(2025, 1, 1));
    assert_eq!(
        offers.offer(BUSINESS_STANDARD).map(|o| o.name.as_str()),
        Some("Microsoft 365 Business Standard")
    );
    assert_eq!(book.nce_catalog().as_ref(), &nce_sample_catalog());
}
