//! Ties the core's `FieldError`s to form controls: each control points at its message with
//! aria-describedby and says aria-invalid, and the message is announced when it appears.

use leptos::prelude::*;
use partnerdesk_core::field_error::{message_for, FieldError};

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
        hint: Option<&'static str>,
    ) -> impl Fn() -> Option<String> + Send + Sync {
        move || {
            let error = self.message(field).map(|_| error_id(field));
            let ids: Vec<String> = hint.map(str::to_string).into_iter().chain(error).collect();
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
