//! The Imports page through the whole app on memory storage and a fixed date: a file is
//! previewed, then applied as one recorded action; a file with a bad row names the row and
//! changes nothing.

use crate::support::*;
use crate::workflows_support::*;
use partnerdesk::store::{BookLoad, Store};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::sample_catalog::{E3, O365_BUSINESS_PREMIUM};
use partnerdesk_core::Money;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlInputElement};

pub(crate) const PRICE_HEADER: &str = "Change Indicator,Valid from Date,Valid to Date,Offer Display Name,Offer ID,License Agreement Type,Purchase Unit,Secondary License Type,End Customer Type,List Price,ERP Price";
const CUSTOMER_HEADER: &str = "Company name,Domain,Country,Segment,Reseller MPN ID";

pub(crate) fn business_premium(change: &str, price: &str, erp: &str) -> String {
    format!("{change},10/1/2017,,Office 365 Business Premium,{O365_BUSINESS_PREMIUM},Corporate,1 Month,Non-specific,Commercial,{price},{erp}")
}

fn e3_unchanged() -> String {
    format!(
        "UNC,10/1/2017,,Office 365 E3,{E3},Corporate,1 Month,Non-specific,Commercial,20.00,24.00"
    )
}

/// The book as the store holds it now.
pub(crate) fn stored(store: &Store) -> std::sync::Arc<Book> {
    match store.load_book() {
        BookLoad::Loaded(book) => book,
        _ => panic!("the book is stored"),
    }
}

/// Pastes `text` into the textarea labelled `label` as a user would. Its `value` property is
/// set the way an input's is, so the input helper serves.
pub(crate) async fn paste(root: &Element, label: &str, text: &str) {
    let area: HtmlInputElement = labelled(root, label);
    assert_eq!(area.tag_name(), "TEXTAREA");
    type_into(&area, text).await;
}

/// The errors the field points at with aria-describedby, while it says aria-invalid.
fn field_errors(root: &Element, label: &str) -> Vec<String> {
    let field: Element = labelled(root, label);
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = field.get_attribute("aria-describedby").unwrap_or_default();
    let alert = described
        .split_whitespace()
        .filter_map(|id| root.query_selector(&format!("[id='{id}']")).unwrap())
        .find(|e| e.get_attribute("role").as_deref() == Some("alert"))
        .unwrap_or_else(|| panic!("{label} points at no alert"));
    texts(&alert, "li")
}

#[wasm_bindgen_test]
async fn a_good_price_list_is_previewed_then_applied_to_the_catalog() {
    let store = store_with(&contoso_book(d(2018, 6, 1)));
    let app = app_at("/imports", store.clone(), d(2018, 6, 5));
    let root = &app.root;
    settled().await;
    assert_eq!(heading(root), "Imports");
    let effective: HtmlInputElement = labelled(root, "Effective date");
    assert_eq!(effective.value(), "2018-06-05", "today by default");

    let csv = format!(
        "{PRICE_HEADER}\n{}\n{}\n",
        e3_unchanged(),
        business_premium("CHG", "13.00", "15.60")
    );
    paste(root, "Price list CSV", &csv).await;
    press(&button(root, "Check price list")).await;
    assert_eq!(
        table(root, "table.import-plan"),
        vec![
            vec!["2", "UNC", "Office 365 E3", "—", "—", "—", "No change"],
            vec![
                "3",
                "CHG",
                "Office 365 Business Premium",
                "12.50",
                "13.00",
                "15.60",
                "New price from Tue 5 Jun 2018"
            ],
        ]
    );
    let events_before = stored(&store).events.len();

    press(&button(root, "Apply price list")).await;
    assert_eq!(
        text(
            root,
            "section[aria-labelledby='import-price-list'] [role=status]"
        ),
        "Price list imported: 0 offers added, 1 prices changed, 0 offers retired."
    );
    assert!(!has_button(root, "Apply price list"), "applied once");
    let book = stored(&store);
    assert_eq!(book.events.len(), events_before + 1, "one recorded action");
    let catalog = book.catalog_on(d(2018, 6, 5));
    assert_eq!(
        catalog.monthly_price_on(O365_BUSINESS_PREMIUM, d(2018, 6, 5)),
        Some(Money::parse("13.00").unwrap())
    );
    assert_eq!(
        catalog.monthly_price_on(O365_BUSINESS_PREMIUM, d(2018, 6, 4)),
        Some(Money::parse("12.50").unwrap()),
        "the past keeps its price (P8)"
    );
}

