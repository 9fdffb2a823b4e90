//! Amounts of full and prorated legacy charge lines: SPEC C7, and the profile-2017 rounding of
//! §7. Which proration applies is the profile's choice (`LegacyProfile::prorate`).

use crate::base::money::Money;
use crate::model::catalog::BillingFrequency;
use rust_decimal::Decimal;

/// The price basis of one line: what a whole period costs per license and how many days it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Basis {
    /// u for a monthly period, 12 × u for an annual term.
    pub period_price: Money,
    /// Days of the monthly period, or 365 for an annual term (C7).
    pub period_days: i64,
}

impl Basis {
    pub fn new(
        frequency: BillingFrequency,
        monthly_price: Money,
        monthly_period_days: i64,
    ) -> Basis {
        match frequency {
            BillingFrequency::Monthly => Basis {
                period_price: monthly_price,
                period_days: monthly_period_days,
            },
            BillingFrequency::Annual => Basis {
                period_price: monthly_price * 12,
                period_days: 365,
            },
        }
    }
}

/// A line's unit price and amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Priced {
    pub unit_price: Money,
    pub amount: Money,
}

impl Priced {
    /// Nothing charged, written with two decimals like every amount.
    pub fn zero() -> Priced {
        Priced {
            unit_price: Money::ZERO.round2(),
            amount: Money::ZERO.round2(),
        }
    }

    pub fn negated(self) -> Priced {
        Priced {
            unit_price: -self.unit_price,
            amount: -self.amount,
        }
    }
}

/// A whole period: u × q monthly, 12 × u × q annual (C3, C4, C11).
pub fn full(basis: Basis, quantity: u32) -> Priced {
    Priced {
        unit_price: basis.period_price.round2(),
        amount: (basis.period_price * i64::from(quantity)).round2(),
    }
}

/// C7 (profile 2018): `days` of a period at `quantity` licenses at the exact daily rate,
/// rounded once at the end.
pub fn prorate_exact(basis: Basis, days: i64, quantity: u32) -> Priced {
    let price = basis.period_price.decimal();
    let d = Decimal::from(days);
    let n = Decimal::from(basis.period_days);
    let q = Decimal::from(quantity);
    Priced {
        unit_price: Money(price * d / n).round2(),
        amount: Money(price * d * q / n).round2(),
    }
}

/// §7 (profile 2017): the daily rate for all licenses is rounded to cents first, as Partner
/// Center did at launch.
pub fn prorate_daily_rate_first(basis: Basis, days: i64, quantity: u32) -> Priced {
    if quantity == 0 {
        return Priced::zero();
    }
    let price = basis.period_price.decimal();
    let d = Decimal::from(days);
    let n = Decimal::from(basis.period_days);
    let q = Decimal::from(quantity);
    let daily = Money(price * q / n).round2().decimal();
    let unit = Money(daily * d / q).round2();
    Priced {
        unit_price: unit,
        amount: (unit * quantity as i64).round2(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::BillingFrequency::{Annual, Monthly};

    fn m(units: i64) -> Money {
        Money::from_int(units)
    }

    #[test]
    fn c7_monthly_rate_uses_the_days_of_that_period() {
        let basis = Basis::new(Monthly, m(30), 31);
        let p = prorate_exact(basis, 22, 1);
        assert_eq!(p.amount.to_string(), "21.29");
    }

    #[test]
    fn c7_rounds_only_at_the_end() {
        let basis = Basis::new(Monthly, m(4), 31);
        let p = prorate_exact(basis, 12, 2);
        assert_eq!(p.unit_price.to_string(), "1.55");
        assert_eq!(p.amount.to_string(), "3.10");
    }

    #[test]
    fn c7_annual_rate_is_twelve_months_over_365_days() {
        let basis = Basis::new(Annual, m(4), 0);
        let p = prorate_exact(basis, 318, 1);
        assert_eq!(p.amount.to_string(), "41.82");
    }

    #[test]
    fn profile_2017_rounds_the_daily_rate_first() {
        let basis = Basis::new(Annual, m(4), 0);
        let p = prorate_daily_rate_first(basis, 318, 1);
        assert_eq!(p.amount.to_string(), "41.34");
    }

    #[test]
    fn c3_full_period_is_unit_times_quantity() {
        let p = full(Basis::new(Annual, m(4), 0), 3);
        assert_eq!(p.unit_price.to_string(), "48.00");
        assert_eq!(p.amount.to_string(), "144.00");
    }
}
