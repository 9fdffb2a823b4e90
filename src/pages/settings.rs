//! The partner profile (SPEC §1) and the rules profile (SPEC §7).

use super::set_title;
use crate::form::{FieldMessage, FormErrors, TextField};
use crate::settings::{new_partner_id, use_settings};
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use partnerdesk_core::base::field_error::{message_for, FieldError};
use partnerdesk_core::model::settings::{
    parse_billing_day, PartnerSettings, RulesProfile, CURRENCIES,
};
use partnerdesk_core::Money;

/// What the form holds: the text as typed, so that a bad entry can be shown back with its error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsDraft {
    pub name: String,
    pub partner_id: String,
    pub mpn_id: String,
    pub billing_day: String,
    pub currency: String,
    pub profile: String,
    pub discount_percent: String,
    pub tax_percent: String,
}

impl SettingsDraft {
    pub fn from_settings(s: &PartnerSettings) -> SettingsDraft {
        SettingsDraft {
            name: s.name.clone(),
            partner_id: s.partner_id.clone(),
            mpn_id: s.mpn_id.clone(),
            billing_day: s.billing_day.to_string(),
            currency: s.currency.clone(),
            profile: s.profile.label().to_string(),
            discount_percent: s.discount_percent.to_string(),
            tax_percent: s.tax_percent.to_string(),
        }
    }

    /// The settings the draft describes, or every problem of every field: first what cannot
    /// be parsed, then the core's `PartnerSettings::validate` for the rest.
    pub fn to_settings(&self) -> Result<PartnerSettings, Vec<FieldError>> {
        let mut errors = Vec::new();
        let candidate = PartnerSettings {
            name: self.name.trim().to_string(),
            partner_id: self.partner_id.trim().to_lowercase(),
            mpn_id: self.mpn_id.trim().to_string(),
            billing_day: take(
                &mut errors,
                "billing_day",
                parse_billing_day(&self.billing_day),
            ),
            currency: self.currency.clone(),
            profile: take(
                &mut errors,
                "profile",
                RulesProfile::parse(&self.profile).ok_or_else(|| "Choose 2018 or 2017.".into()),
            ),
            discount_percent: take(
                &mut errors,
                "discount_percent",
                Money::parse(&self.discount_percent),
            ),
            tax_percent: take(&mut errors, "tax_percent", Money::parse(&self.tax_percent)),
        };
        for e in candidate.validate() {
            if message_for(&errors, &e.field).is_none() {
                errors.push(e);
            }
        }
        if errors.is_empty() {
            Ok(candidate)
        } else {
            Err(errors)
        }
    }
}

/// The parsed value, or a stand-in after recording the field's error, so that the other
/// fields can still be validated in the same pass.
fn take<T: Default>(errors: &mut Vec<FieldError>, field: &str, parsed: Result<T, String>) -> T {
    parsed.unwrap_or_else(|message| {
        errors.push(FieldError::new(field, message));
        T::default()
    })
}

/// SPEC §7, in a sentence per profile.
fn profile_description(profile: RulesProfile) -> &'static str {
    match profile {
        RulesProfile::P2018 => {
            "Billing alignment of February 2018 (default): monthly terms start on the purchase \
             date, license changes are billed from the next anniversary, prorations are exact \
             and rounded once, and the billing frequency can be changed."
        }
        RulesProfile::P2017 => {
            "The launch rules of the 2017 FAQ: a free period up to the first billing date, \
             monthly cycles on your billing day, license changes billed on the next billing \
             date, daily rates rounded first, and a billing frequency that cannot change."
        }
    }
}

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
        ("profile", "profile-2018"),
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