#[wasm_bindgen_test]
async fn a_price_list_with_a_bad_row_names_it_and_changes_nothing() {
    let store = store_with(&contoso_book(d(2018, 6, 1)));
    let before = stored(&store);
    let app = app_at("/imports", store.clone(), d(2018, 6, 5));
    let root = &app.root;
    settled().await;
    let csv = format!(
        "{PRICE_HEADER}\n{}\n{}\n",
        business_premium("CHG", "13.00", "15.60"),
        e3_unchanged().replacen("UNC", "XYZ", 1)
    );
    paste(root, "Price list CSV", &csv).await;
    press(&button(root, "Check price list")).await;
    assert_eq!(
        field_errors(root, "Price list CSV"),
        vec!["Line 3: The change indicator \"XYZ\" is not ADD, CHG, DEL or UNC."]
    );
    assert!(!has_button(root, "Apply price list"), "nothing to apply");
    assert!(all(root, "table.import-plan").is_empty(), "no preview");
    assert_eq!(stored(&store).events, before.events, "nothing recorded");

    // Fixed, the same file checks clean and the error is gone from the field.
    let area: Element = labelled(root, "Price list CSV");
    paste(root, "Price list CSV", &csv.replacen("XYZ", "UNC", 1)).await;
    press(&button(root, "Check price list")).await;
    assert_eq!(area.get_attribute("aria-invalid"), None);
    assert!(has_button(root, "Apply price list"));
}

#[wasm_bindgen_test]
async fn customers_are_created_all_together_or_not_at_all() {
    let store = store_with(&contoso_book(d(2018, 6, 1)));
    let before = stored(&store);
    let app = app_at("/imports", store.clone(), d(2018, 6, 5));
    let root = &app.root;
    settled().await;

    let bad = format!(
        "{CUSTOMER_HEADER}\nFabrikam,fabrikam.onmicrosoft.com,NL,Commercial,\nContoso again,CONTOSO.onmicrosoft.com,US,Commercial,\n"
    );
    paste(root, "Customers CSV", &bad).await;
    press(&button(root, "Check customers")).await;
    assert_eq!(
        field_errors(root, "Customers CSV"),
        vec!["Line 3: The domain contoso.onmicrosoft.com already belongs to the customer \"Contoso\"."]
    );
    assert!(!all(root, "button")
        .iter()
        .any(|b| b.text_content().unwrap_or_default().starts_with("Create ")));
    assert_eq!(stored(&store).events, before.events, "nothing recorded");

    let good = format!(
        "{CUSTOMER_HEADER}\nFabrikam,fabrikam.onmicrosoft.com,NL,Commercial,\n\"Northwind, Inc.\",northwind.com,us,education,4390934\n"
    );
    paste(root, "Customers CSV", &good).await;
    press(&button(root, "Check customers")).await;
    assert_eq!(
        table(root, "table.import-plan"),
        vec![
            vec![
                "Fabrikam",
                "fabrikam.onmicrosoft.com",
                "NL",
                "Commercial",
                ""
            ],
            vec![
                "Northwind, Inc.",
                "northwind.com",
                "US",
                "Education",
                "4390934"
            ],
        ]
    );
    press(&button(root, "Create 2 customers")).await;
    assert_eq!(
        text(
            root,
            "section[aria-labelledby='import-customers'] [role=status]"
        ),
        "2 customers created."
    );
    let book = stored(&store);
    assert_eq!(book.events.len(), before.events.len() + 2);
    let names: Vec<String> = book
        .events
        .iter()
        .filter_map(|e| match &e.command {
            partnerdesk_core::model::command::Command::CreateCustomer(c) => {
                Some(c.company_name.clone())
            }
            _ => None,
        })
        .collect();
    assert_eq!(names, vec!["Contoso", "Fabrikam", "Northwind, Inc."]);
}
