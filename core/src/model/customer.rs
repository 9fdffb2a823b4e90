//! Customers of the partner (SPEC §1).

use crate::base::countries::country_name;
use crate::base::field_error::{is_mpn_id, FieldError, MPN_ID_DIGITS};
use crate::base::say::CustomerProblem;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Segment {
    Commercial,
    Education,
    Government,
    Nonprofit,
}

impl Segment {
    pub const ALL: [Segment; 4] = [
        Segment::Commercial,
        Segment::Education,
        Segment::Government,
        Segment::Nonprofit,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Segment::Commercial => "Commercial",
            Segment::Education => "Education",
            Segment::Government => "Government",
            Segment::Nonprofit => "Nonprofit",
        }
    }

    pub fn parse(text: &str) -> Option<Segment> {
        Segment::ALL
            .into_iter()
            .find(|s| s.label().eq_ignore_ascii_case(text.trim()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    /// GUID.
    pub id: String,
    pub company_name: String,
    pub domain: String,
    /// ISO 3166 alpha-2, upper case.
    pub country: String,
    pub segment: Segment,
    /// When sold through an indirect reseller; `None` when sold directly.
    pub reseller_mpn_id: Option<String>,
}

impl Customer {
    /// Every problem, each tied to its field; empty when the customer can be saved.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let name = self.company_name.trim();
        if name.is_empty() {
            errors.push(
                FieldError::new("company_name", "Enter the company name.")
                    .saying(CustomerProblem::CompanyNameMissing),
            );
        } else if name.chars().count() > 200 {
            errors.push(
                FieldError::new(
                    "company_name",
                    "The company name can have at most 200 characters.",
                )
                .saying(CustomerProblem::CompanyNameTooLong { max: 200 }),
            );
        }
        if !is_domain(self.domain.trim()) {
            errors.push(FieldError::new(
                "domain",
                "Enter a domain such as contoso.onmicrosoft.com: letters, digits and hyphens, with dots between parts.",
            )
            .saying(CustomerProblem::DomainInvalid));
        }
        let c = self.country.trim();
        if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
            errors.push(
                FieldError::new(
                    "country",
                    "Enter the two-letter ISO country code in capitals, such as US or NL.",
                )
                .saying(CustomerProblem::CountryCodeForm),
            );
        }
        if let Some(mpn) = &self.reseller_mpn_id {
            if !is_mpn_id(mpn.trim()) {
                errors.push(FieldError::new(
                    "reseller_mpn_id",
                    "A reseller MPN id is a number of 6 to 10 digits; leave it empty when you sell directly.",
                )
                .saying(CustomerProblem::ResellerMpnIdDigits {
                    min: MPN_ID_DIGITS.0,
                    max: MPN_ID_DIGITS.1,
                }));
            }
        }
        errors
    }
}

impl Customer {
    /// What a partner enters is held to more than a recorded customer: the country must be on
    /// the ISO list. Customers recorded before the list keep their codes, so that a stored book
    /// with a "UK" customer still loads and replays.
    pub fn validate_entry(&self) -> Vec<FieldError> {
        let mut errors: Vec<FieldError> = self
            .validate()
            .into_iter()
            .filter(|e| e.field != "country")
            .collect();
        if country_name(&self.country).is_none() {
            let at = errors
                .iter()
                .position(|e| e.field == "reseller_mpn_id")
                .unwrap_or(errors.len());
            errors.insert(
                at,
                FieldError::new(
                    "country",
                    "Choose the country from the list, or type its two-letter ISO code, such as NL or DE (the United Kingdom is GB).",
                )
                .saying(CustomerProblem::CountryUnknown),
            );
        }
        errors
    }
}

fn is_domain(text: &str) -> bool {
    let labels: Vec<&str> = text.split('.').collect();
    text.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contoso() -> Customer {
        Customer {
            id: "9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d".into(),
            company_name: "Contoso, Ltd.".into(),
            domain: "contoso.onmicrosoft.com".into(),
            country: "US".into(),
            segment: Segment::Commercial,
            reseller_mpn_id: None,
        }
    }

    #[test]
    fn a_valid_customer_has_no_errors() {
        assert!(contoso().validate().is_empty());
    }

    #[test]
    fn bad_fields_are_each_named() {
        let mut c = contoso();
        c.company_name = " ".into();
        c.domain = "contoso".into();
        c.country = "usa".into();
        c.reseller_mpn_id = Some("x".into());
        let fields: Vec<String> = c.validate().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec!["company_name", "domain", "country", "reseller_mpn_id"]
        );
        let entered: Vec<String> = c.validate_entry().into_iter().map(|e| e.field).collect();
        assert_eq!(entered, fields);
    }

    #[test]
    fn an_entered_country_must_be_on_the_iso_list_a_recorded_one_need_not() {
        let mut c = contoso();
        for code in ["UK", "XX", "NE"] {
            c.country = code.into();
            assert!(
                c.validate().is_empty(),
                "{code}: recorded customers still load"
            );
        }
        for code in ["UK", "XX"] {
            c.country = code.into();
            let errors = c.validate_entry();
            assert_eq!(errors.len(), 1, "{code}");
            assert_eq!(errors[0].field, "country");
            assert!(errors[0].message.contains("GB"));
        }
        c.country = "NE".into();
        assert!(c.validate_entry().is_empty(), "Niger is a country");
    }
}
