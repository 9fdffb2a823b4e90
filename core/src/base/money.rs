//! Exact money: a decimal amount that is never an `f64`.
//!
//! SPEC: amounts are rounded half away from zero to 2 decimals.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};
use std::str::FromStr;

/// An amount too large for exact decimal arithmetic (beyond 7.9e28): a typed error where an
/// operator would panic. The bounds of `base::bounds` keep the rules' amounts far below it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MoneyOverflow;

impl fmt::Display for MoneyOverflow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the amount is too large to compute exactly")
    }
}

/// An exact decimal amount of money in the partner's currency.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    pub fn new(units: i64, scale: u32) -> Money {
        Money(Decimal::new(units, scale))
    }

    pub fn from_int(units: i64) -> Money {
        Money(Decimal::from(units))
    }

    /// Half away from zero to 2 decimals, keeping two decimals in the text form.
    pub fn round2(self) -> Money {
        let mut d = self
            .0
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        d.rescale(2);
        Money(d)
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    pub fn decimal(self) -> Decimal {
        self.0
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyOverflow> {
        self.0.checked_add(other.0).map(Money).ok_or(MoneyOverflow)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyOverflow> {
        self.0.checked_sub(other.0).map(Money).ok_or(MoneyOverflow)
    }

    pub fn checked_mul(self, factor: Decimal) -> Result<Money, MoneyOverflow> {
        self.0.checked_mul(factor).map(Money).ok_or(MoneyOverflow)
    }

    /// The sum of `amounts`, or the overflow that an iterator's `sum` would panic on.
    pub fn checked_sum<'a>(
        amounts: impl IntoIterator<Item = &'a Money>,
    ) -> Result<Money, MoneyOverflow> {
        amounts
            .into_iter()
            .try_fold(Money::ZERO, |total, m| total.checked_add(*m))
    }

    /// Parses "12", "12.5", "-3.10"; refuses anything else.
    pub fn parse(text: &str) -> Result<Money, String> {
        let t = text.trim();
        if t.is_empty() {
            return Err("Enter an amount, such as 12.50.".into());
        }
        let ok = t
            .char_indices()
            .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && c == '-'));
        if !ok {
            return Err(format!(
                "\"{t}\" is not an amount: use digits and a dot, such as 12.50."
            ));
        }
        Decimal::from_str(t)
            .map(Money)
            .map_err(|_| format!("\"{t}\" is not an amount: use digits and a dot, such as 12.50."))
    }
}

impl fmt::Display for Money {
    /// Two decimals, a dot, a leading minus for credits: the reconciliation file's form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = self.round2();
        write!(f, "{}", r.0)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        self.0 += o.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money(self.0 - o.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Mul<Decimal> for Money {
    type Output = Money;
    fn mul(self, k: Decimal) -> Money {
        Money(self.0 * k)
    }
}

impl Mul<i64> for Money {
    type Output = Money;
    fn mul(self, k: i64) -> Money {
        Money(self.0 * Decimal::from(k))
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + *b)
    }
}

impl Money {
    /// R4, N7: the sum of `amounts` rounded to the cent, as `sum().round2()` gives it, at a
    /// third of the cost: rust_decimal's `+` aligns the two scales at every step, here each
    /// scale's mantissas are added as whole numbers and the scales meet once at the end. An
    /// invoice list sums every line of a three-year book (630,000).
    pub fn sum_to_cents(amounts: impl IntoIterator<Item = Money>) -> Money {
        let mut tally = Tally::new();
        amounts.into_iter().for_each(|m| tally.add(m));
        tally.total().round2()
    }
}

/// A running exact sum, kept per scale.
struct Tally {
    /// The whole-number sum of each scale's mantissas, always below 2^96 in size (what a
    /// Decimal holds): one about to grow past it goes into `carried` first.
    by_scale: [i128; MAX_SCALE + 1],
    carried: Decimal,
}

const MAX_SCALE: usize = 28;
const MANTISSA_LIMIT: u128 = 1 << 96;

impl Tally {
    fn new() -> Tally {
        Tally {
            by_scale: [0; MAX_SCALE + 1],
            carried: Decimal::ZERO,
        }
    }

    fn add(&mut self, amount: Money) {
        let scale = amount.0.scale();
        let bucket = &mut self.by_scale[scale as usize];
        // Both below 2^96 in size: their sum fits an i128.
        let next = *bucket + amount.0.mantissa();
        if next.unsigned_abs() < MANTISSA_LIMIT {
            *bucket = next;
        } else {
            self.carried += Decimal::from_i128_with_scale(*bucket, scale);
            *bucket = amount.0.mantissa();
        }
    }

    fn total(self) -> Money {
        let mut total = self.carried;
        for (scale, sum) in self.by_scale.iter().enumerate() {
            if *sum != 0 {
                total += Decimal::from_i128_with_scale(*sum, scale as u32);
            }
        }
        Money(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round2_is_half_away_from_zero() {
        assert_eq!(Money::new(1005, 3).round2().to_string(), "1.01");
        assert_eq!(Money::new(-1005, 3).round2().to_string(), "-1.01");
        assert_eq!(Money::new(1004, 3).round2().to_string(), "1.00");
        assert_eq!(Money::from_int(30).to_string(), "30.00");
    }

    #[test]
    fn checked_operations_return_the_overflow_instead_of_panicking() {
        let largest = Money(Decimal::MAX);
        assert_eq!(largest.checked_add(Money::new(1, 0)), Err(MoneyOverflow));
        assert_eq!((-largest).checked_sub(Money::new(1, 0)), Err(MoneyOverflow));
        assert_eq!(largest.checked_mul(Decimal::from(2)), Err(MoneyOverflow));
        assert_eq!(Money::checked_sum(&[largest, largest]), Err(MoneyOverflow));
        let sum = Money::checked_sum(&[Money::new(1050, 2), Money::new(-25, 2)]);
        assert_eq!(sum.map(|m| m.to_string()), Ok("10.25".to_string()));
        assert_eq!(
            Money::new(1050, 2).checked_mul(Decimal::from(3)),
            Ok(Money::new(3150, 2))
        );
    }

    #[test]
    fn parse_refuses_words_and_commas() {
        assert_eq!(Money::parse("12.5").unwrap().to_string(), "12.50");
        assert!(Money::parse("12,5").is_err());
        assert!(Money::parse("abc").is_err());
        assert!(Money::parse("").is_err());
    }
}
