//! The settings form's two fieldsets: the partner profile (SPEC §1) and the rules profile
//! (SPEC §7), each control tied to its error.

use super::draft::DraftFields;
use crate::components::program_text::{profile_description, profile_title};
use crate::forms::controls::{SelectField, TextField};
use crate::forms::field::FieldMessage;
use crate::forms::form_errors::FormErrors;
use crate::state::ids::new_guid;
use leptos::prelude::*;
use partnerdesk_core::model::settings::{RulesProfile, CURRENCIES};

#[component]
pub fn PartnerProfileFields(fields: DraftFields, errors: FormErrors) -> impl IntoView {
    let partner_id = fields.partner_id;
    view! {
        <fieldset>
            <legend>"Partner profile"</legend>
            <TextField field=errors.field("name") label="Partner name" value=fields.name autocomplete="organization" />
            <TextField
                field=errors.field("partner_id")
                label="Partner id"
                value=partner_id
                hint="A GUID. Use your Partner Center id, or keep the one generated for you."
                no_spellcheck=true
            >
                <button type="button" on:click=move |_| partner_id.set(new_guid())>
                    "Generate a new partner id"
                </button>
            </TextField>
            <TextField
                field=errors.field("mpn_id")
                label="MPN id"
                value=fields.mpn_id
                hint="6 to 10 digits."
                inputmode="numeric"
            />
            <TextField
                field=errors.field("billing_day")
                label="Billing day"
                value=fields.billing_day
                hint="1 to 31. In a month without that day, invoices fall on its last day."
                inputmode="numeric"
            />
            <SelectField
                field=errors.field("currency")
                label="Currency"
                value=fields.currency
                options={ CURRENCIES.map(|c| (c.to_string(), c.to_string())).to_vec() }
            />
            <TextField
                field=errors.field("discount_percent")
                label="Discount (%)"
                value=fields.discount_percent
                hint="Written as TotalOtherDiscount in reconciliation files; 0 for none."
                inputmode="decimal"
            />
            <TextField
                field=errors.field("tax_percent")
                label="Tax rate (%)"
                value=fields.tax_percent
                hint="Written as Tax in reconciliation files; 0 for none."
                inputmode="decimal"
            />
        </fieldset>
    }
}

#[component]
pub fn RulesProfileFields(profile: RwSignal<String>, errors: FormErrors) -> impl IntoView {
    let field = errors.field("profile");
    view! {
        <fieldset aria-invalid=field.invalid() aria-describedby=field.described_by()>
            <legend>"Rules profile"</legend>
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
