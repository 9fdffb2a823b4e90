//! `/settings`: the partner profile (SPEC §1) and the rules profile (SPEC §7), saved only when
//! the core finds every field valid, a change of rules profile only after confirmation; and
//! backup and restore.

mod draft;
mod profile_fields;

use super::page_title;
use crate::components::backup::BackupSection;
use crate::components::profile_dialog::ProfileDialog;
use crate::forms::field::FieldMessage;
use crate::forms::form_errors::FormErrors;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use draft::{DraftFields, SettingsDraft};
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use partnerdesk_core::base::field_error::{message_for, FieldError};
use partnerdesk_core::model::settings::PartnerSettings;
use partnerdesk_core::rules::profile_switch::check_profile_switch;
use partnerdesk_l10n::SettingsText as T;
use profile_fields::{PartnerProfileFields, RulesProfileFields};

/// Moves focus to the first field, in form order, that has an error: keyboard and screen-reader
/// users land on it, and the browser scrolls it into view.
fn focus_first_invalid(form: &web_sys::HtmlFormElement, errors: &[FieldError]) {
    // (field key, id of the control that takes focus)
    const ORDER: [(&str, &str); 8] = [
        ("name", "name"),
        ("partner_id", "partner_id"),
        ("mpn_id", "mpn_id"),
        ("billing_day", "billing_day"),
        ("currency", "currency"),
        ("discount_percent", "discount_percent"),
        ("tax_percent", "tax_percent"),
        ("profile", "profile-2022"),
    ];
    let first = ORDER
        .iter()
        .find(|(field, _)| message_for(errors, field).is_some());
    // Looked up inside this form, not the whole document.
    let control =
        first.and_then(|(_, id)| form.query_selector(&format!("[id='{id}']")).ok().flatten());
    if let Some(el) = control {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Saves `candidate`; the status says so, or the errors are shown at their fields.
fn save(
    settings: crate::state::settings_context::Settings,
    candidate: PartnerSettings,
    errors: FormErrors,
    saved: RwSignal<bool>,
) {
    match settings.save(candidate) {
        Ok(()) => {
            errors.clear();
            saved.set(true);
        }
        Err(e) => errors.set(e),
    }
}

#[component]
pub fn Settings() -> impl IntoView {
    page_title(T::Title);
    let settings = use_settings();
    let book = use_book();
    let language = use_language();
    let fields = DraftFields::new(SettingsDraft::from_settings(
        &settings.get_untracked(),
        language.now(),
    ));
    let errors = FormErrors::default();
    let saved = RwSignal::new(false);
    // Settings waiting for the partner to confirm a change of rules profile.
    let pending = RwSignal::new(None::<PartnerSettings>);
    let dialog = NodeRef::<Dialog>::new();
    let form = NodeRef::<leptos::html::Form>::new();

    let commit = move |candidate| save(settings, candidate, errors, saved);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let refuse = move |problems: Vec<FieldError>| {
            if let Some(f) = form.get() {
                focus_first_invalid(&f, &problems);
            }
            errors.set(problems);
        };
        let candidate = match fields.draft().to_settings(language.now()) {
            Ok(c) => c,
            Err(e) => return refuse(e),
        };
        errors.clear();
        if candidate.profile != settings.with(|s| s.profile) {
            // N37: the core says whether this book may change program at all.
            if let Err(refusal) = book.with(|b| check_profile_switch(b, candidate.profile)) {
                return refuse(vec![refusal.at_field("profile")]);
            }
            pending.set(Some(candidate));
            if let Some(d) = dialog.get() {
                let _ = d.show_modal();
            }
        } else {
            commit(candidate);
        }
    };
    // `pending` is cleared here, not on the dialog's close event: that event is queued as a
    // task and can arrive after the next Save has already set new pending settings.
    let close_dialog = move || {
        pending.set(None);
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let confirm = Callback::new(move |()| {
        if let Some(candidate) = pending.get() {
            commit(candidate);
        }
        close_dialog();
    });
    let stored_profile = Signal::derive(move || settings.with(|s| s.profile.label()));
    let new_profile =
        Signal::derive(move || pending.with(|p| p.as_ref().map(|s| s.profile.label())));

    view! {
        <h1>{language.tr(T::Title)}</h1>
        <form class="settings" novalidate node_ref=form on:submit=submit>
            <PartnerProfileFields fields errors />
            <RulesProfileFields profile=fields.profile errors />
            <FieldMessage field=errors.field("form") />
            <button type="submit">{language.tr(T::SaveSettings)}</button>
            <p class="status" role="status">
                {move || saved.get().then(|| language.get().text(T::SettingsSaved))}
            </p>
        </form>
        <ProfileDialog
            dialog
            stored_profile
            new_profile
            on_confirm=confirm
            on_cancel=Callback::new(move |()| close_dialog())
        />
        <BackupSection />
    }
}
