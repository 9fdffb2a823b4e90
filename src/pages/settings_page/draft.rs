//! The settings form's draft: the text as typed, read into the partner's settings by the core,
//! and the signals the form's controls edit.

use leptos::prelude::*;
use partnerdesk_core::base::field_error::{message_for, FieldError};
use partnerdesk_core::model::settings::{parse_billing_day, PartnerSettings, RulesProfile};
use partnerdesk_core::Money;
use partnerdesk_l10n::{Lang, SettingsText};

/// What the form holds: the text as typed, so that a bad entry can be shown back with its error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsDraft {
    pub name: String,
    pub partner_id: String,
    pub mpn_id: String,
    pub billing_day: String,
    pub currency: String,
    pub profile: String,
    pub discount_percent: String,
    pub tax_percent: String,
}

impl SettingsDraft {
    /// The settings as the form shows them, rates in `lang`'s form ("21,50" in nl and de).
    pub fn from_settings(s: &PartnerSettings, lang: Lang) -> SettingsDraft {
        SettingsDraft {
            name: s.name.clone(),
            partner_id: s.partner_id.clone(),
            mpn_id: s.mpn_id.clone(),
            billing_day: s.billing_day.to_string(),
            currency: s.currency.clone(),
            profile: s.profile.label().to_string(),
            discount_percent: lang.amount(s.discount_percent),
            tax_percent: lang.amount(s.tax_percent),
        }
    }

    /// The settings the draft describes, rates read in `lang`'s form, or every problem of
    /// every field: first what cannot be parsed, then the core's `PartnerSettings::validate`
    /// for the rest.
    pub fn to_settings(&self, lang: Lang) -> Result<PartnerSettings, Vec<FieldError>> {
        let percent = |text: &str| {
            lang.parse_percent(text)
                .map(Money)
                .map_err(|expected| lang.unreadable(expected))
        };
        let mut errors = Vec::new();
        let candidate = PartnerSettings {
            name: self.name.trim().to_string(),
            partner_id: self.partner_id.trim().to_lowercase(),
            mpn_id: self.mpn_id.trim().to_string(),
            billing_day: parse_billing_day(&self.billing_day).unwrap_or_else(|e| {
                errors.push(e);
                0
            }),
            currency: self.currency.clone(),
            profile: take(
                &mut errors,
                "profile",
                RulesProfile::parse(&self.profile)
                    .ok_or_else(|| lang.text(SettingsText::ChooseProfile).into()),
            ),
            discount_percent: take(
                &mut errors,
                "discount_percent",
                percent(&self.discount_percent),
            ),
            tax_percent: take(&mut errors, "tax_percent", percent(&self.tax_percent)),
            // Saving the settings names the program, whichever it is.
            program_chosen: true,
        };
        for e in candidate.validate() {
            if message_for(&errors, &e.field).is_none() {
                errors.push(e);
            }
        }
        if errors.is_empty() {
            Ok(candidate)
        } else {
            Err(errors)
        }
    }
}

/// The parsed value, or a stand-in after recording the field's error, so that the other
/// fields can still be validated in the same pass.
fn take<T: Default>(errors: &mut Vec<FieldError>, field: &str, parsed: Result<T, String>) -> T {
    parsed.unwrap_or_else(|message| {
        errors.push(FieldError::new(field, message));
        T::default()
    })
}

/// The form's controls: one signal per field of the draft.
#[derive(Clone, Copy, Debug)]
pub struct DraftFields {
    pub name: RwSignal<String>,
    pub partner_id: RwSignal<String>,
    pub mpn_id: RwSignal<String>,
    pub billing_day: RwSignal<String>,
    pub currency: RwSignal<String>,
    pub profile: RwSignal<String>,
    pub discount_percent: RwSignal<String>,
    pub tax_percent: RwSignal<String>,
}

impl DraftFields {
    pub fn new(draft: SettingsDraft) -> DraftFields {
        DraftFields {
            name: RwSignal::new(draft.name),
            partner_id: RwSignal::new(draft.partner_id),
            mpn_id: RwSignal::new(draft.mpn_id),
            billing_day: RwSignal::new(draft.billing_day),
            currency: RwSignal::new(draft.currency),
            profile: RwSignal::new(draft.profile),
            discount_percent: RwSignal::new(draft.discount_percent),
            tax_percent: RwSignal::new(draft.tax_percent),
        }
    }

    /// What the controls hold now (reactive).
    pub fn draft(&self) -> SettingsDraft {
        SettingsDraft {
            name: self.name.get(),
            partner_id: self.partner_id.get(),
            mpn_id: self.mpn_id.get(),
            billing_day: self.billing_day.get(),
            currency: self.currency.get(),
            profile: self.profile.get(),
            discount_percent: self.discount_percent.get(),
            tax_percent: self.tax_percent.get(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> PartnerSettings {
        PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into())
    }

    #[test]
    fn a_draft_of_valid_settings_gives_them_back_with_the_program_named() {
        let s = settings();
        for lang in Lang::ALL {
            let saved = SettingsDraft::from_settings(&s, lang).to_settings(lang);
            assert_eq!(
                saved,
                Ok(PartnerSettings {
                    program_chosen: true,
                    ..s.clone()
                })
            );
        }
    }

    #[test]
    fn parse_and_rule_errors_come_together_once_per_field() {
        let mut draft = SettingsDraft::from_settings(&settings(), Lang::En);
        draft.name = " ".into();
        draft.billing_day = "32".into();
        draft.profile = "2019".into();
        draft.tax_percent = "ten".into();
        draft.discount_percent = "150".into();
        let fields: Vec<String> = draft
            .to_settings(Lang::En)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            vec![
                "billing_day",
                "profile",
                "tax_percent",
                "name",
                "discount_percent"
            ]
        );
    }

    #[test]
    fn rates_are_read_with_the_languages_decimal_separator() {
        let mut draft = SettingsDraft::from_settings(&settings(), Lang::Nl);
        assert_eq!(draft.tax_percent, "0,00");
        draft.tax_percent = "21,5".into();
        draft.discount_percent = "2,5 %".into();
        let read = draft.to_settings(Lang::Nl).unwrap();
        assert_eq!(read.tax_percent, Money::new(215, 1));
        assert_eq!(read.discount_percent, Money::new(25, 1));
        draft.tax_percent = "21.5".into();
        let refused = draft.to_settings(Lang::De).unwrap_err();
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].field, "tax_percent");
        assert_eq!(
            refused[0].message,
            "Geben Sie einen Prozentsatz ein, zum Beispiel 21,5."
        );
    }
}
