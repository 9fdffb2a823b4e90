//! The core's `FieldError`s of a form that is checked when it is submitted: each error shows
//! at the field whose key it names (see `Field`).

use super::field::Field;
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

    /// The control whose id is the core's field key `key`, tied to that key's error.
    pub fn field(self, key: &'static str) -> Field {
        let message =
            Signal::derive(move || self.0.with(|e| message_for(e, key).map(str::to_string)));
        Field::new(key, message)
    }
}
