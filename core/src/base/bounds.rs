//! What PartnerDesk accepts as a value, wherever it comes from (a form, an imported file, the
//! stored book, a backup): days in one plausible range, prices and seat counts far above what
//! Partner Center sells yet far below what the rules' arithmetic can hold.
//!
//! Why these bounds keep every amount exact: a charge line is at most 12 × `MAX_PRICE` ×
//! `MAX_SEATS` = 1.2e13 (a year of an annual term; proration multiplies by days / days ≤ 1).
//! The 200 years of the range hold 2,400 billing dates; even 10 million subscriptions billed
//! on every one of them sum to 2.9e23, under rust_decimal's 7.9e28. Days in the range keep the
//! calendar arithmetic (the next billing date, a term's end) far from chrono's limits.

use crate::base::money::Money;
use chrono::{Datelike, NaiveDate};

const fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("a day of the calendar"),
    }
}

/// The first day PartnerDesk records or moves today to.
pub const FIRST_DAY: NaiveDate = day(2000, 1, 1);
/// The last day PartnerDesk records or moves today to.
pub const LAST_DAY: NaiveDate = day(2199, 12, 31);

/// Seats of one subscription: Partner Center's offers stop at 10,000 or so.
pub const MAX_SEATS: u32 = 1_000_000;

/// A monthly list price per license, in the partner's currency.
pub fn max_price() -> Money {
    Money::from_int(1_000_000)
}

pub fn plausible_day(day: NaiveDate) -> bool {
    (FIRST_DAY..=LAST_DAY).contains(&day)
}

pub fn plausible_price(price: Money) -> bool {
    !price.is_negative() && price <= max_price()
}

/// What the partner reads at a date field whose date is outside the range.
pub fn day_range_message() -> String {
    format!(
        "Choose a date from {FIRST_DAY} to {LAST_DAY}: PartnerDesk works with the years {} to {}.",
        FIRST_DAY.year(),
        LAST_DAY.year()
    )
}

/// What the partner reads at a price field whose price is outside the range.
pub fn price_range_message() -> String {
    format!(
        "Enter a price from 0 to {}: larger prices are typing errors.",
        max_price()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_range_holds_its_ends_and_nothing_beyond() {
        assert!(plausible_day(FIRST_DAY) && plausible_day(LAST_DAY));
        assert!(!plausible_day(FIRST_DAY.pred_opt().unwrap()));
        assert!(!plausible_day(LAST_DAY.succ_opt().unwrap()));
        assert!(!plausible_day(NaiveDate::MAX) && !plausible_day(NaiveDate::MIN));
        assert_eq!(
            day_range_message(),
            "Choose a date from 2000-01-01 to 2199-12-31: PartnerDesk works with the years 2000 to 2199."
        );
    }

    #[test]
    fn prices_are_zero_to_a_million() {
        assert!(plausible_price(Money::ZERO) && plausible_price(max_price()));
        assert!(!plausible_price(Money::new(100_000_001, 2)));
        assert!(!plausible_price(Money::new(-1, 2)));
    }
}
