//! The partner's profile and the rules profile of SPEC §7.

use crate::base::field_error::{is_guid, is_mpn_id, FieldError, MPN_ID_DIGITS};
use crate::base::money::Money;
use crate::base::say::SettingsProblem;
use serde::{Deserialize, Serialize};

/// Which program's billing rules apply to the whole book: legacy license-based (SPEC §7) or new
/// commerce (SPEC-NCE §11, O11).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RulesProfile {
    /// Billing alignment of February 2018: the default.
    #[default]
    P2018,
    /// The launch rules the German FAQ seed describes.
    P2017,
    /// New commerce: every license-based purchase since 9/1/2024.
    P2022,
}

impl RulesProfile {
    /// Today's program first.
    pub const ALL: [RulesProfile; 3] = [
        RulesProfile::P2022,
        RulesProfile::P2018,
        RulesProfile::P2017,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RulesProfile::P2018 => "2018",
            RulesProfile::P2017 => "2017",
            RulesProfile::P2022 => "2022",
        }
    }

    pub fn parse(text: &str) -> Option<RulesProfile> {
        match text.trim() {
            "2018" => Some(RulesProfile::P2018),
            "2017" => Some(RulesProfile::P2017),
            "2022" => Some(RulesProfile::P2022),
            _ => None,
        }
    }
}

/// Currencies a partner can be billed in.
pub const CURRENCIES: [&str; 8] = ["USD", "EUR", "GBP", "CHF", "DKK", "SEK", "NOK", "AUD"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerSettings {
    pub name: String,
    /// GUID.
    pub partner_id: String,
    pub mpn_id: String,
    /// 1–31; in a month without that day, the month's last day.
    pub billing_day: u32,
    pub currency: String,
    pub profile: RulesProfile,
    /// Percent of Amount written as TotalOtherDiscount (SPEC R3); zero by default.
    #[serde(default)]
    pub discount_percent: Money,
    /// Percent of Subtotal written as Tax (SPEC R3); zero by default.
    #[serde(default)]
    pub tax_percent: Money,
    /// Whether the partner has said which program the book bills under (O11): a new partner
    /// has not, and is asked on the first visit; settings stored before the question existed
    /// had chosen by keeping the default.
    #[serde(default = "chosen_before", skip_serializing_if = "is_chosen")]
    pub program_chosen: bool,
}

fn chosen_before() -> bool {
    true
}

fn is_chosen(chosen: &bool) -> bool {
    *chosen
}

impl PartnerSettings {
    /// A new partner's profile, with the partner id the caller generated.
    pub fn new(partner_id: String) -> PartnerSettings {
        PartnerSettings {
            name: "My CSP Partner".into(),
            partner_id,
            mpn_id: "1234567".into(),
            billing_day: 15,
            currency: "USD".into(),
            profile: RulesProfile::P2018,
            discount_percent: Money::ZERO,
            tax_percent: Money::ZERO,
            program_chosen: false,
        }
    }

    /// Every problem, each tied to its field; empty when the settings can be saved.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(
                FieldError::new("name", "Enter the partner's name.")
                    .saying(SettingsProblem::PartnerNameMissing),
            );
        }
        if !is_guid(self.partner_id.trim()) {
            errors.push(
                FieldError::new(
                    "partner_id",
                    "The partner id must be a GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301.",
                )
                .saying(SettingsProblem::PartnerIdNotGuid),
            );
        }
        if !is_mpn_id(self.mpn_id.trim()) {
            let (min, max) = MPN_ID_DIGITS;
            errors.push(
                FieldError::new("mpn_id", "The MPN id is a number of 6 to 10 digits.")
                    .saying(SettingsProblem::MpnIdDigits { min, max }),
            );
        }
        if !BILLING_DAYS.contains(&self.billing_day) {
            errors.push(billing_day_error());
        }
        if !CURRENCIES.contains(&self.currency.as_str()) {
            let offered = CURRENCIES.map(String::from).to_vec();
            errors.push(
                FieldError::new(
                    "currency",
                    format!("Choose one of {}.", CURRENCIES.join(", ")),
                )
                .saying(SettingsProblem::CurrencyNotOffered { offered }),
            );
        }
        for (field, value) in [
            ("discount_percent", self.discount_percent),
            ("tax_percent", self.tax_percent),
        ] {
            if value.is_negative() || value > Money::from_int(100) {
                errors.push(
                    FieldError::new(field, "Enter a percentage from 0 to 100.")
                        .saying(SettingsProblem::PercentOutOfRange { low: 0, high: 100 }),
                );
            }
        }
        errors
    }
}

/// The days of a month a partner's billing can fall on.
const BILLING_DAYS: std::ops::RangeInclusive<u32> = 1..=31;

fn billing_day_error() -> FieldError {
    FieldError::new(
        "billing_day",
        "The billing day must be a whole number from 1 to 31.",
    )
    .saying(SettingsProblem::BillingDayOutOfRange {
        first: *BILLING_DAYS.start(),
        last: *BILLING_DAYS.end(),
    })
}

/// Parses the billing day typed into a form: a whole number 1–31.
pub fn parse_billing_day(text: &str) -> Result<u32, FieldError> {
    match text.trim().parse::<u32>() {
        Ok(n) if BILLING_DAYS.contains(&n) => Ok(n),
        _ => Err(billing_day_error()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::say::Say;

    fn valid() -> PartnerSettings {
        PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into())
    }

    #[test]
    fn defaults_are_valid_and_use_profile_2018() {
        assert!(valid().validate().is_empty());
        assert_eq!(valid().profile, RulesProfile::P2018);
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut s = valid();
        s.billing_day = 32;
        s.mpn_id = "12".into();
        s.partner_id = "not-a-guid".into();
        let fields: Vec<String> = s.validate().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["partner_id", "mpn_id", "billing_day"]);
        let said: Vec<Option<Say>> = s.validate().into_iter().map(|e| e.say).collect();
        assert_eq!(
            said,
            vec![
                Some(SettingsProblem::PartnerIdNotGuid.into()),
                Some(SettingsProblem::MpnIdDigits { min: 6, max: 10 }.into()),
                Some(SettingsProblem::BillingDayOutOfRange { first: 1, last: 31 }.into()),
            ]
        );
        assert_eq!(
            parse_billing_day("0").unwrap_err().say,
            Some(SettingsProblem::BillingDayOutOfRange { first: 1, last: 31 }.into())
        );
        assert_eq!(parse_billing_day(" 31 "), Ok(31));
    }
}
