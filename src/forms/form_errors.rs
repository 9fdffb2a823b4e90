//! The core's `FieldError`s of a form that is checked when it is submitted: each error shows
//! at the field whose key it names (see `Field`), in the app's language when the core said it
//! as data (`FieldError::say`).

use super::field::Field;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_l10n::Lang;

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
        let language = use_language();
        let message = Signal::derive(move || {
            let lang = language.get();
            self.0.with(|errors| {
                errors
                    .iter()
                    .find(|e| e.field == key)
                    .map(|e| words(e, lang))
            })
        });
        Field::new(key, message)
    }
}

/// What the error says in `lang`; its English message until the core says it as data.
fn words(error: &FieldError, lang: Lang) -> String {
    error
        .say
        .as_ref()
        .map_or_else(|| error.message.clone(), |say| lang.say(say))
}
