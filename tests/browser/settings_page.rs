//! The Settings page against the browser's real localStorage.

use crate::support::*;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use partnerdesk::pages::settings_page::Settings as SettingsPage;
use partnerdesk::state::book_state::BookState;
use partnerdesk::state::clock::Clock;
use partnerdesk::state::settings_context::Settings;
use partnerdesk::store::{Store, SETTINGS_KEY};
use partnerdesk_core::base::field_error::is_guid;
use partnerdesk_core::model::settings::{PartnerSettings, RulesProfile};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlSelectElement};

/// Mounts the page as the app does, on the browser's storage; dropping it and mounting again
/// is what a reload does to the page.
fn mount_page() -> Mounted<impl Mountable> {
    mount(|| {
        let store = Store::open();
        assert!(store.is_persistent(), "the test browser has localStorage");
        Clock::provide(&store, NaiveDate::from_ymd_opt(2025, 11, 22).unwrap());
        Settings::provide(&store);
        // The page asks the book whether the program may change (N37), as under the Shell.
        BookState::provide(&store);
        // The page's backup section reads the store itself, as under the app's Shell.
        provide_context(store);
        view! { <SettingsPage /> }
    })
}

fn stored() -> PartnerSettings {
    Store::open()
        .load::<PartnerSettings>(SETTINGS_KEY)
        .unwrap()
        .expect("settings are stored")
}

fn forget_stored_settings() {
    window()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(SETTINGS_KEY)
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_new_partner_gets_a_stored_guid_and_saved_settings_survive_a_reload() {
    forget_stored_settings();
    let page = mount_page();
    let root = &page.root;
    settle().await;
    let generated = stored().partner_id;
    assert!(is_guid(&generated), "{generated} is a GUID");
    let id: HtmlInputElement = labelled(root, "Partner id");
    assert_eq!(id.value(), generated);

    type_into(&labelled(root, "Partner name"), "Fabrikam Cloud").await;
    type_into(&labelled(root, "Billing day"), "31").await;
    let currency: HtmlSelectElement = labelled(root, "Currency");
    currency.set_value("EUR");
    currency
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    click(&button(root, "Save settings")).await;
    assert_eq!(text(root, "[role=status]"), "Settings saved.");
    drop(page);

    let page = mount_page();
    let root = &page.root;
    settle().await;
    let name: HtmlInputElement = labelled(root, "Partner name");
    let day: HtmlInputElement = labelled(root, "Billing day");
    let currency: HtmlSelectElement = labelled(root, "Currency");
    assert_eq!(name.value(), "Fabrikam Cloud");
    assert_eq!(day.value(), "31");
    assert_eq!(currency.value(), "EUR");
    assert_eq!(stored().partner_id, generated, "the partner id stays");
}

#[wasm_bindgen_test]
async fn invalid_fields_show_their_errors_and_change_nothing_stored() {
    forget_stored_settings();
    let page = mount_page();
    let root = &page.root;
    settle().await;
    let before = stored();

    let day: HtmlInputElement = labelled(root, "Billing day");
    let mpn: HtmlInputElement = labelled(root, "MPN id");
    type_into(&day, "32").await;
    type_into(&mpn, "12").await;
    type_into(&labelled(root, "Partner name"), "Changed but not saved").await;
    click(&button(root, "Save settings")).await;

    assert_eq!(day.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("mpn_id"),
        "focus goes to the first invalid field in form order"
    );
    let described = day.get_attribute("aria-describedby").unwrap();
    assert!(described.split(' ').any(|id| id == "billing_day-error"));
    assert_eq!(
        text(root, "#billing_day-error"),
        "The billing day must be a whole number from 1 to 31."
    );
    assert_eq!(
        text(root, "#mpn_id-error"),
        "The MPN id is a number of 6 to 10 digits."
    );
    assert_eq!(stored(), before, "nothing stored changed");

    type_into(&day, "1").await;
    type_into(&mpn, "7654321").await;
    click(&button(root, "Save settings")).await;
    assert_eq!(day.get_attribute("aria-invalid"), None);
    assert!(root.query_selector("#billing_day-error").unwrap().is_none());
    assert_eq!(stored().billing_day, 1);
    assert_eq!(stored().mpn_id, "7654321");
}

#[wasm_bindgen_test]
async fn switching_the_rules_profile_asks_first() {
    forget_stored_settings();
    let page = mount_page();
    let root = &page.root;
    settle().await;
    let dialog: HtmlDialogElement = root
        .query_selector("dialog")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let p2017: HtmlInputElement = labelled(root, "Legacy license-based (2017)");

    click(&p2017).await;
    click(&button(root, "Save settings")).await;
    assert!(dialog.open(), "the confirmation is open");
    assert!(text(root, "dialog").contains("re-derives every charge line"));
    assert_eq!(
        stored().profile,
        RulesProfile::P2018,
        "nothing saved before the answer"
    );

    click(&button(root, "Keep 2018")).await;
    assert!(!dialog.open());
    assert_eq!(stored().profile, RulesProfile::P2018);

    click(&button(root, "Save settings")).await;
    click(&button(root, "Switch to 2017 and save")).await;
    assert!(!dialog.open());
    assert_eq!(stored().profile, RulesProfile::P2017);
}

#[wasm_bindgen_test]
async fn a_new_partner_id_can_be_generated() {
    forget_stored_settings();
    let page = mount_page();
    let root = &page.root;
    settle().await;
    let id: HtmlInputElement = labelled(root, "Partner id");
    let first = id.value();
    click(&button(root, "Generate a new partner id")).await;
    assert_ne!(id.value(), first);
    assert!(is_guid(&id.value()));
}
