//! The frame: navigation, deep links, the not-found page, today, the storage banner.

use crate::support::*;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use partnerdesk::store::Store;
use partnerdesk::Shell;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlInputElement, HtmlSelectElement};

fn mount_shell() -> Mounted<impl Mountable> {
    mount(|| {
        let real_today = NaiveDate::from_ymd_opt(2025, 11, 22).unwrap();
        view! { <Shell store=Store::in_memory() real_today /> }
    })
}

/// The shell on a fresh book, once the first visit's question is answered (legacy 2018: these
/// tests are about the frame).
async fn mount_started_shell() -> Mounted<impl Mountable> {
    let app = mount_shell();
    settle().await;
    start_with_program(&app.root, "Legacy license-based (2018)").await;
    app
}

#[wasm_bindgen_test]
async fn navigation_reaches_every_page_and_marks_the_current_one() {
    open_at("/");
    let app = mount_started_shell().await;
    let root = &app.root;
    assert_eq!(heading(root), "Dashboard");
    for (label, expected) in [
        ("Catalog", "Catalog"),
        ("Customers", "Customers"),
        ("Billing", "Billing"),
        ("Settings", "Settings"),
        ("Dashboard", "Dashboard"),
    ] {
        click(&link(root, label)).await;
        until(&format!("{expected} after clicking {label}"), || {
            heading(root) == expected
        })
        .await;
        assert_eq!(
            link(root, label).get_attribute("aria-current").as_deref(),
            Some("page")
        );
    }
    click(&link(root, "Billing")).await;
    until(
        "an empty book's Billing page says no invoice was issued",
        || text(root, "main").contains("No invoice has been issued up to today."),
    )
    .await;
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_its_page_and_an_unknown_path_says_not_found() {
    open_at("/customers/c-42");
    let app = mount_shell();
    let root = &app.root;
    settle().await;
    assert_eq!(heading(root), "Customer c-42");
    drop(app);

    open_at("/no/such/page");
    let app = mount_shell();
    let root = &app.root;
    settle().await;
    assert_eq!(heading(root), "Page not found");
    assert!(text(root, "main").contains("/no/such/page"));
    open_at("/");
}

#[wasm_bindgen_test]
async fn moving_today_changes_the_header_and_what_the_core_computes() {
    open_at("/");
    let app = mount_started_shell().await;
    let root = &app.root;
    assert_eq!(text(root, ".today-line"), "Today: Sat 22 Nov 2025");
    assert!(!has_button(root, "Back to the real date"));

    let day: HtmlInputElement = labelled(root, "Move today to");
    type_into(&day, "2018-06-01").await;
    click(&button(root, "Move today")).await;
    let moved = "Today: Fri 1 Jun 2018 (moved; the real date is Sat 22 Nov 2025)";
    until(moved, || text(root, ".today-line") == moved).await;
    // The dashboard hands the moved today to the core: billing day 15 → next 15 Jun 2018.
    assert!(text(root, "[data-tile=next-invoice]").contains("Fri 15 Jun 2018"));

    type_into(&day, "").await;
    click(&button(root, "Move today")).await;
    assert_eq!(day.get_attribute("aria-invalid").as_deref(), Some("true"));
    // The example is the real date, written as the chosen language writes dates.
    assert_eq!(
        text(root, "#today-error"),
        "Enter a date, such as Sat 22 Nov 2025."
    );
    assert!(text(root, ".today-line").starts_with("Today: Fri 1 Jun 2018"));

    click(&button(root, "Back to the real date")).await;
    until("back to the real date", || {
        text(root, ".today-line") == "Today: Sat 22 Nov 2025"
    })
    .await;
    assert_eq!(day.get_attribute("aria-invalid"), None);
}

#[wasm_bindgen_test]
async fn without_storage_a_banner_says_nothing_will_be_saved() {
    open_at("/");
    let app = mount_shell();
    let root = &app.root;
    settle().await;
    assert_eq!(
        text(root, "[role=alert]"),
        "Storage is unavailable: nothing will be saved."
    );
}

#[wasm_bindgen_test]
async fn o11_the_first_visit_asks_the_program_with_nothing_preselected_and_settings_keep_it() {
    open_at("/");
    let app = mount_shell();
    let root = &app.root;
    settle().await;
    let dialog: web_sys::HtmlDialogElement = root
        .query_selector("dialog.first-visit")
        .unwrap()
        .expect("the first visit's question")
        .unchecked_into();
    until("the question is open", || dialog.open()).await;
    let choices = [
        "New commerce (2022)",
        "Legacy license-based (2018)",
        "Legacy license-based (2017)",
    ];
    for label in choices {
        let radio: HtmlInputElement = labelled(root, label);
        assert!(!radio.checked(), "{label} is not preselected");
    }
    assert!(
        text(root, "dialog.first-visit").contains("every license-based purchase since 9/1/2024")
    );
    click(&button(root, "Start with this program")).await;
    assert_eq!(
        text(root, "dialog.first-visit .field-error"),
        "Choose the program your customers' subscriptions are billed under."
    );
    assert!(dialog.open(), "nothing chosen, nothing saved");

    start_with_program(root, "New commerce (2022)").await;
    until("the question closes", || !dialog.open()).await;
    assert!(text(root, ".facts").contains("2022"));
    assert!(text(root, "main").contains("Windows closing within 2 days"));
    click(&link(root, "Settings")).await;
    until("Settings", || heading(root) == "Settings").await;
    let chosen: HtmlInputElement = labelled(root, "New commerce (2022)");
    assert!(chosen.checked(), "Settings show the program chosen");
}

#[wasm_bindgen_test]
async fn choosing_a_language_rewrites_the_header_and_the_figures() {
    open_at("/");
    let app = mount_shell();
    let root = &app.root;
    settle().await;
    assert_eq!(text(root, ".invoice-total"), "0.00 USD");

    for (tag, today, nav, total) in [
        ("nl", "Vandaag: 22-11-2025", "Klanten", "US$\u{a0}0,00"),
        ("de", "Heute: 22.11.2025", "Kunden", "0,00\u{a0}$"),
    ] {
        choose_language(root, "Language", tag).await;
        until(today, || text(root, ".today-line") == today).await;
        link(root, nav);
        assert_eq!(text(root, ".invoice-total"), total);
        let html = document().document_element().unwrap();
        assert_eq!(html.get_attribute("lang").as_deref(), Some(tag));
        // Back to English through the label the chosen language gives the choice.
        let label = if tag == "nl" { "Taal" } else { "Sprache" };
        choose_language(root, label, "en").await;
        until("back to English", || {
            text(root, ".today-line") == "Today: Sat 22 Nov 2025"
        })
        .await;
    }
}

/// Chooses the language whose choice is labelled `label` (in the language shown), as a user does.
async fn choose_language(root: &web_sys::Element, label: &str, tag: &str) {
    let select: HtmlSelectElement = labelled(root, label);
    select.set_value(tag);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
}
