//! Form controls tied to an `ActionCheck`: a visible label, the problem at the field
//! (aria-invalid, aria-describedby, role=alert) and the value in a signal.

use super::action_check::ActionCheck;
use super::issue::FieldIssue;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::BillingFrequency;

#[component]
pub fn CheckedInput(
    check: ActionCheck,
    field: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] numeric: bool,
) -> impl IntoView {
    let id = check.id(field);
    let hint_id = hint.map(|_| format!("{id}-hint"));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                inputmode=numeric.then_some("numeric")
                autocomplete="off"
                bind:value=value
                aria-invalid=check.invalid(field)
                aria-describedby=check.described_by(field, hint_id.clone())
            />
            {hint.zip(hint_id).map(|(h, hid)| view! { <p id=hid class="hint">{h}</p> })}
            <FieldIssue id=check.error_id(field) message=Signal::derive(check.message(field)) />
        </div>
    }
}

/// A select of (value, text) options, with a first option that chooses nothing.
#[component]
pub fn CheckedSelect(
    check: ActionCheck,
    field: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(optional)] placeholder: Option<&'static str>,
) -> impl IntoView {
    let id = check.id(field);
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change:target=move |ev| value.set(ev.target().value())
                aria-invalid=check.invalid(field)
                aria-describedby=check.described_by(field, None)
            >
                {placeholder.map(|p| view! { <option value="">{p}</option> })}
                {move || {
                    let chosen = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let selected = v == chosen;
                            view! { <option value=v selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <FieldIssue id=check.error_id(field) message=Signal::derive(check.message(field)) />
        </div>
    }
}

/// Monthly or Annual, as a radio group under the legend "Billing frequency".
#[component]
pub fn FrequencyChoice(
    check: ActionCheck,
    value: RwSignal<String>,
    #[prop(into)] allowed: Signal<Vec<BillingFrequency>>,
) -> impl IntoView {
    let field = "frequency";
    let name = check.id(field);
    view! {
        <fieldset
            class="choices"
            aria-invalid=check.invalid(field)
            aria-describedby=check.described_by(field, None)
        >
            <legend>"Billing frequency"</legend>
            {move || {
                allowed
                    .get()
                    .into_iter()
                    .map(|f| {
                        let id = format!("{name}-{}", f.label().to_lowercase());
                        view! {
                            <span class="choice">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=name.clone()
                                    value=f.label()
                                    bind:group=value
                                />
                                <label for=id>{f.label()}</label>
                            </span>
                        }
                    })
                    .collect_view()
            }}
            <FieldIssue id=check.error_id(field) message=Signal::derive(check.message(field)) />
        </fieldset>
    }
}

/// The frequency a radio group's value names.
pub fn parse_frequency(text: &str) -> Option<BillingFrequency> {
    [BillingFrequency::Monthly, BillingFrequency::Annual]
        .into_iter()
        .find(|f| f.label() == text)
}
