//! The partner workflows in headless Chromium, through the whole app (Shell) on memory storage
//! and a fixed date: what the partner sees after each step is what the core's rules say.
#![cfg(target_arch = "wasm32")]

#[allow(dead_code)]
#[path = "browser/support.rs"]
mod support;
mod workflows_support;

use partnerdesk::components::format::money_text;
use partnerdesk_core::catalog::BillingFrequency;
use partnerdesk_core::command::{Command, NewIds};
use partnerdesk_core::sample_catalog::{E3, E3_TRIAL};
use partnerdesk_core::Money;
use support::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use workflows_support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn purchase(subscription: &str, frequency: BillingFrequency, quantity: u32) -> Command {
    Command::Purchase {
        ids: NewIds {
            subscription_id: subscription.into(),
            billing_id: "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e6f".into(),
            order_id: "566890604832738111".into(),
        },
        customer_id: CONTOSO.into(),
        offer_id: E3.into(),
        quantity,
        frequency,
        nickname: None,
    }
}

/// Contoso with `quantity` E3 billed `frequency`, bought on `on`.
fn contoso_with_e3(
    frequency: BillingFrequency,
    quantity: u32,
    on: chrono::NaiveDate,
) -> partnerdesk_core::book::Book {
    let mut book = contoso_book(d(2018, 6, 1));
    book.execute(
        purchase("fb977ab5-1c2d-4e5f-8a9b-24c8d9591708", frequency, quantity),
        on,
    )
    .unwrap();
    book
}

/// The app on Contoso's page.
fn contoso_page(
    store: partnerdesk::store::Store,
    today: chrono::NaiveDate,
) -> support::Mounted<impl leptos::prelude::Mountable> {
    app_at(&format!("/customers/{CONTOSO}"), store, today)
}

#[wasm_bindgen_test]
async fn a_new_customer_with_bad_fields_is_refused_at_each_field_and_nothing_is_recorded() {
    let app = app_at(
        "/customers",
        store_with(&contoso_book(d(2018, 6, 1))),
        d(2018, 6, 5),
    );
    let root = &app.root;
    settle().await;
    assert_eq!(text(root, "#customer-count"), "1 customers.");
    press(&button(root, "New customer")).await;
    type_into(&labelled(root, "Company name"), " ").await;
    type_into(&labelled(root, "Primary domain"), "contoso").await;
    type_into(&labelled(root, "Country"), "usa").await;
    type_into(&labelled(root, "Reseller MPN id (optional)"), "12").await;
    press(&button(root, "Create customer")).await;
    for field in ["company_name", "domain", "country", "reseller_mpn_id"] {
        let input: HtmlInputElement = labelled(
            root,
            match field {
                "company_name" => "Company name",
                "domain" => "Primary domain",
                "country" => "Country",
                _ => "Reseller MPN id (optional)",
            },
        );
        assert_eq!(
            input.get_attribute("aria-invalid").as_deref(),
            Some("true"),
            "{field}"
        );
        let described = input.get_attribute("aria-describedby").unwrap();
        assert!(
            described.contains(&format!("{field}-error")),
            "{field}: {described}"
        );
        assert!(!text(root, &format!("#{field}-error")).is_empty());
    }
    assert_eq!(
        text(root, "#customer-count"),
        "1 customers.",
        "nothing recorded"
    );

    // The core's own refusal (a domain in use) lands at its field too.
    type_into(&labelled(root, "Company name"), "Contoso Two").await;
    type_into(&labelled(root, "Primary domain"), "contoso.onmicrosoft.com").await;
    type_into(&labelled(root, "Country"), "us").await;
    type_into(&labelled(root, "Reseller MPN id (optional)"), "").await;
    press(&button(root, "Create customer")).await;
    assert!(text(root, "#domain-error").contains("already uses the domain"));
    assert_eq!(text(root, "#customer-count"), "1 customers.");
}

