//! The Reconcile page (issue 12) through the whole app on memory storage and a fixed date:
//! a file chosen as a partner chooses it is read and matched against the book's invoice, the
//! summary counts what differs, the difference links to its subscription; and a new partner
//! starts the book from the file. Under new commerce, a file of another month than the invoice
//! chosen is said to be so, and one button compares it with its own month's invoice.

use crate::imports_page::stored;
use crate::support::*;
use crate::workflows_support::*;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::nce::sample_catalog::BUSINESS_STANDARD;
use partnerdesk_core::model::nce::term::{BillingPlan, Term, TermPlan};
use partnerdesk_core::model::sample_catalog::E3;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconciliation::invoice_recon_file;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlInputElement};

const SUB_1: &str = "11111111-1c2d-4e5f-8a9b-24c8d9591708";
const SUB_2: &str = "22222222-1c2d-4e5f-8a9b-24c8d9591708";

/// Contoso with two E3 subscriptions bought 6/1/2018: 1 and 2 licenses, 20.00 and 40.00 on
/// the 6/15 invoice.
pub(crate) fn june_book() -> Book {
    let mut book = contoso_book(d(2018, 6, 1));
    for (n, (id, quantity)) in [(SUB_1, 1), (SUB_2, 2)].into_iter().enumerate() {
        let command = Command::Purchase {
            ids: NewIds {
                subscription_id: id.into(),
                billing_id: format!("8f14e45f-ceea-467e-a9b4-1a2b3c4d5e6{n}"),
                order_id: format!("56689060483273811{n}"),
                reference_id: None,
            },
            customer_id: CONTOSO.into(),
            offer_id: E3.into(),
            quantity,
            frequency: BillingFrequency::Monthly,
            nickname: None,
            term_plan: None,
        };
        book.execute(command, d(2018, 6, 1)).unwrap();
    }
    book
}

pub(crate) fn june_file(book: &Book) -> String {
    let state = derive(book, d(2018, 6, 15));
    let file = invoice_recon_file(&state, book, d(2018, 6, 15), CsvDialect::Standard).unwrap();
    String::from_utf8(file.bytes).unwrap()
}

/// Under new commerce: Contoso with 10 seats of Business Standard for a month paid up front,
/// bought 5/5/2025 and renewed on 6/5: May's invoice is dated 6/8, June's 7/8 (N7).
fn new_commerce_book() -> Book {
    let mut book = contoso_book(d(2025, 5, 5));
    book.settings.profile = RulesProfile::P2022;
    let command = Command::Purchase {
        ids: NewIds {
            subscription_id: SUB_1.into(),
            billing_id: SUB_1.into(),
            order_id: "5e1f0a6c-0001-4d2b-9c3e-6a7b8c9d0e01".into(),
            reference_id: Some("7d71c595-4635-40d1-a9e2-b34e63b01764".into()),
        },
        customer_id: CONTOSO.into(),
        offer_id: BUSINESS_STANDARD.into(),
        quantity: 10,
        frequency: BillingFrequency::Monthly,
        nickname: None,
        term_plan: TermPlan::new(Term::P1M, BillingPlan::Monthly),
    };
    book.execute(command, d(2025, 5, 5)).unwrap();
    book
}

/// Chooses `text` as the file of the file input, as a partner does.
async fn choose_file(root: &Element, text: &str) {
    choose_file_labelled(root, "Reconciliation file", text).await;
}

