//! Issue 10 in headless Chromium, on the real localStorage: settings that are missing, damaged
//! or refused by the core fall back to the copy the book keeps, never to defaults (items 1, 8);
//! today moves only within the years a backup can hold (item 2); a damaged or implausible book
//! goes to the recovery page (items 4, 5); and the tabs' journals are folded under the browser's
//! Web Locks (item 3, issue 13).
#![cfg(target_arch = "wasm32")]

// The browser tests' helpers; this file needs only some of them.
#[path = "storage_support/mod.rs"]
mod storage_support;
#[path = "browser/support.rs"]
#[allow(dead_code)]
mod support;

use leptos::prelude::*;
use partnerdesk::store::{BookLoad, Store, BOOK_KEY, JOURNAL_PREFIX, SETTINGS_KEY, TODAY_KEY};
use partnerdesk::Shell;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::settings::PartnerSettings;
use partnerdesk_core::storage::envelope::{decode, encode_compact, Lineage};
use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
use storage_support::*;
use support::*;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

fn partner() -> PartnerSettings {
    let mut settings = empty_book().settings;
    settings.name = "Fabrikam Cloud Partners".into();
    settings.billing_day = 20;
    settings
}

/// A partner with a book: its settings saved, one customer recorded with them.
fn partner_with_a_book() {
    let store = Store::open();
    store.save(SETTINGS_KEY, &partner()).unwrap();
    store
        .commit_action(
            || Book::new(partner(), empty_book().catalog),
            |b| b.execute(generated_customer(0), day()),
        )
        .unwrap();
}

fn stored_book() -> Book {
    match Store::open().load_book() {
        BookLoad::Loaded(book) => book.as_ref().clone(),
        other => panic!("expected a book, got {other:?}"),
    }
}

fn mount_app(path: &str) -> Mounted<impl Mountable> {
    open_at(path);
    mount(|| view! { <Shell store=Store::open() real_today=day() /> })
}

fn h1_reads(root: &web_sys::Element, wanted: &str) -> bool {
    root.query_selector("h1")
        .unwrap()
        .is_some_and(|h| h.text_content().unwrap_or_default().trim() == wanted)
}

/// Creates a customer through the app's own form, as the partner does.
async fn create_customer_in_the_app(root: &web_sys::Element, name: &str) {
    click(&link(root, "Customers")).await;
    until("the customers page", || h1_reads(root, "Customers")).await;
    click(&button(root, "New customer")).await;
    type_into(&labelled(root, "Company name"), name).await;
    type_into(
        &labelled(root, "Primary domain"),
        "newcomer.onmicrosoft.com",
    )
    .await;
    type_into(&labelled(root, "Country"), "NL").await;
    click(&button(root, "Create customer")).await;
    until("the new customer's page", || h1_reads(root, name)).await;
}

#[wasm_bindgen_test]
async fn damaged_settings_use_the_books_copy_and_the_next_action_keeps_it() {
    let _clean = CleanStorage::new();
    partner_with_a_book();
    let damaged = "{\"name\":\"Fabrikam Cloud Partners\",\"partner_id\":";
    local().set_item(SETTINGS_KEY, damaged).unwrap();

    let app = mount_app("/settings");
    let root = &app.root;
    until("the settings page", || h1_reads(root, "Settings")).await;
    let banner = text(root, ".banner");
    assert!(
        banner.contains("The saved settings can't be used")
            && banner.contains("the copy kept with your book is used"),
        "{banner}"
    );
    assert!(has_button(root, "Download the saved settings text"));
    let name: HtmlInputElement = labelled(root, "Partner name");
    assert_eq!(name.value(), "Fabrikam Cloud Partners");
    assert_eq!(
        local().get_item(SETTINGS_KEY).unwrap().as_deref(),
        Some(damaged),
        "the damaged text stays until settings are saved"
    );

    create_customer_in_the_app(root, "After The Damage").await;
    assert_eq!(
        stored_book().settings,
        partner(),
        "no defaults over the copy"
    );
}

#[wasm_bindgen_test]
async fn missing_settings_use_the_books_copy_and_store_it_again() {
    let _clean = CleanStorage::new();
    partner_with_a_book();
    local().remove_item(SETTINGS_KEY).unwrap();

    let app = mount_app("/settings");
    let root = &app.root;
    until("the settings page", || h1_reads(root, "Settings")).await;
    assert!(text(root, ".banner").contains("The saved settings were missing"));
    let name: HtmlInputElement = labelled(root, "Partner name");
    assert_eq!(name.value(), "Fabrikam Cloud Partners");
    let saved = Store::open().load::<PartnerSettings>(SETTINGS_KEY);
    assert_eq!(saved, Ok(Some(partner())));
}