#[wasm_bindgen_test]
async fn create_sign_up_refuse_a_second_trial_and_convert_to_annual() {
    let app = app_at(
        "/customers",
        partnerdesk::store::Store::in_memory(),
        d(2018, 6, 5),
    );
    let root = &app.root;
    settle().await;
    press(&button(root, "New customer")).await;
    type_into(&labelled(root, "Company name"), "Fabrikam").await;
    type_into(
        &labelled(root, "Primary domain"),
        "fabrikam.onmicrosoft.com",
    )
    .await;
    type_into(&labelled(root, "Country"), "nl").await;
    press(&button(root, "Create customer")).await;
    until("the new customer's page", || heading(root) == "Fabrikam").await;
    assert!(text(root, ".customer-facts").contains("NL"));

    press(&button(root, "Sign up for a trial")).await;
    let trial: HtmlSelectElement = labelled(root, "Trial offer");
    choose(&trial, E3_TRIAL).await;
    let facts = table(root, ".preview .facts-table");
    assert!(
        facts.contains(&vec![
            "Trial expires".into(),
            "—".into(),
            "Thu 5 Jul 2018".into()
        ]),
        "{facts:?}"
    );
    press(&button(root, "Sign up for trial")).await;
    assert_eq!(text(root, ".status"), "Trial signed up.");
    let rows = table(root, "table.subscriptions");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], "Trial");
    assert_eq!(rows[0][1], "Office 365 E3 Trial");
    assert_eq!(rows[0][7], "30", "days left");

    // T3: one trial per offer, ever; refused before and at confirmation, nothing recorded.
    press(&button(root, "Sign up for a trial")).await;
    choose(&labelled(root, "Trial offer"), E3_TRIAL).await;
    assert!(text(root, ".refusal").starts_with("Refused (T3)"));
    press(&button(root, "Sign up for trial")).await;
    assert!(text(root, ".refusal").contains("one trial per offer"));
    assert_eq!(table(root, "table.subscriptions").len(), 1);

    press(&named_button(root, "Manage Office 365 E3 Trial")).await;
    press(&button(root, "Convert trial to paid subscription")).await;
    let quantity: HtmlInputElement = labelled(root, "Licenses");
    assert_eq!(quantity.value(), "25", "T8: 25 unless changed");
    type_into(&quantity, "30").await;
    press(&labelled(root, "Annual")).await;
    let lines = table(root, ".preview table.lines");
    assert_eq!(
        lines,
        vec![vec![
            "Office 365 E3".to_string(),
            "Prorate fees when purchase".into(),
            "Tue 5 Jun 2018 – Tue 4 Jun 2019".into(),
            "30".into(),
            "240.00".into(),
            money_text(Money::from_int(7200)),
            "Fri 15 Jun 2018".into(),
        ]]
    );
    press(&button(root, "Convert trial")).await;
    assert_eq!(
        text(root, ".status"),
        "Trial converted to a paid subscription."
    );
    let row = &table(root, "table.subscriptions")[0];
    assert_eq!(&row[..5], ["Active", "Office 365 E3", "", "30", "Annual"]);
    assert_eq!(
        row[6], "Wed 5 Jun 2019",
        "renews 12 months after the conversion (T9)"
    );
    assert_eq!(text(root, ".invoice-total"), "7,200.00 USD");
}

