//! Creating customers, signing one up for a trial and converting it.

use super::*;

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
    assert!(text(root, ".refusal").starts_with("Not possible: "));
    assert_eq!(refusal_rule(root).as_deref(), Some("T3"));
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
