//! Creating and editing a customer (SPEC §1): every field checked by the core, the message at
//! the field; nothing is recorded until every field is right.

use super::issue::is_spec_rule;
use crate::book_state::{new_guid, use_book};
use crate::form::{FieldMessage, FormErrors, TextField};
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::{Customer, Segment};

#[component]
pub fn CustomerForm(
    /// The customer to edit; None creates a new one.
    existing: Option<Customer>,
    /// Called with the customer's id once recorded.
    on_saved: Callback<String>,
    #[prop(optional_no_strip)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let book = use_book();
    let editing = existing.is_some();
    let start = existing.clone().unwrap_or_else(|| Customer {
        id: new_guid(),
        company_name: String::new(),
        domain: String::new(),
        country: String::new(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    });
    let id = start.id.clone();
    let name = RwSignal::new(start.company_name);
    let domain = RwSignal::new(start.domain);
    let country = RwSignal::new(start.country);
    let segment = RwSignal::new(start.segment.label().to_string());
    let reseller = RwSignal::new(start.reseller_mpn_id.unwrap_or_default());
    let errors = FormErrors::default();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mpn = reseller.get_untracked().trim().to_string();
        let candidate = Customer {
            id: id.clone(),
            company_name: name.get_untracked().trim().to_string(),
            domain: domain.get_untracked().trim().to_lowercase(),
            country: country.get_untracked().trim().to_uppercase(),
            segment: Segment::parse(&segment.get_untracked()).unwrap_or(Segment::Commercial),
            reseller_mpn_id: (!mpn.is_empty()).then_some(mpn),
        };
        let problems = candidate.validate();
        if !problems.is_empty() {
            return errors.set(problems);
        }
        let command = if editing {
            Command::EditCustomer(candidate)
        } else {
            Command::CreateCustomer(candidate)
        };
        match book.execute(command) {
            Ok(_) => {
                errors.clear();
                on_saved.run(id.clone());
            }
            Err(refusal) => {
                let field = refusal.field.clone().unwrap_or_else(|| "form".into());
                let rule = is_spec_rule(&refusal.rule).then(|| format!(" (rule {})", refusal.rule));
                errors.set(vec![FieldError::new(
                    &field,
                    format!("{}{}", refusal.message, rule.unwrap_or_default()),
                )]);
            }
        }
    };

    view! {
        <form class="customer-form" novalidate on:submit=submit>
            <TextField errors field="company_name" label="Company name" value=name autocomplete="organization" />
            <TextField
                errors
                field="domain"
                label="Primary domain"
                value=domain
                hint="Such as contoso.onmicrosoft.com."
                no_spellcheck=true
            />
            <TextField
                errors
                field="country"
                label="Country"
                value=country
                hint="Two-letter ISO code, such as US, NL or DE."
                maxlength="2"
                autocomplete="country"
            />
            <div class="field">
                <label for="segment">"Segment"</label>
                <select
                    id="segment"
                    bind:value=segment
                    aria-invalid=errors.invalid("segment")
                    aria-describedby=errors.described_by("segment", None)
                >
                    {Segment::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.label()>{s.label()}</option> })
                        .collect_view()}
                </select>
                <FieldMessage errors field="segment" />
            </div>
            <TextField
                errors
                field="reseller_mpn_id"
                label="Reseller MPN id (optional)"
                value=reseller
                hint="6 to 10 digits, when an indirect reseller sells to this customer; empty when you sell directly."
                inputmode="numeric"
            />
            <FieldMessage errors field="form" />
            <div class="form-buttons">
                <button type="submit">{if editing { "Save customer" } else { "Create customer" }}</button>
                {on_close.map(|close| view! {
                    <button type="button" on:click=move |_| close.run(())>"Close"</button>
                })}
            </div>
        </form>
    }
}
