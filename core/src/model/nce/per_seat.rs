//! N6 and N29: exact per-seat amounts, subtotals cut toward zero, EffectiveUnitPrice as written.

use super::cycle::{Cycle, CycleShare};
use crate::base::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// An exact amount per seat, in cents, as the fraction `cents / per`: u × n/12 × b/D is rarely a
/// finite decimal, and N6 forbids rounding it before the subtotal is cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PerSeat {
    cents: i128,
    per: i128,
}

fn cents_of(money: Money) -> i128 {
    let mut d = money.0;
    d.rescale(2);
    d.mantissa()
}

impl PerSeat {
    pub const ZERO: PerSeat = PerSeat { cents: 0, per: 1 };

    /// c: a cycle's amount per seat, u times the cycle's share of the plan (N6, N21).
    pub fn of_cycle(unit_price: Money, share: CycleShare) -> PerSeat {
        PerSeat {
            cents: cents_of(unit_price) * i128::from(share.months),
            per: i128::from(share.of_months),
        }
    }

    /// e = c × b / D for an event on `day` inside `cycle` (N6).
    pub fn prorated(unit_price: Money, cycle: &Cycle, day: chrono::NaiveDate) -> PerSeat {
        let c = PerSeat::of_cycle(unit_price, cycle.share);
        PerSeat {
            cents: c.cents * i128::from(cycle.billing_days(day)),
            per: c.per * i128::from(cycle.days()),
        }
    }

    pub fn negated(self) -> PerSeat {
        PerSeat {
            cents: -self.cents,
            per: self.per,
        }
    }

    /// N6: e × q exactly, then cut toward zero to cents; a refund is minus the cut magnitude.
    pub fn subtotal(self, seats: u32) -> Money {
        // Integer division truncates toward zero, which is exactly N6's cut for both signs. In
        // 64 bits when it fits, as nearly every line does: 128-bit division is a slow library
        // call in wasm.
        let narrow = i64::try_from(self.cents)
            .ok()
            .and_then(|c| c.checked_mul(i64::from(seats)))
            .zip(i64::try_from(self.per).ok())
            .and_then(|(total, per)| total.checked_div(per));
        let cents = match narrow {
            Some(cents) => i128::from(cents),
            None => self.cents * i128::from(seats) / self.per,
        };
        Money(Decimal::from_i128_with_scale(cents, 2))
    }

    /// R6's EffectiveUnitPrice: half away from zero at 6 decimals (N29), trailing zeros dropped
    /// but at least 2 decimals.
    pub fn written(self) -> Decimal {
        // The value in millionths of a currency unit is cents × 10^4 / per.
        let scaled = self.cents * 10_000;
        let quotient = scaled / self.per;
        let remainder = scaled % self.per;
        let rounded = if 2 * remainder.abs() >= self.per {
            quotient + scaled.signum()
        } else {
            quotient
        };
        let mut d = Decimal::from_i128_with_scale(rounded, 6).normalize();
        if d.scale() < 2 {
            d.rescale(2);
        }
        d
    }
}
