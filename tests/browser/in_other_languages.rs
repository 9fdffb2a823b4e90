//! Pages in Dutch and German (issue 15): the app started in a browser of that language shows
//! its headings, labels and results in it, with dates and amounts in the locale's form.

use crate::imports_page::{business_premium, paste, PRICE_HEADER};
use crate::reconcile_page::{choose_file_labelled, june_book, june_file};
use crate::support::*;
use crate::workflows_support::*;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn a_price_list_is_checked_in_german_with_german_dates_and_amounts() {
    let store = store_with(&contoso_book(d(2018, 6, 1)));
    let app = app_in("/imports", store, d(2018, 6, 5), "de-DE");
    let root = &app.root;
    settled().await;
    assert_eq!(heading(root), "Importe");
    let csv = format!(
        "{PRICE_HEADER}\n{}\n",
        business_premium("CHG", "13.00", "15.60")
    );
    paste(root, "CSV mit Preisliste", &csv).await;
    press(&button(root, "Preisliste prüfen")).await;
    assert_eq!(
        table(root, "table.import-plan"),
        vec![vec![
            "2",
            "CHG",
            "Office 365 Business Premium",
            "12,50",
            "13,00",
            "15,60",
            "Neuer Preis ab 05.06.2018"
        ]]
    );
    assert!(has_button(root, "Preisliste übernehmen"));
}

#[wasm_bindgen_test]
async fn a_reconciliation_reads_in_dutch_with_dutch_amounts() {
    let book = june_book();
    let file = june_file(&book).replace(",2,40.00,", ",2,46.00,");
    let app = app_in(
        "/billing/reconcile",
        store_with(&book),
        d(2018, 6, 20),
        "nl",
    );
    let root = &app.root;
    settle().await;
    assert_eq!(heading(root), "Het bestand van Microsoft reconciliëren");
    choose_file_labelled(root, "Reconciliatiebestand", &file).await;
    assert_eq!(text(root, "#recon-difference"), "US$\u{a0}6,00");
    assert_eq!(text(root, "[data-group='Amount differs']"), "1");
    let rows = table(root, ".recon-lines");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], "Bedrag verschilt");
    assert!(rows[0][5].starts_with("01-06-2018 – "), "{}", rows[0][5]);
    assert_eq!(rows[0][10], "6,00");
}
