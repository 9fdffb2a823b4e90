//! A message tied to one input field, for forms and imports.

use super::say::Say;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field's key, as the form names it (e.g. "billing_day").
    pub field: String,
    /// The problem in English. Readers that put it into a longer text (a backup's summary, an
    /// import's line) still use it; the app shows `say` in the partner's language when set.
    pub message: String,
    /// The problem as data (`base::say`), for the app to word in the partner's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub say: Option<Say>,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_string(),
            message: message.into(),
            say: None,
        }
    }

    /// The same problem, with what to say in any language.
    pub fn saying(self, say: impl Into<Say>) -> FieldError {
        FieldError {
            say: Some(say.into()),
            ..self
        }
    }
}

/// The message for `field` among `errors`, if any: what a form shows beside that field.
pub fn message_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.as_str())
}

/// True when `text` has the 8-4-4-4-12 hexadecimal form of a GUID.
pub fn is_guid(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    parts.len() == 5
        && parts
            .iter()
            .zip(lens)
            .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()))
}

/// How many digits an MPN id has, at least and at most.
pub const MPN_ID_DIGITS: (u32, u32) = (6, 10);

/// MPN ids are numbers of 6 to 10 digits.
pub fn is_mpn_id(text: &str) -> bool {
    let (min, max) = MPN_ID_DIGITS;
    u32::try_from(text.len()).is_ok_and(|len| (min..=max).contains(&len))
        && text.chars().all(|c| c.is_ascii_digit())
}
