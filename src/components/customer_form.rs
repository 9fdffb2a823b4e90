//! Creating and editing a customer (SPEC §1): every field checked by the core, the message at
//! the field; nothing is recorded until every field is right.

use crate::components::words::segment_word;
use crate::forms::controls::{SelectField, TextField};
use crate::forms::field::FieldMessage;
use crate::forms::form_errors::FormErrors;
use crate::state::book_state::use_book;
use crate::state::ids::new_guid;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::base::countries::COUNTRIES;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_l10n::{CommonText, CustomersText, Lang};

/// The form's controls, one signal per field of the customer.
#[derive(Clone, Copy)]
struct CustomerFields {
    name: RwSignal<String>,
    domain: RwSignal<String>,
    country: RwSignal<String>,
    segment: RwSignal<String>,
    reseller: RwSignal<String>,
}

impl CustomerFields {
    fn new(start: Customer) -> CustomerFields {
        CustomerFields {
            name: RwSignal::new(start.company_name),
            domain: RwSignal::new(start.domain),
            country: RwSignal::new(start.country),
            segment: RwSignal::new(start.segment.label().to_string()),
            reseller: RwSignal::new(start.reseller_mpn_id.unwrap_or_default()),
        }
    }

    /// The customer `id` as typed, trimmed and in the case the core expects; the country
    /// typed as a code or by its name in English or in `lang`.
    fn customer(&self, id: String, lang: Lang) -> Customer {
        let mpn = self.reseller.get_untracked().trim().to_string();
        Customer {
            id,
            company_name: self.name.get_untracked().trim().to_string(),
            domain: self.domain.get_untracked().trim().to_lowercase(),
            country: self.country.with_untracked(|typed| {
                lang.country_code(typed)
                    .map_or_else(|| typed.trim().to_uppercase(), str::to_string)
            }),
            segment: Segment::parse(&self.segment.get_untracked()).unwrap_or(Segment::Commercial),
            reseller_mpn_id: (!mpn.is_empty()).then_some(mpn),
        }
    }
}

#[component]
pub fn CustomerForm(
    /// The customer to edit; None creates a new one.
    existing: Option<Customer>,
    /// Called with the customer's id once recorded.
    on_saved: Callback<String>,
    #[prop(optional_no_strip)] on_close: Option<Callback<()>>,
) -> impl IntoView {
    let book = use_book();
    let language = use_language();
    let editing = existing.is_some();
    let start = existing.unwrap_or_else(|| Customer {
        id: new_guid(),
        company_name: String::new(),
        domain: String::new(),
        country: String::new(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    });
    let id = start.id.clone();
    let fields = CustomerFields::new(start);
    let errors = FormErrors::default();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let candidate = fields.customer(id.clone(), language.now());
        let problems = candidate.validate_entry();
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
                errors.set(vec![refusal.at_field(&field)]);
            }
        }
    };

    view! {
        <form class="customer-form" novalidate on:submit=submit>
            <CustomerControls fields errors />
            <FieldMessage field=errors.field("form") />
            <div class="form-buttons">
                <button type="submit">
                    {language.tr(if editing { CustomersText::SaveCustomer } else { CustomersText::CreateCustomer })}
                </button>
                {on_close.map(|close| view! {
                    <button type="button" on:click=move |_| close.run(())>{language.tr(CommonText::Close)}</button>
                })}
            </div>
        </form>
    }
}

/// The ISO countries the Country field offers as the partner types, named in the partner's
/// language ("Nederland (NL)" in Dutch, "Niederlande (NL)" in German).
#[component]
fn CountryList() -> impl IntoView {
    let language = use_language();
    let options = move || {
        let lang = language.get();
        COUNTRIES
            .iter()
            .map(|&(code, _)| view! { <option value=lang.country_label(code)></option> })
            .collect_view()
    };
    view! { <datalist id="country-list">{options}</datalist> }
}

/// The customer's fields, each tied to its error.
#[component]
fn CustomerControls(fields: CustomerFields, errors: FormErrors) -> impl IntoView {
    let language = use_language();
    // The value stays the core's label, which it parses; the partner reads the word.
    let segments = move || {
        let lang = language.get();
        Segment::ALL
            .map(|s| {
                (
                    s.label().to_string(),
                    lang.text(segment_word(s)).to_string(),
                )
            })
            .to_vec()
    };
    view! {
        <TextField
            field=errors.field("company_name")
            label=language.tr(CommonText::CompanyName)
            value=fields.name
            autocomplete="organization"
        />
        <TextField
            field=errors.field("domain")
            label=language.tr(CustomersText::PrimaryDomain)
            value=fields.domain
            hint=language.tr(CustomersText::DomainHint)
            no_spellcheck=true
        />
        <TextField
            field=errors.field("country")
            label=language.tr(CommonText::Country)
            value=fields.country
            hint=language.tr(CustomersText::CountryHint)
            autocomplete="country"
            list="country-list"
        >
            <CountryList />
        </TextField>
        <SelectField
            field=errors.field("segment")
            label=language.tr(CommonText::Segment)
            value=fields.segment
            options=Signal::derive(segments)
        />
        <TextField
            field=errors.field("reseller_mpn_id")
            label=language.tr(CustomersText::ResellerOptional)
            value=fields.reseller
            hint=language.tr(CustomersText::ResellerHint)
            inputmode="numeric"
        />
    }
}
