//! The partner workflows in headless Chromium, through the whole app (Shell) on memory storage
//! and a fixed date: what the partner sees after each step is what the core's rules say.
#![cfg(target_arch = "wasm32")]

mod billing;
mod catalog;
mod cockpit;
mod customers;
mod dashboard;
mod new_commerce;
mod subscriptions;

#[allow(dead_code)]
#[path = "../browser/support.rs"]
mod support;
#[path = "../workflows_support/mod.rs"]
mod workflows_support;

use partnerdesk::components::format::money_text;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::sample_catalog::{E3, E3_TRIAL};
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
            reference_id: None,
        },
        customer_id: CONTOSO.into(),
        offer_id: E3.into(),
        quantity,
        frequency,
        nickname: None,
        term_plan: None,
    }
}

/// Contoso with `quantity` E3 billed `frequency`, bought on `on`.
fn contoso_with_e3(
    frequency: BillingFrequency,
    quantity: u32,
    on: chrono::NaiveDate,
) -> partnerdesk_core::model::book::Book {
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
