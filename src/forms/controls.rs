//! Labelled controls tied to their problem through a `Field`: a text input, a select and the
//! billing-frequency radio group. The control's id is the field's id.

use super::field::{Field, FieldMessage};
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_l10n::CommonText;

/// A labelled text input. A hint is shown under it and read with it; `children` go between the
/// two (a button that fills the field, say).
#[component]
pub fn TextField(
    field: Field,
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    #[prop(optional, into)] hint: Option<TextProp>,
    /// "numeric" or "decimal": the keyboard phones show.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] maxlength: Option<&'static str>,
    /// The id of a datalist of suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
    /// For codes and ids that are not words.
    #[prop(optional)]
    no_spellcheck: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let field = if hint.is_some() {
        field.hinted()
    } else {
        field
    };
    let hint_id = field.hint_id();
    view! {
        <div class="field">
            <label for=field.id()>{move || label.get()}</label>
            <input
                id=field.id()
                type="text"
                inputmode=inputmode
                autocomplete=autocomplete
                maxlength=maxlength
                list=list
                spellcheck=no_spellcheck.then_some("false")
                bind:value=value
                on:input=move |_| field.touch()
                aria-invalid=field.invalid()
                aria-describedby=field.described_by()
            />
            {hint.map(|text| view! { <p id=hint_id class="hint">{move || text.get()}</p> })}
            {children.map(|c| c())}
            <FieldMessage field />
        </div>
    }
}

/// A labelled select of (value, text) options, with a first option that chooses nothing when
/// a `placeholder` is given.
#[component]
pub fn SelectField(
    field: Field,
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(optional, into)] placeholder: Option<TextProp>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=field.id()>{move || label.get()}</label>
            <select
                id=field.id()
                on:change:target=move |ev| {
                    field.touch();
                    value.set(ev.target().value());
                }
                aria-invalid=field.invalid()
                aria-describedby=field.described_by()
            >
                {placeholder.map(|p| view! { <option value="">{move || p.get()}</option> })}
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
            <FieldMessage field />
        </div>
    }
}

/// A frequency's word; the radio's value stays the core's label, which `parse_frequency` reads.
pub fn frequency_label(frequency: BillingFrequency) -> CommonText {
    match frequency {
        BillingFrequency::Monthly => CommonText::Monthly,
        BillingFrequency::Annual => CommonText::Annual,
    }
}

/// Monthly or Annual, as a radio group under the legend "Billing frequency"; the radios' name
/// is the field's id.
#[component]
pub fn FrequencyChoice(
    field: Field,
    value: RwSignal<String>,
    #[prop(into)] allowed: Signal<Vec<BillingFrequency>>,
) -> impl IntoView {
    let name = field.id();
    let language = use_language();
    view! {
        <fieldset
            class="choices"
            on:change=move |_| field.touch()
            aria-invalid=field.invalid()
            aria-describedby=field.described_by()
        >
            <legend>{language.tr(CommonText::BillingFrequency)}</legend>
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
                                <label for=id>{language.tr(frequency_label(f))}</label>
                            </span>
                        }
                    })
                    .collect_view()
            }}
            <FieldMessage field />
        </fieldset>
    }
}
