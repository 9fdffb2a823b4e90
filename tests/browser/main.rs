//! Components in headless Chromium (wasm-bindgen-test): real DOM, real events, real
//! localStorage. Run by scripts/test.sh as
//! `cargo test --target wasm32-unknown-unknown -p partnerdesk`.
#![cfg(target_arch = "wasm32")]

mod imports_page;
mod in_other_languages;
mod reconcile_page;
mod scenario;
mod settings_page;
mod shell;
mod support;
#[path = "../workflows_support/mod.rs"]
mod workflows_support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
