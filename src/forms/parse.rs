//! Reading what the partner typed or chose into the values a command needs, or the problem of
//! the field that holds it, in the partner's language (followed inside the form's live check).

use crate::state::language::current_lang;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_l10n::{ActionsText, Text};

/// Reads a license quantity typed into a form.
pub fn parse_quantity(text: &str) -> Result<u32, FieldError> {
    text.trim()
        .parse::<u32>()
        .map_err(|_| FieldError::new("quantity", current_lang().text(ActionsText::EnterLicenses)))
}

/// The value of a choice that must be made, or the field's problem.
pub fn required(value: String, field: &str, message: impl Text) -> Result<String, FieldError> {
    if value.is_empty() {
        Err(FieldError::new(field, current_lang().text(message)))
    } else {
        Ok(value)
    }
}

/// The frequency a radio group's value names.
pub fn parse_frequency(text: &str) -> Option<BillingFrequency> {
    [BillingFrequency::Monthly, BillingFrequency::Annual]
        .into_iter()
        .find(|f| f.label() == text)
}

/// The billing frequency chosen, or the frequency field's problem.
pub fn chosen_frequency(choice: Option<BillingFrequency>) -> Result<BillingFrequency, FieldError> {
    choice.ok_or_else(|| {
        FieldError::new(
            "frequency",
            current_lang().text(ActionsText::ChooseFrequency),
        )
    })
}
