//! A message tied to one input field, for forms and imports.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field's key, as the form names it (e.g. "billing_day").
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_string(),
            message: message.into(),
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

/// MPN ids are numbers of 6 to 10 digits.
pub fn is_mpn_id(text: &str) -> bool {
    (6..=10).contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit())
}
