//! The dashboard as today moves: expiring trials, renewals, deletions ahead.

use super::*;

#[wasm_bindgen_test]
async fn moving_today_expires_a_trial_and_the_dashboard_shows_it() {
    let mut book = contoso_book(d(2018, 6, 1));
    book.execute(
        Command::SignUpTrial {
            ids: NewIds {
                subscription_id: "7a1d0c5e-1c2d-4e5f-8a9b-24c8d9591708".into(),
                billing_id: "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e6f".into(),
                order_id: "566890604832738112".into(),
                reference_id: None,
            },
            customer_id: CONTOSO.into(),
            offer_id: E3_TRIAL.into(),
        },
        d(2018, 6, 1),
    )
    .unwrap();
    let app = app_at("/", store_with(&book), d(2018, 6, 1));
    let root = &app.root;
    settle().await;
    assert!(text(root, "main").contains("No trial ends within 7 days."));

    let day: HtmlInputElement = labelled(root, "Move today to");
    type_into(&day, "2018-06-26").await;
    press(&button(root, "Move today")).await;
    let ending = table(root, "section[aria-labelledby=ending-heading] table");
    assert_eq!(
        ending[0][..4],
        ["Contoso", "Office 365 E3 Trial", "Sun 1 Jul 2018", "5"]
    );

    type_into(&day, "2018-07-02").await;
    press(&button(root, "Move today")).await;
    let expired = table(root, "section[aria-labelledby=expired-heading] table");
    assert_eq!(expired[0][1], "Office 365 E3 Trial");
    assert_eq!(
        expired[0][3],
        "Data can be restored by a purchase of Office 365 E3."
    );
    assert!(text(root, "main").contains("No trial ends within 7 days."));
}

#[wasm_bindgen_test]
async fn the_dashboard_lists_renewals_and_cancelled_subscriptions_nearing_deletion() {
    let mut book = contoso_with_e3(BillingFrequency::Annual, 5, d(2018, 6, 1));
    book.execute(
        purchase(
            "fb977ab5-1c2d-4e5f-8a9b-24c8d9591709",
            BillingFrequency::Monthly,
            2,
        ),
        d(2018, 6, 1),
    )
    .unwrap();
    book.execute(
        Command::Cancel {
            subscription_id: "fb977ab5-1c2d-4e5f-8a9b-24c8d9591709".into(),
            order: None,
        },
        d(2018, 6, 2),
    )
    .unwrap();
    let app = app_at("/", store_with(&book), d(2018, 8, 25));
    let root = &app.root;
    settled().await;
    let deletions = table(root, "section[aria-labelledby=deletions-heading] table");
    assert_eq!(
        deletions,
        vec![vec![
            "Contoso".to_string(),
            "Office 365 E3".into(),
            "Fri 31 Aug 2018".into(),
            "6".into()
        ]]
    );
    assert!(text(root, "main").contains("No renewals in the next 30 days."));

    type_into(&labelled(root, "Move today to"), "2019-05-10").await;
    press(&button(root, "Move today")).await;
    let renewals = table(root, "section[aria-labelledby=renewals-heading] table");
    assert_eq!(
        renewals[0][..3],
        ["Contoso", "Office 365 E3", "Sat 1 Jun 2019"]
    );
    assert_eq!(renewals[0][3], "22");
}
