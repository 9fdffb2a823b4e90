//! The catalog: trials on their tab, prices by frequency.

use super::*;

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
        "Subscription purchased. Open it on the customer's page"
    );
    // The next purchase gets ids of its own: buying again is not refused.
    choose(&labelled(root, "Customer"), CONTOSO).await;
    assert!(all(root, ".refusal").is_empty());
    press(&button(root, "Confirm purchase")).await;
    assert!(all(root, ".refusal").is_empty());
}
