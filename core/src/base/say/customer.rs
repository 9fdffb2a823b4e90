//! What is wrong with a customer as entered (a form, an import's row).

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CustomerProblem {
    CompanyNameMissing,
    CompanyNameTooLong {
        max: u32,
    },
    DomainInvalid,
    /// Not two capitals.
    CountryCodeForm,
    /// Not on the ISO list.
    CountryUnknown,
    /// A reseller MPN id is a number of `min` to `max` digits.
    ResellerMpnIdDigits {
        min: u32,
        max: u32,
    },
}
