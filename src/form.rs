//! Ties the core's `FieldError`s to form controls: each control points at its message with
//! aria-describedby and says aria-invalid, and the message is announced when it appears.

use leptos::prelude::*;
use partnerdesk_core::base::field_error::{message_for, FieldError};

#[derive(Clone, Copy, Debug)]
pub struct FormErrors(RwSignal<Vec<FieldError>>);

impl Default for FormErrors {
    fn default() -> Self {
        FormErrors(RwSignal::new(Vec::new()))
    }
}

impl FormErrors {
    pub fn set(&self, errors: Vec<FieldError>) {
        self.0.set(errors);
    }

    pub fn clear(&self) {
        self.0.set(Vec::new());
    }

    /// The message for `field` (reactive).
    pub fn message(&self, field: &str) -> Option<String> {
        self.0.with(|e| message_for(e, field).map(str::to_string))
    }

    /// For `aria-invalid`: present only while the field has an error.
    pub fn invalid(self, field: &'static str) -> impl Fn() -> Option<&'static str> + Send + Sync {
        move || self.message(field).map(|_| "true")
    }

    /// For `aria-describedby`: the field's hint, and its error while there is one.
    pub fn described_by(
        self,
        field: &'static str,
        hint: Option<&str>,
    ) -> impl Fn() -> Option<String> + Send + Sync {
        let hint = hint.map(str::to_string);
        move || {
            let error = self.message(field).map(|_| error_id(field));
            let ids: Vec<String> = hint.clone().into_iter().chain(error).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }
}

pub fn error_id(field: &str) -> String {
    format!("{field}-error")
}

/// The error text of one field, where aria-describedby points.
#[component]
pub fn FieldMessage(errors: FormErrors, field: &'static str) -> impl IntoView {
    move || {
        errors.message(field).map(|message| {
            view! { <p id=error_id(field) class="field-error" role="alert">{message}</p> }
        })
    }
}

/// A labelled text input tied to its errors: `field` is both the core's field key and the
/// input's id. A hint is shown under it and read with it; `children` go between the two
/// (a button that fills the field, say).
#[component]
pub fn TextField(
    errors: FormErrors,
    field: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] hint: Option<&'static str>,
    /// "numeric" or "decimal": the keyboard phones show.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] maxlength: Option<&'static str>,
    /// For codes and ids that are not words.
    #[prop(optional)]
    no_spellcheck: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{field}-hint"));
    let described_by = errors.described_by(field, hint_id.as_deref());
    view! {
        <div class="field">
            <label for=field>{label}</label>
            <input
                id=field
                type="text"
                inputmode=inputmode
                autocomplete=autocomplete
                maxlength=maxlength
                spellcheck=no_spellcheck.then_some("false")
                bind:value=value
                aria-invalid=errors.invalid(field)
                aria-describedby=described_by
            />
            {hint.map(|text| view! { <p id=hint_id class="hint">{text}</p> })}
            {children.map(|c| c())}
            <FieldMessage errors field />
        </div>
    }
}
