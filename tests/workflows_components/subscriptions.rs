//! A paid subscription's actions: licenses, cancellation and reactivation, add-ons, nickname,
//! auto-renew and frequency; refusals that change nothing.

use super::*;

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
    let commitment = text(root, ".preview .commitment");
    assert!(
        commitment.contains("200.00 USD a month") && commitment.contains("over the 12-month term"),
        "{commitment}"
    );
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
    let period = text(root, ".preview .period-net");
    assert!(
        period.starts_with("The customer pays nothing for"),
        "{period}"
    );
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
    assert!(text(root, ".refusal").starts_with("Not possible: "));
    assert_eq!(refusal_rule(root).as_deref(), Some("H1"));
}

#[wasm_bindgen_test]
async fn an_action_that_cannot_be_stored_changes_nothing() {
    let book = contoso_book(d(2018, 6, 1));
    // The smallest quota that holds the book, and then room for the settings and a few
    // actions: a nearly full localStorage.
    let fits = |quota: usize| {
        now(partnerdesk::store::Store::in_memory_with_quota(quota).replace_book(book.clone()))
            .is_ok()
    };
    let needed = (1..).map(|k| k * 100).find(|&q| fits(q)).unwrap();
    let store = partnerdesk::store::Store::in_memory_with_quota(needed + 1_500);
    now(store.replace_book(book)).unwrap();
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
        .load::<partnerdesk_core::model::settings::PartnerSettings>(
            partnerdesk::store::SETTINGS_KEY,
        )
        .unwrap()
        .unwrap();
    settings.profile = partnerdesk_core::model::settings::RulesProfile::P2017;
    store
        .save(partnerdesk::store::SETTINGS_KEY, &settings)
        .unwrap();
    let app = contoso_page(store, d(2018, 6, 10));
    let root = &app.root;
    settled().await;
    press(&named_button(root, "Manage Office 365 E3 (Head office)")).await;
    assert!(!has_button(root, "Change billing frequency"));
    assert!(text(root, ".subscription-panel").contains("can't change under the 2017 rules profile"));
}