#[wasm_bindgen_test]
async fn monthly_purchase_license_change_cancel_with_full_credit_and_reactivate() {
    let app = app_at(
        &format!("/customers/{CONTOSO}"),
        store_with(&contoso_book(d(2018, 6, 1))),
        d(2018, 6, 1),
    );
    let root = &app.root;
    settle().await;
    press(&button(root, "Purchase a subscription")).await;
    let monthly: HtmlInputElement = labelled(root, "Monthly");
    let licenses: HtmlInputElement = labelled(root, "Licenses");
    assert_eq!(
        (monthly.checked(), licenses.value()),
        (true, "1".to_string()),
        "form defaults"
    );
    press(&labelled(root, "Monthly")).await;
    choose(&labelled(root, "Offer"), E3).await;
    type_into(&labelled(root, "Licenses"), "10").await;
    let lines = table(root, ".preview table.lines");
    assert_eq!(lines[0][1], "Prorate fees when purchase");
    assert_eq!(lines[0][5], "200.00");
    press(&button(root, "Confirm purchase")).await;
    assert_eq!(text(root, ".status"), "Subscription purchased.");

    press(&named_button(root, "Manage Office 365 E3")).await;
    press(&button(root, "Change licenses")).await;
    type_into(&labelled(root, "New number of licenses"), "10").await;
    assert!(text(root, "#quantity-quantity-error").contains("already has 10 licenses"));
    type_into(&labelled(root, "New number of licenses"), "12").await;
    press(&button(root, "Confirm license change")).await;
    assert_eq!(text(root, ".status"), "Licenses changed.");
    assert_eq!(table(root, "table.subscriptions")[0][3], "12");

    // Ten days later, inside the first 30 days: the credit is all that was billed (C8).
    type_into(&labelled(root, "Move today to"), "2018-06-11").await;
    press(&button(root, "Move today")).await;
    press(&named_button(root, "Manage Office 365 E3")).await;
    press(&button(root, "Cancel subscription")).await;
    let credit = table(root, ".preview table.lines");
    let cancel_fee: Vec<&Vec<String>> = credit.iter().filter(|l| l[1] == "Cancel fee").collect();
    assert_eq!(
        cancel_fee,
        [&vec![
            "Office 365 E3".to_string(),
            "Cancel fee".into(),
            "Mon 11 Jun 2018 – Sat 30 Jun 2018".into(),
            "12".into(),
            "-20.00".into(),
            "-240.00".into(),
            "Fri 15 Jun 2018".into(),
        ]],
        "100% of the period at 12 licenses: {credit:?}"
    );
    assert!(text(root, ".preview .notes").contains("100% credit"));
    press(&button(root, "Confirm cancellation")).await;
    let row = &table(root, "table.subscriptions")[0];
    assert_eq!(row[0], "Suspended");
    assert_eq!(row[8], "90 (until Sun 9 Sep 2018)");

    press(&named_button(root, "Manage Office 365 E3")).await;
    press(&button(root, "Reactivate subscription")).await;
    assert!(text(root, ".preview table.lines").contains("Activation fee"));
    press(&button(root, "Confirm reactivation")).await;
    assert_eq!(table(root, "table.subscriptions")[0][0], "Active");
    let history = texts(root, "ol.history li");
    assert!(
        history[0].contains("Subscription reactivated"),
        "{history:?}"
    );
}

#[wasm_bindgen_test]
async fn an_add_on_takes_its_parents_frequency() {
    let book = contoso_with_e3(BillingFrequency::Annual, 5, d(2018, 6, 1));
    let app = contoso_page(store_with(&book), d(2018, 6, 10));
    let root = &app.root;
    settle().await;
    press(&named_button(root, "Manage Office 365 E3")).await;
    press(&button(root, "Add an add-on")).await;
    let form = root.query_selector(".action-form").unwrap().unwrap();
    assert!(
        all(&form, "input[type=radio]").is_empty(),
        "no frequency to choose"
    );
    assert!(text(&form, ".fixed-value").starts_with("Billing frequency: Annual"));
    press(&button(root, "Buy add-on")).await;
    let rows = table(root, "table.subscriptions");
    assert_eq!(rows.len(), 2);
    assert!(
        rows[1][1].contains("Add-on of Office 365 E3"),
        "{:?}",
        rows[1]
    );
    assert_eq!(rows[1][4], "Annual");
}

