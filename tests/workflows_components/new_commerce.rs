//! A new commerce (profile 2022) book in the app: a purchase choosing term and plan with the
//! prices side by side, seats added then reduced on day 7 and refused on day 8 at the field,
//! a cancellation on day 3 with its refund previewed.

use super::*;
use partnerdesk::store::{Store, SETTINGS_KEY};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::nce::order::OrderIds;
use partnerdesk_core::model::nce::sample_catalog::{BUSINESS_PREMIUM, BUSINESS_STANDARD};
use partnerdesk_core::model::nce::term::{BillingPlan, Term, TermPlan};
use partnerdesk_core::model::settings::{PartnerSettings, RulesProfile};

const SUB: &str = "fb977ab5-1c2d-4e5f-8a9b-24c8d9591708";

fn nce_settings() -> PartnerSettings {
    PartnerSettings {
        profile: RulesProfile::P2022,
        program_chosen: true,
        ..PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into())
    }
}

/// Contoso on a 2022 book created on `on`, the settings saying 2022 as Settings would.
fn nce_contoso(on: chrono::NaiveDate) -> Book {
    let mut book = contoso_book(on);
    book.settings = nce_settings();
    book
}

fn nce_store(book: &Book) -> Store {
    let store = store_with(book);
    store.save(SETTINGS_KEY, &nce_settings()).unwrap();
    store
}

fn order(n: u32) -> OrderIds {
    OrderIds {
        order_id: format!("0a000000-0000-4000-8000-{n:012}"),
        reference_id: format!("0b000000-0000-4000-8000-{n:012}"),
    }
}

/// Contoso's `seats` seats of `offer` for `term`/`plan`, bought on `on` through the core.
fn bought(
    book: &mut Book,
    on: chrono::NaiveDate,
    offer: &str,
    tp: (Term, BillingPlan),
    seats: u32,
) {
    let term_plan = TermPlan::new(tp.0, tp.1).unwrap();
    let ids = order(1);
    let command = Command::Purchase {
        ids: NewIds {
            subscription_id: SUB.into(),
            billing_id: SUB.into(),
            order_id: ids.order_id,
            reference_id: Some(ids.reference_id),
        },
        customer_id: CONTOSO.into(),
        offer_id: offer.into(),
        quantity: seats,
        frequency: term_plan.plan.frequency(),
        nickname: None,
        term_plan: Some(term_plan),
    };
    book.execute(command, on).unwrap();
}

#[wasm_bindgen_test]
async fn n1_n3_a_purchase_chooses_term_and_plan_with_each_price_side_by_side() {
    let store = nce_store(&nce_contoso(d(2025, 5, 1)));
    let app = contoso_page(store, d(2025, 5, 1));
    let root = &app.root;
    settle().await;
    press(&button(root, "Purchase a subscription")).await;
    assert!(
        !text(root, ".action-form").contains("Choose a term and billing plan."),
        "a form that has just opened is not in error"
    );
    choose(&labelled(root, "Offer"), BUSINESS_STANDARD).await;
    type_into(&labelled(root, "Seats"), "10").await;
    let prices = table(root, "table.prices");
    assert_eq!(
        prices,
        [
            [
                "1 month, paid up front",
                "15.00 USD per seat per month",
                "15.00 USD",
                "150.00 USD",
                "+20 %"
            ],
            [
                "1 year, paid up front",
                "150.00 USD per seat per year",
                "12.50 USD",
                "1,500.00 USD",
                "±0 %"
            ],
            [
                "1 year, billed monthly",
                "13.13 USD per seat per month",
                "13.13 USD",
                "131.30 USD",
                "+5 %"
            ],
        ]
    );
    assert!(text(root, ".action-form").contains("Choose a term and billing plan."));
    press(&labelled(root, "1 year, billed monthly")).await;
    let line = &table(root, ".preview table.lines")[0];
    assert_eq!(
        (line[1].as_str(), line[3].as_str(), line[5].as_str()),
        ("new", "10", "131.30")
    );
    press(&button(root, "Confirm purchase")).await;
    assert_eq!(text(root, ".status"), "Subscription purchased.");
    let row = &table(root, "table.subscriptions")[0];
    assert_eq!(
        (row[0].as_str(), row[4].as_str()),
        ("Active", "1 year, billed monthly")
    );
}

