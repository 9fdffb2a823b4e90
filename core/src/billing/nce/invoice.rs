//! N7 and R6: a monthly invoice totals its lines' Total, which is Subtotal plus TaxTotal.

use crate::base::money::Money;
use rust_decimal::Decimal;

/// R6's TaxTotal: Subtotal × the partner's tax percentage, half away from zero (N29).
pub fn tax_total(subtotal: Money, tax_percent: Decimal) -> Money {
    (subtotal * (tax_percent / Decimal::ONE_HUNDRED)).round2()
}