#[wasm_bindgen_test]
async fn moving_today_expires_a_trial_and_the_dashboard_shows_it() {
    let mut book = contoso_book(d(2018, 6, 1));
    book.execute(
        Command::SignUpTrial {
            ids: NewIds {
                subscription_id: "7a1d0c5e-1c2d-4e5f-8a9b-24c8d9591708".into(),
                billing_id: "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e6f".into(),
                order_id: "566890604832738112".into(),
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
async fn an_action_dated_before_the_last_one_is_refused_with_h1() {
    let book = contoso_with_e3(BillingFrequency::Monthly, 5, d(2018, 6, 10));
    let app = contoso_page(store_with(&book), d(2018, 6, 12));
    let root = &app.root;
    settle().await;
    type_into(&labelled(root, "Move today to"), "2018-06-05").await;
    press(&button(root, "Move today")).await;
    assert!(
        table(root, "table.subscriptions").is_empty(),
        "bought after today"
    );
    press(&button(root, "Sign up for a trial")).await;
    choose(&labelled(root, "Trial offer"), E3_TRIAL).await;
    assert!(text(root, ".refusal").starts_with("Refused (H1)"));
}

#[wasm_bindgen_test]
async fn the_catalog_shows_trials_on_their_tab_and_prices_by_frequency() {
    let app = app_at(
        "/catalog",
        store_with(&contoso_book(d(2018, 6, 1))),
        d(2018, 6, 5),
    );
    let root = &app.root;
    settle().await;
    let names = |root: &web_sys::Element| -> Vec<String> {
        table(root, "table.offers")
            .into_iter()
            .map(|r| r[0].clone())
            .collect()
    };
    let monthly = names(root);
    assert!(monthly.contains(&"Office 365 E3".to_string()));
    assert!(!monthly
        .iter()
        .any(|n| n.ends_with("Trial") || n == "Audio Conferencing"));
    assert!(root
        .query_selector("#tab-trials")
        .unwrap()
        .unwrap()
        .has_attribute("disabled"));

    press(&labelled(root, "Trial offer")).await;
    let trials = names(root);
    assert!(trials.iter().all(|n| n.ends_with("Trial")), "{trials:?}");
    assert_eq!(trials.len(), 6);
    let tab = root.query_selector("#tab-trials").unwrap().unwrap();
    assert_eq!(tab.get_attribute("aria-selected").as_deref(), Some("true"));
    assert!(root
        .query_selector("#tab-online-services")
        .unwrap()
        .unwrap()
        .has_attribute("disabled"));

    press(&labelled(root, "Annual")).await;
    type_into(&labelled(root, "Search offers by name"), "e3").await;
    press(&named_button(root, "Choose Office 365 E3")).await;
    let details = text(root, ".offer-details");
    assert!(details.contains("20.00 USD per license"), "{details}");
    assert!(
        details.contains("240.00 USD per license (12 × monthly)"),
        "{details}"
    );
    assert!(
        details.contains("Audio Conferencing"),
        "add-ons bought on it: {details}"
    );
    choose(&labelled(root, "Customer"), CONTOSO).await;
    type_into(&labelled(root, "Licenses"), "2").await;
    assert_eq!(table(root, ".preview table.lines")[0][5], "480.00");
    press(&button(root, "Confirm purchase")).await;
    assert_eq!(
        text(root, ".offer-panel .status"),
        "Subscription purchased."
    );
    // The next purchase gets ids of its own: buying again is not refused.
    choose(&labelled(root, "Customer"), CONTOSO).await;
    assert!(all(root, ".refusal").is_empty());
    press(&button(root, "Confirm purchase")).await;
    assert!(all(root, ".refusal").is_empty());
}

#[wasm_bindgen_test]
async fn an_action_that_cannot_be_stored_changes_nothing() {
    let book = contoso_book(d(2018, 6, 1));
    // The smallest quota that holds the book, and then room for the settings and a few
    // actions: a nearly full localStorage.
    let fits = |quota: usize| {
        partnerdesk::store::Store::in_memory_with_quota(quota)
            .replace_book(book.clone())
            .is_ok()
    };
    let needed = (1..).map(|k| k * 100).find(|&q| fits(q)).unwrap();
    let store = partnerdesk::store::Store::in_memory_with_quota(needed + 1_500);
    store.replace_book(book).unwrap();
    let app = contoso_page(store.clone(), d(2018, 6, 1));
    let root = &app.root;
    settled().await;
    let mut bought = 0;
    for _ in 0..40 {
        press(&button(root, "Purchase a subscription")).await;
        choose(&labelled(root, "Offer"), E3).await;
        press(&button(root, "Confirm purchase")).await;
        if has_button(root, "Confirm purchase") {
            break;
        }
        bought += 1;
    }
    assert!(bought > 0, "the first purchases fit");
    assert_eq!(
        text(root, ".refusal"),
        "Not possible: Nothing was recorded: the browser's storage for PartnerDesk is full."
    );
    assert_eq!(
        table(root, "table.subscriptions").len(),
        bought,
        "nothing half-applied"
    );
    drop(app);

    // What was stored is what was shown.
    let app = contoso_page(store, d(2018, 6, 1));
    settled().await;
    assert_eq!(table(&app.root, "table.subscriptions").len(), bought);
}

#[wasm_bindgen_test]
async fn nickname_auto_renew_and_frequency_change_under_each_profile() {
    let book = contoso_with_e3(BillingFrequency::Annual, 5, d(2018, 6, 1));
    let store = store_with(&book);
    let app = contoso_page(store.clone(), d(2018, 6, 10));
    let root = &app.root;
    settled().await;

    press(&named_button(root, "Manage Office 365 E3")).await;
    press(&button(root, "Set nickname")).await;
    type_into(&labelled(root, "Nickname"), "Head office").await;
    press(&button(root, "Save nickname")).await;
    assert_eq!(table(root, "table.subscriptions")[0][2], "Head office");

    press(&named_button(root, "Manage Office 365 E3 (Head office)")).await;
    press(&button(root, "Turn auto-renew off")).await;
    let facts = table(root, ".preview .facts-table");
    assert!(facts.contains(&vec!["Auto-renew".to_string(), "On".into(), "Off".into()]));
    press(&button(root, "Confirm auto-renew off")).await;
    assert_eq!(
        table(root, "table.subscriptions")[0][6],
        "Ends Fri 31 May 2019"
    );

    // Profile 2018: a new term at today's price, the old one credited (C12).
    press(&button(root, "Change billing frequency")).await;
    let kinds: Vec<String> = table(root, ".preview table.lines")
        .into_iter()
        .map(|l| l[1].clone())
        .collect();
    assert!(kinds.contains(&"Prorate fees when convert away from current offering".to_string()));
    assert!(kinds.contains(&"Prorate fees when convert to a new offering".to_string()));
    press(&button(root, "Confirm frequency change")).await;
    assert_eq!(table(root, "table.subscriptions")[0][4], "Monthly");
    drop(app);

    // Profile 2017: no such action, and the page says why.
    let mut settings = store
        .load::<partnerdesk_core::settings::PartnerSettings>(partnerdesk::persistence::SETTINGS_KEY)
        .unwrap()
        .unwrap();
    settings.profile = partnerdesk_core::settings::RulesProfile::P2017;
    store
        .save(partnerdesk::persistence::SETTINGS_KEY, &settings)
        .unwrap();
    let app = contoso_page(store, d(2018, 6, 10));
    let root = &app.root;
    settled().await;
    press(&named_button(root, "Manage Office 365 E3 (Head office)")).await;
    assert!(!has_button(root, "Change billing frequency"));
    assert!(text(root, ".subscription-panel").contains("can't change under the 2017 rules profile"));
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

/// Contoso buys 10 monthly E3 on 1 June 2018 (billed 15 June), and Fabrikam 3 on 10 June,
/// cancelled on 20 June; Contoso also tries Teams.
fn billed_book() -> partnerdesk_core::book::Book {
    let mut book = contoso_book(d(2018, 6, 1));
    book.execute(
        purchase(E3_SUBSCRIPTION, BillingFrequency::Monthly, 10),
        d(2018, 6, 1),
    )
    .unwrap();
    book.execute(
        Command::CreateCustomer(partnerdesk_core::customer::Customer {
            id: FABRIKAM.into(),
            company_name: "Fabrikam, \"Inc.\"".into(),
            domain: "fabrikam.onmicrosoft.com".into(),
            country: "NL".into(),
            segment: partnerdesk_core::customer::Segment::Commercial,
            reseller_mpn_id: None,
        }),
        d(2018, 6, 10),
    )
    .unwrap();
    book.execute(
        Command::Purchase {
            ids: NewIds {
                subscription_id: "b3c4d5e6-0000-4000-8000-000000000002".into(),
                billing_id: "b3c4d5e6-0000-4000-8000-000000000003".into(),
                order_id: "566890604832738199".into(),
            },
            customer_id: FABRIKAM.into(),
            offer_id: E3.into(),
            quantity: 3,
            frequency: BillingFrequency::Monthly,
            nickname: None,
        },
        d(2018, 6, 10),
    )
    .unwrap();
    book.execute(
        Command::SignUpTrial {
            ids: NewIds {
                subscription_id: "7a1d0c5e-1c2d-4e5f-8a9b-24c8d9591708".into(),
                billing_id: "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e61".into(),
                order_id: "566890604832738112".into(),
            },
            customer_id: CONTOSO.into(),
            offer_id: partnerdesk_core::sample_catalog::E5_TRIAL.into(),
        },
        d(2018, 6, 10),
    )
    .unwrap();
    book
}

const E3_SUBSCRIPTION: &str = "a1b2c3d4-0000-4000-8000-000000000001";
const FABRIKAM: &str = "c2d3e4f5-0000-4000-8000-000000000004";

#[wasm_bindgen_test]
async fn billing_lists_invoices_filters_lines_and_makes_the_reconciliation_file() {
    let book = billed_book();
    let today = d(2018, 7, 20);
    // What the core says, to hold the page to.
    let state = partnerdesk_core::derive::derive(&book, today);
    let expected: Vec<(String, usize, String)> = state
        .invoice_summaries()
        .into_iter()
        .rev()
        .map(|s| (s.number, s.line_count, money_text(s.total)))
        .collect();
    assert_eq!(expected.len(), 2, "June and July invoices: {expected:?}");

    let app = app_at("/billing", store_with(&book), today);
    let root = &app.root;
    settled().await;
    assert_eq!(heading(root), "Billing");
    let invoices = table(root, "table.invoices");
    let shown: Vec<(String, usize, String)> = invoices
        .iter()
        .map(|r| (r[0].clone(), r[3].parse().unwrap(), r[4].clone()))
        .collect();
    assert_eq!(shown, expected, "newest first, with the core's figures");
    assert_eq!(invoices[0][0], "PD20180715");
    assert_eq!(invoices[0][2], "Thu 13 Sep 2018", "due 60 days later (R1)");

    // The latest invoice is open by default; its lines are all there.
    assert_eq!(text(root, "#invoice-heading"), "Invoice PD20180715");
    let july = state.invoice(d(2018, 7, 15));
    assert_eq!(
        table(root, "section.invoice table.lines").len(),
        july.lines.len()
    );
    assert_eq!(
        text(root, "section.invoice .invoice-total"),
        format!("{} USD", money_text(july.total))
    );

    press(&button(root, "Show PD20180615")).await;
    assert_eq!(text(root, "#invoice-heading"), "Invoice PD20180615");
    let june = state.invoice(d(2018, 6, 15));
    let rows = table(root, "section.invoice table.lines");
    assert_eq!(rows.len(), june.lines.len());
    assert!(
        rows.iter().any(|r| r[0] == "Fabrikam, \"Inc.\""),
        "{rows:?}"
    );

    assert_eq!(
        text(root, "#line-customer-count"),
        "Matching customers on this invoice: 2."
    );
    type_into(&labelled(root, "Find a customer on this invoice"), "FABRI").await;
    settled().await;
    assert_eq!(
        texts(root, "#line-customer option"),
        ["All customers", "Fabrikam, \"Inc.\""],
        "the search narrows the choice"
    );
    choose(&labelled(root, "Customer"), FABRIKAM).await;
    let fabrikam = table(root, "section.invoice table.lines");
    assert!(!fabrikam.is_empty() && fabrikam.iter().all(|r| r[0] == "Fabrikam, \"Inc.\""));
    let fabrikam_total = june
        .lines
        .iter()
        .filter(|l| &*l.customer_id == FABRIKAM)
        .map(|l| l.amount)
        .sum::<Money>();
    assert_eq!(
        text(root, "section.invoice .selection"),
        format!(
            "{} of {} lines shown, totalling {} USD.",
            fabrikam.len(),
            june.lines.len(),
            money_text(fabrikam_total)
        )
    );
    choose(&labelled(root, "Charge type"), "Prorate fees when purchase").await;
    let prorated = table(root, "section.invoice table.lines");
    assert_eq!(prorated.len(), 1);
    assert_eq!(prorated[0][2], "Prorate fees when purchase");

    press(&button(root, "Download reconciliation CSV")).await;
    assert_eq!(
        text(root, "section.invoice [role=status]"),
        format!(
            "Downloaded My-CSP-Partner_recon_2018-06-15.csv: {} rows, Amount totalling {} USD.",
            june.lines.len(),
            money_text(june.total)
        )
    );

    press(&button(root, "Show the upcoming invoice")).await;
    assert_eq!(
        text(root, "#invoice-heading"),
        "Upcoming invoice PD20180815 (preview)"
    );
    assert!(!has_button(root, "Download reconciliation CSV"));
    assert!(text(root, "main").contains("Trials not converted, running or expired: 1."));
}

#[wasm_bindgen_test]
async fn moving_today_issues_the_next_invoice_on_the_billing_page() {
    let app = app_at("/billing", store_with(&billed_book()), d(2018, 7, 20));
    let root = &app.root;
    settled().await;
    assert_eq!(table(root, "table.invoices").len(), 2);
    assert_eq!(
        text(root, "#upcoming-heading + p + dl dd"),
        "PD20180815",
        "the upcoming invoice"
    );

    type_into(&labelled(root, "Move today to"), "2018-08-15").await;
    press(&button(root, "Move today")).await;
    let invoices = table(root, "table.invoices");
    assert_eq!(
        invoices.len(),
        3,
        "issued on its billing date: {invoices:?}"
    );
    assert_eq!(invoices[0][0], "PD20180815");
    assert_eq!(text(root, "#invoice-heading"), "Invoice PD20180815");
    assert_eq!(text(root, "#upcoming-heading + p + dl dd"), "PD20180915");
}
