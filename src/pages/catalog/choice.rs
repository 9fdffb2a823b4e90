//! The catalog's first choice (P3): a billing frequency, or trial offers.

use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_l10n::{CatalogText, CommonText, Lang};

/// The catalog's first choice (P3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Monthly,
    Annual,
    Trial,
}

impl Choice {
    pub const ALL: [Choice; 3] = [Choice::Monthly, Choice::Annual, Choice::Trial];

    pub fn key(self) -> &'static str {
        match self {
            Choice::Monthly => "monthly",
            Choice::Annual => "annual",
            Choice::Trial => "trial",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Choice::Monthly => lang.text(CommonText::Monthly),
            Choice::Annual => lang.text(CommonText::Annual),
            Choice::Trial => lang.text(CatalogText::TrialOffer),
        }
    }

    pub fn parse(key: &str) -> Choice {
        Choice::ALL
            .into_iter()
            .find(|c| c.key() == key)
            .unwrap_or(Choice::Monthly)
    }

    pub fn frequency(self) -> Option<BillingFrequency> {
        match self {
            Choice::Monthly => Some(BillingFrequency::Monthly),
            Choice::Annual => Some(BillingFrequency::Annual),
            Choice::Trial => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_choice_defaults_to_monthly() {
        assert_eq!(Choice::parse("trial"), Choice::Trial);
        assert_eq!(Choice::parse("weekly"), Choice::Monthly);
        assert_eq!(Choice::Trial.frequency(), None);
    }
}
