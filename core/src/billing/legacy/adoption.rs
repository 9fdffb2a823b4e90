//! The term of an adopted subscription (issue 12): the file gives its first and last day; its
//! periods fall where the profile puts those of a term starting that day (the billing day for
//! a monthly term under 2017), or else on the term start's day (C2, as after a frequency
//! change), or on the billing day.

use super::calendar::term_from;
use super::profile::LegacyProfile;
use crate::model::catalog::BillingFrequency;
use crate::model::subscription::Term;
use chrono::{Datelike, NaiveDate};

/// The 12-month term from `start` to `end`, or None when no such term runs between them.
pub fn adopted_term(
    profile: &dyn LegacyProfile,
    start: NaiveDate,
    end: NaiveDate,
    billing_day: u32,
    frequency: BillingFrequency,
) -> Option<Term> {
    let of_profile = profile.purchase_term(start, frequency, billing_day);
    std::iter::once(of_profile)
        .filter(|t| t.start == start)
        .chain(
            [start.day(), billing_day]
                .into_iter()
                .map(|anchor| term_from(start, anchor, frequency)),
        )
        .find(|term| term.end == end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::billing::legacy::profile_2017::Profile2017;
    use crate::billing::legacy::profile_2018::Profile2018;
    use crate::model::catalog::BillingFrequency::{Annual, Monthly};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn c1_an_adopted_term_is_twelve_months_with_the_periods_of_its_profile() {
        let term = adopted_term(&Profile2018, d(2018, 6, 1), d(2019, 5, 31), 15, Monthly);
        assert_eq!(term.map(|t| t.anchor_day), Some(1));
        // Under 2017 a monthly term's periods fall on the billing day, the 31st here.
        let p2017 = adopted_term(&Profile2017, d(2018, 4, 30), d(2019, 4, 29), 31, Monthly);
        assert_eq!(p2017.map(|t| t.anchor_day), Some(31));
        let p2018 = adopted_term(&Profile2018, d(2018, 4, 30), d(2019, 4, 29), 31, Monthly);
        assert_eq!(p2018.map(|t| t.anchor_day), Some(30));
        assert!(adopted_term(&Profile2018, d(2018, 6, 1), d(2019, 6, 1), 15, Annual).is_none());
    }
}
