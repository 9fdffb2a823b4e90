//! The dashboard's tiles and chart show the core's cockpit; Billing's subtotals and a
//! customer's statement show the core's invoice.

use super::*;
use partnerdesk::components::format::money_in;
use partnerdesk_core::billing::derive::{derive, derive_months};
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::reports::board::board;
use partnerdesk_core::reports::cockpit::{cockpit, CHART_WINDOW};

#[wasm_bindgen_test]
async fn the_tiles_and_the_chart_table_show_the_cores_cockpit() {
    let book = contoso_with_e3(BillingFrequency::Monthly, 10, d(2018, 6, 1));
    let today = d(2018, 9, 20);
    let state = derive_months(&book, today, CHART_WINDOW);
    let expected = cockpit(&state, &board(&state, &offer_catalog(&book, today)));
    assert_eq!(
        expected.monthly_recurring,
        Money::from_int(200),
        "10 × 20.00"
    );

    let app = app_at("/", store_with(&book), today);
    let root = &app.root;
    settled().await;
    let tile = |id: &str| text(root, &format!("[data-tile={id}] .tile-figure"));
    assert_eq!(tile("customers"), expected.customers.to_string());
    assert_eq!(tile("active"), expected.active_subscriptions.to_string());
    assert_eq!(tile("seats"), "10");
    assert_eq!(tile("monthly"), money_in(expected.monthly_recurring, "USD"));
    assert_eq!(tile("monthly"), "200.00 USD");
    assert_eq!(tile("next-invoice"), "200.00 USD");
    assert_eq!(
        text(root, "[data-tile=next-invoice] .tile-label"),
        "Next invoice, Mon 15 Oct 2018"
    );
    assert_eq!(tile("trials"), "0");
    assert_eq!(tile("windows"), "0");
    assert!(root.query_selector(".first-steps").unwrap().is_none());

    let months = table(root, "table.chart-figures");
    assert_eq!(months.len(), expected.months.len());
    let shown: Vec<(String, String)> = months
        .iter()
        .map(|r| (r[0].clone(), r[2].clone()))
        .collect();
    assert_eq!(shown[0], ("Apr 2018".to_string(), "0.00".to_string()));
    assert_eq!(
        shown[5],
        ("Sep 2018".to_string(), money_text(expected.months[5].total))
    );
    assert_eq!(months[6][1], "Next invoice, as it stands");
    assert_eq!(shown[6], ("Oct 2018".to_string(), "200.00".to_string()));
    assert_eq!(months[7][1], "Forecast");
    let bars = all(root, ".invoice-chart svg rect");
    assert_eq!(bars.len(), 18);
    let heights: Vec<String> = bars
        .iter()
        .map(|b| b.get_attribute("height").unwrap())
        .collect();
    let core: Vec<String> = expected
        .months
        .iter()
        .map(|m| m.height.to_string())
        .collect();
    assert_eq!(heights, core);
}

#[wasm_bindgen_test]
async fn an_empty_book_says_what_to_do_first() {
    let app = app_at("/", store_with(&contoso_book(d(2018, 6, 1))), d(2018, 6, 1));
    let root = &app.root;
    settled().await;
    assert!(
        root.query_selector(".first-steps").unwrap().is_none(),
        "Contoso is a customer"
    );

    let mut empty = contoso_book(d(2018, 6, 1));
    empty.events.clear();
    let app = app_at("/", store_with(&empty), d(2018, 6, 1));
    let root = &app.root;
    settled().await;
    assert_eq!(
        text(root, "#first-steps-heading"),
        "Your book has no customers yet"
    );
    assert_eq!(
        link(root, "Set up the partner")
            .get_attribute("href")
            .as_deref(),
        Some("/settings")
    );
    press(&button(root, "Open a demo book…")).await;
    assert!(has_button(root, "Fill my book with the demo"));
    press(&button(root, "Cancel")).await;
    assert!(has_button(root, "Open a demo book…"));

    press(&button(root, "Open a demo book…")).await;
    press(&button(root, "Fill my book with the demo")).await;
    until("the demo's customers", || {
        root.query_selector("[data-tile=customers] .tile-figure")
            .unwrap()
            .is_some_and(|t| t.text_content().as_deref() == Some("12"))
    })
    .await;
    assert!(root.query_selector(".first-steps").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn billing_shows_subtotals_by_customer_and_a_customers_statement() {
    let mut book = contoso_with_e3(BillingFrequency::Monthly, 10, d(2018, 6, 1));
    book.execute(
        purchase(
            "fb977ab5-1c2d-4e5f-8a9b-24c8d9591709",
            BillingFrequency::Annual,
            2,
        ),
        d(2018, 6, 5),
    )
    .unwrap();
    let today = d(2018, 6, 20);
    let invoice = derive(&book, today).invoice(d(2018, 6, 15));
    let subtotals = invoice.customer_subtotals();
    assert_eq!(subtotals.len(), 1);

    let app = app_at("/billing", store_with(&book), today);
    let root = &app.root;
    settled().await;
    let rows = table(root, "table.subtotals");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], "Contoso");
    assert_eq!(rows[0][1], subtotals[0].line_count.to_string());
    assert_eq!(rows[0][2], money_text(subtotals[0].total));
    let totals = texts(root, "table.subtotals tfoot th, table.subtotals tfoot td");
    assert_eq!(
        totals[..3],
        [
            "Invoice total".to_string(),
            invoice.lines.len().to_string(),
            money_text(invoice.total)
        ]
    );

    press(&button(root, "Statement for Contoso")).await;
    assert_eq!(
        text(root, "#statement-heading"),
        "Statement of invoice PD20180615 for Contoso"
    );
    assert_eq!(text(root, ".statement-customer"), "Contoso");
    assert_eq!(
        text(root, ".statement-total"),
        money_in(subtotals[0].total, "USD")
    );
    assert_eq!(
        table(root, ".statement table.lines").len(),
        subtotals[0].line_count
    );
    press(&button(root, "Close the statement")).await;
    assert!(root.query_selector(".statement").unwrap().is_none());
}
