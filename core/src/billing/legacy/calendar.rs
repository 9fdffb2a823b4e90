//! The calendar of a legacy term (SPEC C1, C2): where its periods start, which period a day
//! falls in, when it renews.

use crate::base::dates::{add_days, add_months, clamped_day, first_of_month};
use crate::model::catalog::BillingFrequency;
use crate::model::subscription::Term;
use chrono::{Datelike, NaiveDate};

/// Monthly periods in a term (C2).
const MONTHS_PER_TERM: i32 = 12;

/// The `k`-th period start of a term that starts on `start`, its periods on `anchor_day`.
fn period_start(start: NaiveDate, k: i32, anchor_day: u32) -> NaiveDate {
    let month = add_months(first_of_month(start), k);
    clamped_day(month.year(), month.month(), anchor_day)
}

/// A term starting on `start` with periods on `anchor_day` (C1, C2): it ends the day before
/// its thirteenth period would start.
pub fn term_from(start: NaiveDate, anchor_day: u32, frequency: BillingFrequency) -> Term {
    Term {
        start,
        end: add_days(period_start(start, MONTHS_PER_TERM, anchor_day), -1),
        anchor_day,
        frequency,
    }
}

/// C1: a purchase on `day` starts its term that day, or on the 1st of the next month when
/// bought on the 29th, 30th or 31st; its periods fall on the term start's day.
pub fn anniversary_term(day: NaiveDate, frequency: BillingFrequency) -> Term {
    let start = if day.day() >= 29 {
        add_months(first_of_month(day), 1)
    } else {
        day
    };
    term_from(start, start.day(), frequency)
}

/// One billing period: its price basis runs from `basis_start` to `end`.
#[derive(Clone, Copy, Debug)]
pub struct Period {
    /// 0 for the first period of the term (and for the one period of an annual term).
    pub index: i32,
    pub basis_start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// The day after the period: the next period's start or the renewal day.
    pub fn next_start(&self) -> NaiveDate {
        add_days(self.end, 1)
    }
}

/// A term and where its first period's price basis starts (the purchase day when the
/// purchase comes before the term; SPEC C1, A3).
#[derive(Clone, Copy, Debug)]
pub struct TermCalendar {
    pub term: Term,
    pub first_basis_start: NaiveDate,
}

impl TermCalendar {
    /// The `k`-th period (k = 0 for the whole of an annual term).
    pub fn period(&self, k: i32) -> Period {
        let term = &self.term;
        if term.frequency == BillingFrequency::Annual {
            return Period {
                index: 0,
                basis_start: self.first_basis_start.min(term.start),
                end: term.end,
            };
        }
        let start = period_start(term.start, k, term.anchor_day);
        Period {
            index: k,
            basis_start: if k == 0 {
                self.first_basis_start.min(start)
            } else {
                start
            },
            end: add_days(period_start(term.start, k + 1, term.anchor_day), -1),
        }
    }

    /// The period that contains `day`.
    pub fn period_containing(&self, day: NaiveDate) -> Period {
        let term = &self.term;
        let mut k = 0;
        while term.frequency == BillingFrequency::Monthly
            && k < MONTHS_PER_TERM - 1
            && period_start(term.start, k + 1, term.anchor_day) <= day
        {
            k += 1;
        }
        self.period(k)
    }

    pub fn renewal_date(&self) -> NaiveDate {
        self.term.renewal_date()
    }
}
