//! Calendar arithmetic of SPEC: month steps clamp to the month's last day; billing dates.

use chrono::{Datelike, Duration, NaiveDate};

/// The last day of a month.
pub fn last_day_of_month(year: i32, month: u32) -> u32 {
    // Counted, not asked of the calendar: every month step of every replay comes here.
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The given day of a month, or the month's last day when it is shorter.
pub fn clamped_day(year: i32, month: u32, day: u32) -> NaiveDate {
    let d = day.min(last_day_of_month(year, month));
    NaiveDate::from_ymd_opt(year, month, d).expect("clamped day exists")
}

/// `date` + `months` calendar months, clamped (Jan 31 + 1 month = Feb 28/29).
/// Always computed from the anchor so that steps never drift (Jan 31 + 2 = Mar 31).
pub fn add_months(date: NaiveDate, months: i32) -> NaiveDate {
    let total = date.year() * 12 + date.month0() as i32 + months;
    let year = total.div_euclid(12);
    let month = total.rem_euclid(12) as u32 + 1;
    clamped_day(year, month, date.day())
}

pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    date + Duration::days(days)
}

/// Days from `from` to `to`, both counted (Jan 1..Jan 1 = 1).
pub fn days_inclusive(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days() + 1
}

/// The partner's billing date in the month of `date` (billing day clamped to the month).
pub fn billing_date_in_month(date: NaiveDate, billing_day: u32) -> NaiveDate {
    clamped_day(date.year(), date.month(), billing_day)
}

/// B(x): the first partner billing date on or after `x` (SPEC §4, §10).
pub fn billing_date_on_or_after(x: NaiveDate, billing_day: u32) -> NaiveDate {
    let this_month = billing_date_in_month(x, billing_day);
    if this_month >= x {
        this_month
    } else {
        billing_date_in_month(add_months(first_of_month(x), 1), billing_day)
    }
}

/// The first partner billing date strictly after `x`.
pub fn billing_date_after(x: NaiveDate, billing_day: u32) -> NaiveDate {
    billing_date_on_or_after(add_days(x, 1), billing_day)
}

pub fn first_of_month(date: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(date.year(), date.month(), 1).expect("first of month exists")
}

/// Parses the reconciliation and price-list form M/D/YYYY, or ISO YYYY-MM-DD.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%m/%d/%Y"))
        .ok()
}

/// M/D/YYYY, as Partner Center writes dates.
pub fn us_date(date: NaiveDate) -> String {
    UsDate(date).to_string()
}

/// A date displayed M/D/YYYY: written straight into a buffer where a file has many of them.
#[derive(Clone, Copy, Debug)]
pub struct UsDate(pub NaiveDate);

impl std::fmt::Display for UsDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}/{}", self.0.month(), self.0.day(), self.0.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn month_steps_clamp_without_drift() {
        assert_eq!(add_months(d(2018, 1, 31), 1), d(2018, 2, 28));
        assert_eq!(add_months(d(2020, 1, 31), 1), d(2020, 2, 29));
        assert_eq!(add_months(d(2018, 1, 31), 2), d(2018, 3, 31));
        assert_eq!(add_months(d(2018, 11, 15), 2), d(2019, 1, 15));
        assert_eq!(add_months(d(2018, 1, 15), -1), d(2017, 12, 15));
    }

    #[test]
    fn the_last_day_of_each_month_is_the_calendars() {
        for year in [-400, -100, -1, 0, 1900, 2000, 2023, 2024, 2100, 2400] {
            for month in 1..=12 {
                let next_first = add_days(d(year, month, 28), 4).with_day(1).unwrap();
                assert_eq!(
                    last_day_of_month(year, month),
                    add_days(next_first, -1).day(),
                    "{month}/{year}"
                );
            }
        }
    }

    #[test]
    fn billing_date_on_or_after_includes_the_day_itself() {
        assert_eq!(billing_date_on_or_after(d(2018, 6, 15), 15), d(2018, 6, 15));
        assert_eq!(billing_date_on_or_after(d(2018, 6, 16), 15), d(2018, 7, 15));
        assert_eq!(billing_date_on_or_after(d(2018, 2, 10), 31), d(2018, 2, 28));
        assert_eq!(
            billing_date_on_or_after(d(2018, 12, 20), 15),
            d(2019, 1, 15)
        );
        assert_eq!(billing_date_after(d(2018, 6, 15), 15), d(2018, 7, 15));
    }

    #[test]
    fn days_are_counted_inclusively() {
        assert_eq!(days_inclusive(d(2018, 3, 1), d(2019, 1, 12)), 318);
        assert_eq!(days_inclusive(d(2018, 6, 1), d(2018, 6, 1)), 1);
    }

    #[test]
    fn dates_parse_in_both_forms() {
        assert_eq!(parse_date("6/1/2018"), Some(d(2018, 6, 1)));
        assert_eq!(parse_date("2018-06-01"), Some(d(2018, 6, 1)));
        assert_eq!(parse_date("31/31/2018"), None);
        assert_eq!(us_date(d(2018, 6, 1)), "6/1/2018");
    }
}
