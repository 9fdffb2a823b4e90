//! Which program the book bills under, as the core says for the profile in Settings: pages
//! show the forms and sections of that program.

use super::settings_context::use_settings;
use leptos::prelude::*;
use partnerdesk_core::billing::billing_engine;
use partnerdesk_core::billing::engine::Program;

pub fn use_program() -> Signal<Program> {
    let settings = use_settings();
    Signal::derive(move || settings.with(|s| billing_engine(s.profile).program()))
}