/// Chooses `text` as the file of the file input labelled `label` (the label in the app's
/// language).
pub(crate) async fn choose_file_labelled(root: &Element, label: &str, text: &str) {
    let input: HtmlInputElement = labelled(root, label);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(text.as_bytes()));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "recon_2018-06-15.csv").unwrap();
    let chosen = web_sys::DataTransfer::new().unwrap();
    chosen.items().add_with_file(&file).unwrap();
    input.set_files(chosen.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    until("the file is reconciled", || {
        root.query_selector("#recon-difference").unwrap().is_some()
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_planted_difference_is_counted_shown_and_linked_to_its_subscription() {
    let book = june_book();
    let file = june_file(&book).replace(",2,40.00,", ",2,46.00,");
    let app = app_at("/billing/reconcile", store_with(&book), d(2018, 6, 20));
    settle().await;
    assert_eq!(heading(&app.root), "Reconcile Microsoft's file");
    choose_file(&app.root, &file).await;
    assert_eq!(text(&app.root, "#recon-file-total"), "66.00 USD");
    assert_eq!(text(&app.root, "#recon-book-total"), "60.00 USD");
    assert_eq!(text(&app.root, "#recon-difference"), "6.00 USD");
    assert_eq!(text(&app.root, "[data-group='Amount differs']"), "1");
    assert_eq!(text(&app.root, "[data-group='Matches']"), "1");
    let rows = table(&app.root, ".recon-lines");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], "Amount differs");
    assert_eq!(rows[0][2], SUB_2);
    assert_eq!(rows[0][10], "6.00");
    press(&link(&app.root, SUB_2)).await;
    settle().await;
    assert_eq!(heading(&app.root), "Contoso");
    assert!(app
        .root
        .query_selector("#subscription-heading")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn a_new_partner_starts_the_book_from_the_file() {
    let empty = Book::new(june_book().settings.clone(), june_book().catalog.clone());
    let store = store_with(&empty);
    let app = app_at("/billing/reconcile", store.clone(), d(2018, 6, 20));
    settle().await;
    choose_file(&app.root, &june_file(&june_book())).await;
    assert_eq!(
        text(&app.root, r#"[data-group="In Microsoft's file only"]"#),
        "2"
    );
    let country: HtmlInputElement = labelled(&app.root, "Country of the new customers");
    type_into(&country, "US").await;
    let plan = table(&app.root, ".import-plan");
    assert_eq!(
        plan.len(),
        3,
        "one customer and two subscriptions: {plan:?}"
    );
    press(&named_button(
        &app.root,
        "Record 1 customer and 2 subscriptions",
    ))
    .await;
    assert_eq!(
        text(&app.root, ".import .status"),
        "1 customer and 2 subscriptions recorded."
    );
    let recorded: Vec<&str> = stored(&store)
        .events
        .iter()
        .map(|e| e.command.action_name())
        .collect();
    assert_eq!(
        recorded,
        [
            "Customer created",
            "Existing subscription recorded",
            "Existing subscription recorded"
        ]
    );
}

#[wasm_bindgen_test]
async fn n7_a_new_commerce_file_of_another_month_is_compared_with_its_own_invoice() {
    let book = new_commerce_book();
    let state = derive(&book, d(2025, 7, 10));
    let may = invoice_recon_file(&state, &book, d(2025, 6, 8), CsvDialect::Standard).unwrap();
    let app = app_at("/billing/reconcile", store_with(&book), d(2025, 7, 10));
    settle().await;
    choose_file(&app.root, &String::from_utf8(may.bytes).unwrap()).await;
    // Held against June's invoice, the latest: May's new line and June's renewal differ.
    assert_eq!(text(&app.root, "[data-group='Matches']"), "0");
    let note = text(&app.root, ".recon-summary .notice");
    assert!(
        note.starts_with(
            "This file's charges are on the invoice of Sun 8 Jun 2025, not on the one of Tue 8 Jul 2025."
        ),
        "{note}"
    );
    press(&named_button(
        &app.root,
        "Compare with the invoice of Sun 8 Jun 2025",
    ))
    .await;
    until("May's invoice is compared", || {
        text(&app.root, "[data-group='Matches']") == "1"
    })
    .await;
    assert_eq!(text(&app.root, "#recon-difference"), "0.00 USD");
    assert_eq!(text(&app.root, "[data-group='Amount differs']"), "0");
    assert_eq!(text(&app.root, "[data-group='In PartnerDesk only']"), "0");
}
