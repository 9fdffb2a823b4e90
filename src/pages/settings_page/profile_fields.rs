//! The settings form's two fieldsets: the partner profile (SPEC §1) and the rules profile
//! (SPEC §7), each control tied to its error.

use super::draft::DraftFields;
use crate::components::program_text::{profile_description, profile_title};
use crate::forms::controls::{SelectField, TextField};
use crate::forms::field::FieldMessage;
use crate::forms::form_errors::FormErrors;
use crate::state::ids::new_guid;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::model::settings::{RulesProfile, CURRENCIES};
use partnerdesk_l10n::SettingsText as T;

#[component]
pub fn PartnerProfileFields(fields: DraftFields, errors: FormErrors) -> impl IntoView {
    let partner_id = fields.partner_id;
    let language = use_language();
    // The controls take their words as `&'static str`: they are made again in a new language,
    // their values kept in `fields`.
    let controls = move || {
        let lang = language.get();
        let text = move |key: T| lang.text(key);
        view! {
            <TextField field=errors.field("name") label=text(T::PartnerName) value=fields.name autocomplete="organization" />
            <TextField
                field=errors.field("partner_id")
                label=text(T::PartnerId)
                value=partner_id
                hint=text(T::PartnerIdHint)
                no_spellcheck=true
            >
                <button type="button" on:click=move |_| partner_id.set(new_guid())>
                    {text(T::NewPartnerId)}
                </button>
            </TextField>
            <TextField
                field=errors.field("mpn_id")
                label=text(T::MpnId)
                value=fields.mpn_id
                hint=text(T::MpnIdHint)
                inputmode="numeric"
            />
            <TextField
                field=errors.field("billing_day")
                label=text(T::BillingDay)
                value=fields.billing_day
                hint=text(T::BillingDayHint)
                inputmode="numeric"
            />
            <SelectField
                field=errors.field("currency")
                label=text(T::Currency)
                value=fields.currency
                options={ CURRENCIES.map(|c| (c.to_string(), c.to_string())).to_vec() }
            />
            <TextField
                field=errors.field("discount_percent")
                label=text(T::Discount)
                value=fields.discount_percent
                hint=text(T::DiscountHint)
                inputmode="decimal"
            />
            <TextField
                field=errors.field("tax_percent")
                label=text(T::TaxRate)
                value=fields.tax_percent
                hint=text(T::TaxRateHint)
                inputmode="decimal"
            />
        }
    };
    view! {
        <fieldset>
            <legend>{language.tr(T::PartnerProfile)}</legend>
            {controls}
        </fieldset>
    }
}

#[component]
pub fn RulesProfileFields(profile: RwSignal<String>, errors: FormErrors) -> impl IntoView {
    let field = errors.field("profile");
    let language = use_language();
    view! {
        <fieldset aria-invalid=field.invalid() aria-describedby=field.described_by()>
            <legend>{language.tr(T::RulesProfile)}</legend>
            {RulesProfile::ALL
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
                            <label for=id>{profile_title(p)}</label>
                            <p id=description_id class="hint">
                                {profile_description(p)}
                            </p>
                        </div>
                    }
                })
                .collect_view()}
            <FieldMessage field />
        </fieldset>
    }
}
