//! N7 and R6: a monthly invoice totals its lines' Total, which is Subtotal plus TaxTotal.

use crate::base::money::Money;
use rust_decimal::Decimal;

/// The partner's tax as a fraction of the Subtotal: the percentage divided once for the many
/// lines of a replay or a file, not once per line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaxRate(Decimal);

impl TaxRate {
    pub fn of(tax_percent: Decimal) -> TaxRate {
        TaxRate(tax_percent / Decimal::ONE_HUNDRED)
    }

    /// R6's TaxTotal: Subtotal × the partner's tax percentage, half away from zero (N29).
    pub fn on(self, subtotal: Money) -> Money {
        (subtotal * self.0).round2()
    }
}