/// Business Premium, 10 seats on 4/3/2023 billed monthly for a year, 5 more on 4/20.
fn premium_with_added_seats() -> Book {
    let mut book = nce_contoso(d(2023, 4, 1));
    bought(
        &mut book,
        d(2023, 4, 3),
        BUSINESS_PREMIUM,
        (Term::P1Y, BillingPlan::Monthly),
        10,
    );
    let add = Command::ChangeQuantity {
        subscription_id: SUB.into(),
        quantity: 15,
        order: Some(order(2)),
    };
    book.execute(add, d(2023, 4, 20)).unwrap();
    book
}

#[wasm_bindgen_test]
async fn n14_seats_added_can_be_reduced_on_day_7_and_not_on_day_8() {
    let store = nce_store(&premium_with_added_seats());
    let app = contoso_page(store.clone(), d(2023, 4, 26));
    let root = &app.root;
    settle().await;
    press(&named_button(root, "Manage Microsoft 365 Business Premium")).await;
    assert!(text(root, "ul.batches")
        .contains("5 seats added Thu 20 Apr 2023: can be removed until Wed 26 Apr 2023"));
    press(&button(root, "Change seats")).await;
    type_into(&labelled(root, "New number of seats"), "12").await;
    let lines = table(root, ".preview table.lines");
    let removed: Vec<&str> = lines.iter().map(|l| l[5].as_str()).collect();
    assert_eq!(removed[..2], ["-77.00", "61.60"], "{lines:?}");
    press(&button(root, "Confirm seat change")).await;
    assert_eq!(text(root, ".status"), "Seats changed.");
    drop(app);

    let app = contoso_page(store.clone(), d(2023, 4, 27));
    let root = &app.root;
    settle().await;
    press(&named_button(root, "Manage Microsoft 365 Business Premium")).await;
    press(&button(root, "Change seats")).await;
    let seats: HtmlInputElement = labelled(root, "New number of seats");
    type_into(&seats, "10").await;
    assert_eq!(seats.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        text(root, "#seats-quantity-error"),
        "Seats can only be reduced within 7 days of being added; the last such day for these seats was 4/26/2023. Schedule the lower quantity for the renewal on 4/3/2024 instead."
    );
    let before = store.load_book();
    press(&button(root, "Confirm seat change")).await;
    assert_eq!(store.load_book(), before, "a refusal records nothing");
    assert_eq!(table(root, "table.subscriptions")[0][3], "12");
}

#[wasm_bindgen_test]
async fn n15_a_cancellation_on_day_3_previews_its_refund() {
    let mut book = nce_contoso(d(2023, 7, 1));
    bought(
        &mut book,
        d(2023, 7, 15),
        BUSINESS_STANDARD,
        (Term::P1M, BillingPlan::Monthly),
        10,
    );
    let store = nce_store(&book);
    let app = contoso_page(store, d(2023, 7, 17));
    let root = &app.root;
    settle().await;
    press(&named_button(
        root,
        "Manage Microsoft 365 Business Standard",
    ))
    .await;
    assert!(text(root, ".facts").contains("Fri 21 Jul 2023 (cancel with a refund until then)"));
    press(&button(root, "Cancel subscription")).await;
    let refund = table(root, ".preview table.lines");
    assert_eq!(
        refund[0],
        [
            "Microsoft 365 Business Standard",
            "cancelImmediate",
            "Mon 17 Jul 2023 – Mon 14 Aug 2023",
            "10",
            "15.00",
            "-140.32",
            "Tue 8 Aug 2023",
        ]
    );
    // The renewal of 8/15 will no longer come: the net effect is both.
    let no_longer: Vec<Vec<String>> = all(root, ".preview table.lines")
        .iter()
        .find(|t| text(t, "caption") == "Charge lines no longer expected")
        .map(|t| table(t, ""))
        .expect("the lines no longer expected");
    assert_eq!(
        no_longer[0][1..3],
        ["renew", "Tue 15 Aug 2023 – Thu 14 Sep 2023"]
    );
    assert!(text(root, ".preview .net").contains("-290.32"));
    press(&button(root, "Confirm cancellation")).await;
    assert_eq!(text(root, ".status"), "Subscription cancelled.");
    assert_eq!(table(root, "table.subscriptions")[0][0], "Canceled");
}