#[component]
pub fn Settings() -> impl IntoView {
    set_title("Settings");
    let settings = use_settings();
    let draft = SettingsDraft::from_settings(&settings.get_untracked());
    let name = RwSignal::new(draft.name);
    let partner_id = RwSignal::new(draft.partner_id);
    let mpn_id = RwSignal::new(draft.mpn_id);
    let billing_day = RwSignal::new(draft.billing_day);
    let currency = RwSignal::new(draft.currency);
    let profile = RwSignal::new(draft.profile);
    let discount = RwSignal::new(draft.discount_percent);
    let tax = RwSignal::new(draft.tax_percent);
    let current_draft = move || SettingsDraft {
        name: name.get(),
        partner_id: partner_id.get(),
        mpn_id: mpn_id.get(),
        billing_day: billing_day.get(),
        currency: currency.get(),
        profile: profile.get(),
        discount_percent: discount.get(),
        tax_percent: tax.get(),
    };

    let errors = FormErrors::default();
    let saved = RwSignal::new(false);
    // Settings waiting for the partner to confirm a change of rules profile.
    let pending = RwSignal::new(None::<PartnerSettings>);
    let dialog = NodeRef::<Dialog>::new();
    let form = NodeRef::<leptos::html::Form>::new();

    let commit = move |candidate: PartnerSettings| match settings.save(candidate) {
        Ok(()) => {
            errors.clear();
            saved.set(true);
        }
        Err(e) => errors.set(e),
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let candidate = match current_draft().to_settings() {
            Ok(c) => c,
            Err(e) => {
                if let Some(f) = form.get() {
                    focus_first_invalid(&f, &e);
                }
                return errors.set(e);
            }
        };
        errors.clear();
        if candidate.profile != settings.with(|s| s.profile) {
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
    let confirm = move |_| {
        if let Some(candidate) = pending.get() {
            commit(candidate);
        }
        pending.set(None);
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let cancel = move |_| {
        pending.set(None);
        if let Some(d) = dialog.get() {
            d.close();
        }
    };

    let stored_profile = move || settings.with(|s| s.profile.label());
    let new_profile = move || pending.with(|p| p.as_ref().map(|s| s.profile.label()));

    view! {
        <h1>"Settings"</h1>
        <form class="settings" novalidate node_ref=form on:submit=submit>
            <fieldset>
                <legend>"Partner profile"</legend>
                <TextField errors field="name" label="Partner name" value=name autocomplete="organization" />
                <TextField
                    errors
                    field="partner_id"
                    label="Partner id"
                    value=partner_id
                    hint="A GUID. Use your Partner Center id, or keep the one generated for you."
                    no_spellcheck=true
                >
                    <button type="button" on:click=move |_| partner_id.set(new_partner_id())>
                        "Generate a new partner id"
                    </button>
                </TextField>
                <TextField
                    errors
                    field="mpn_id"
                    label="MPN id"
                    value=mpn_id
                    hint="6 to 10 digits."
                    inputmode="numeric"
                />
                <TextField
                    errors
                    field="billing_day"
                    label="Billing day"
                    value=billing_day
                    hint="1 to 31. In a month without that day, invoices fall on its last day."
                    inputmode="numeric"
                />
                <div class="field">
                    <label for="currency">"Currency"</label>
                    <select
                        id="currency"
                        bind:value=currency
                        aria-invalid=errors.invalid("currency")
                        aria-describedby=errors.described_by("currency", None)
                    >
                        {CURRENCIES
                            .into_iter()
                            .map(|c| view! { <option value=c>{c}</option> })
                            .collect_view()}
                    </select>
                    <FieldMessage errors field="currency" />
                </div>
                <TextField
                    errors
                    field="discount_percent"
                    label="Discount (%)"
                    value=discount
                    hint="Written as TotalOtherDiscount in reconciliation files; 0 for none."
                    inputmode="decimal"
                />
                <TextField
                    errors
                    field="tax_percent"
                    label="Tax rate (%)"
                    value=tax
                    hint="Written as Tax in reconciliation files; 0 for none."
                    inputmode="decimal"
                />
            </fieldset>
            <fieldset
                aria-invalid=errors.invalid("profile")
                aria-describedby=errors.described_by("profile", None)
            >
                <legend>"Rules profile"</legend>
                {[RulesProfile::P2018, RulesProfile::P2017]
                    .into_iter()
                    .map(|p| {
                        let id = format!("profile-{}", p.label());
                        let description_id = format!("{id}-description");
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name="profile"
                                    value=p.label()
                                    bind:group=profile
                                    aria-describedby=description_id.clone()
                                />
                                <label for=id>{p.label()}</label>
                                <p id=description_id class="hint">
                                    {profile_description(p)}
                                </p>
                            </div>
                        }
                    })
                    .collect_view()}
                <FieldMessage errors field="profile" />
            </fieldset>
            <FieldMessage errors field="form" />
            <button type="submit">"Save settings"</button>
            <p class="status" role="status">
                {move || saved.get().then_some("Settings saved.")}
            </p>
        </form>
        <dialog
            node_ref=dialog
            aria-labelledby="profile-dialog-title"
            aria-describedby="profile-dialog-text"
        >
            <h2 id="profile-dialog-title">"Switch the rules profile?"</h2>
            <p id="profile-dialog-text">
                "Switching from " {stored_profile} " to " {new_profile}
                " re-derives every charge line of your book under the other rules. Invoices and reconciliation files you downloaded before will no longer match."
            </p>
            <div class="dialog-buttons">
                <button type="button" on:click=confirm>
                    "Switch to " {new_profile} " and save"
                </button>
                <button type="button" on:click=cancel>
                    "Keep " {stored_profile}
                </button>
            </div>
        </dialog>
        <crate::backup_ui::BackupSection />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> PartnerSettings {
        PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into())
    }

    #[test]
    fn a_draft_of_valid_settings_gives_them_back() {
        let s = settings();
        assert_eq!(SettingsDraft::from_settings(&s).to_settings(), Ok(s));
    }

    #[test]
    fn parse_and_rule_errors_come_together_once_per_field() {
        let mut draft = SettingsDraft::from_settings(&settings());
        draft.name = " ".into();
        draft.billing_day = "32".into();
        draft.profile = "2019".into();
        draft.tax_percent = "ten".into();
        draft.discount_percent = "150".into();
        let fields: Vec<String> = draft
            .to_settings()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            vec![
                "billing_day",
                "profile",
                "tax_percent",
                "name",
                "discount_percent"
            ]
        );
    }
}