#[wasm_bindgen_test]
async fn billing_day_0_in_the_stored_settings_is_refused_like_a_typed_one() {
    let _clean = CleanStorage::new();
    partner_with_a_book();
    let mut zero = partner();
    zero.billing_day = 0;
    local()
        .set_item(SETTINGS_KEY, &serde_json::to_string(&zero).unwrap())
        .unwrap();

    // The dashboard derives with the billing day: with day 0 it trapped.
    let app = mount_app("/");
    let root = &app.root;
    until("the dashboard", || h1_reads(root, "Dashboard")).await;
    let banner = text(root, ".banner");
    assert!(
        banner.contains("The billing day must be a whole number from 1 to 31."),
        "{banner}"
    );
    assert!(text(root, "main").contains("Fabrikam Cloud Partners"));
}

#[wasm_bindgen_test]
async fn today_moves_only_within_the_years_a_backup_can_hold() {
    let _clean = CleanStorage::new();
    let app = mount_app("/");
    let root = &app.root;
    until("the dashboard", || h1_reads(root, "Dashboard")).await;
    let field: HtmlInputElement = labelled(root, "Move today to");
    for outside in ["1999-12-31", "1970-01-01", "2200-01-01", "9999-12-31"] {
        type_into(&field, outside).await;
        click(&button(root, "Move today")).await;
        assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(
            text(root, "#today-error"),
            "Choose a date from 2000-01-01 to 2199-12-31: PartnerDesk works with the years 2000 to 2199."
        );
        assert!(text(root, ".today-line").starts_with("Today: Fri 1 Jun 2018"));
    }
    drop(app);

    // A moved date stored by an earlier release outside the years is not used.
    local().set_item(TODAY_KEY, "\"9999-12-31\"").unwrap();
    let app = mount_app("/");
    let root = &app.root;
    until("the dashboard", || h1_reads(root, "Dashboard")).await;
    assert!(text(root, ".banner").contains("Today was moved to 9999-12-31"));
    assert_eq!(text(root, ".today-line"), "Today: Fri 1 Jun 2018");
}

#[wasm_bindgen_test]
async fn a_book_that_fails_the_backup_check_goes_to_the_recovery_page() {
    let _clean = CleanStorage::new();
    let mut book = empty_book();
    book.execute(generated_customer(0), day()).unwrap();
    book.settings.billing_day = 0;
    let lineage = Lineage {
        revision: "old-tab:1".into(),
        parent: None,
    };
    let text_of_book = encode_compact(&book, &lineage);
    local().set_item(BOOK_KEY, &text_of_book).unwrap();

    let app = mount_app("/");
    let root = &app.root;
    until("the recovery page", || {
        h1_reads(root, "Your stored book can't be read")
    })
    .await;
    assert!(text(root, "main").contains("The billing day must be a whole number from 1 to 31."));
    assert_eq!(local().get_item(BOOK_KEY).unwrap(), Some(text_of_book));
}

fn journal_keys() -> Vec<String> {
    let storage = local();
    let mut keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(JOURNAL_PREFIX))
        .collect();
    keys.sort();
    keys
}

#[wasm_bindgen_test]
async fn actions_go_to_each_tabs_journal_and_a_fold_under_the_lock_holds_them() {
    let _clean = CleanStorage::new();
    // `until` waits on the executor that mounting a view starts.
    let _view = mount(|| view! { <p>"Two tabs"</p> });
    let (first, second) = (Store::open(), Store::open());
    let add = |store: &Store, n: usize| {
        store
            .commit_action(empty_book, |b| b.execute(generated_customer(n), day()))
            .unwrap()
    };
    add(&first, 0);
    let book_text = local().get_item(BOOK_KEY).unwrap().unwrap();
    let first_tab = journal_keys()[0][JOURNAL_PREFIX.len()..].to_string();
    add(&first, 1);
    add(&second, 2);
    assert_eq!(
        local().get_item(BOOK_KEY).unwrap().as_deref(),
        Some(book_text.as_str()),
        "after the first, an action writes only its tab's journal"
    );
    assert_eq!(journal_keys().len(), 2);
    assert_eq!(
        stored_book().events.len(),
        3,
        "a new tab merges both journals"
    );

    let second_tab = journal_keys()
        .into_iter()
        .find(|k| !k.ends_with(&first_tab))
        .unwrap();
    second.fold_soon();
    // Stores of earlier tests may fold or write too, like any other open tab: the wait is for
    // the second tab's own journal to go, not for a count of journals.
    until("the second tab's fold under the lock", || {
        !journal_keys().contains(&second_tab)
    })
    .await;
    let folded = decode(&local().get_item(BOOK_KEY).unwrap().unwrap()).unwrap();
    assert_ne!(local().get_item(BOOK_KEY).unwrap(), Some(book_text));
    assert_eq!(folded.book.events.len(), 3);
    assert!(folded.checked);
    // The first tab is still open (it holds its lock): its journal stays until it folds.
    assert!(journal_keys().iter().any(|k| k.ends_with(&first_tab)));
    first.fold_soon();
    until("the first tab's own fold", || {
        !journal_keys().iter().any(|k| k.ends_with(&first_tab))
    })
    .await;
    assert_eq!(stored_book().events.len(), 3);
}
