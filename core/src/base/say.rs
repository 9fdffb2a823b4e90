//! What the core has to tell the partner, as data rather than words. The app's `l10n` crate
//! (`partnerdesk-l10n`, which depends on this crate) says each `Say` in the partner's language
//! and writes its dates, amounts and counts in the partner's locale; the core holds no
//! translations and no locale formats.
//!
//! A variant carries the figures its sentence needs, typed (`NaiveDate`, `Money`, counts), never
//! text already formatted. Each language of `l10n` matches every variant, so a variant without
//! a sentence in one of them does not compile.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Say {
    /// The partner's name is empty.
    PartnerNameMissing,
    /// The partner id is not a GUID.
    PartnerIdNotGuid,
    /// MPN ids are numbers of `min` to `max` digits.
    MpnIdDigits { min: u32, max: u32 },
    /// The billing day is a day of the month, `first` to `last`.
    BillingDayOutOfRange { first: u32, last: u32 },
    /// The currency is not one the partner can be billed in.
    CurrencyNotOffered { offered: Vec<String> },
    /// A percentage outside `low` to `high`.
    PercentOutOfRange { low: u32, high: u32 },
}
