//! The explanations a preview shows: the dates and money of one day's events in words, with the
//! figures of their formulas. Only the day asked about is explained.

use crate::base::dates::us_date;
use crate::base::money::Money;
use crate::billing::legacy::proration::Basis;
use crate::model::catalog::BillingFrequency;
use crate::model::subscription::Term;
use chrono::NaiveDate;

pub(super) struct Notes {
    explain_on: Option<NaiveDate>,
    texts: Vec<String>,
}

impl Notes {
    pub fn new(explain_on: Option<NaiveDate>) -> Notes {
        Notes {
            explain_on,
            texts: Vec::new(),
        }
    }

    /// Adds the text of an event on `day` when that day is explained; otherwise the text is
    /// never written.
    pub fn add(&mut self, day: NaiveDate, text: impl FnOnce() -> String) {
        if self.explain_on == Some(day) {
            self.texts.push(text());
        }
    }

    pub fn into_texts(self) -> Vec<String> {
        self.texts
    }
}

pub(super) fn trial(expires: NaiveDate) -> String {
    format!(
        "The trial has 25 licenses, is never billed, and expires on {} unless converted before.",
        us_date(expires)
    )
}

pub(super) fn purchase(term: &Term, first_billed_on: NaiveDate) -> String {
    format!(
        "Term {} – {}; renews on {}. First charge billed on {}.",
        us_date(term.start),
        us_date(term.end),
        us_date(term.renewal_date()),
        us_date(first_billed_on)
    )
}

/// A stretch of days charged or credited, and the invoice it lands on.
pub(super) struct Stretch {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub billed_on: NaiveDate,
}

pub(super) fn add_on(amount: Money, from: NaiveDate, to: NaiveDate, renewal: NaiveDate) -> String {
    format!(
        "Aligned to the parent: charged {} for {} – {}, then with the parent's periods; renews with it on {}.",
        amount,
        us_date(from),
        us_date(to),
        us_date(renewal)
    )
}

pub(super) fn license_change(recognised: NaiveDate, billed_on: NaiveDate) -> String {
    format!(
        "Recognised on {} and billed on {}: a reversal of what was billed for the period, then one prorated line per stretch of days with one quantity.",
        us_date(recognised),
        us_date(billed_on)
    )
}

pub(super) fn full_credit(
    first_30_days_end: NaiveDate,
    billed: Money,
    billed_on: NaiveDate,
) -> String {
    format!(
        "Cancelled inside the first 30 days (before {}): 100% credit of {} billed for the period, on the invoice of {}.",
        us_date(first_30_days_end),
        billed.round2(),
        us_date(billed_on)
    )
}

pub(super) fn prorated_credit(
    basis: Basis,
    days: i64,
    credited: &Stretch,
    quantity: u32,
    amount: Money,
) -> String {
    format!(
        "Cancelled after the first 30 days: prorated credit = {} ÷ {} days × {} days ({} – {}) × {} licenses = {}, on the invoice of {}.",
        basis.period_price.round2(),
        basis.period_days,
        days,
        us_date(credited.from),
        us_date(credited.to),
        quantity,
        amount,
        us_date(credited.billed_on)
    )
}

pub(super) fn reactivation(amount: Money, charged: &Stretch, renewal: Option<NaiveDate>) -> String {
    format!(
        "Reactivated: {} for {} – {}, on the invoice of {}. The renewal date stays {}.",
        amount,
        us_date(charged.from),
        us_date(charged.to),
        us_date(charged.billed_on),
        renewal.map(us_date).unwrap_or_default()
    )
}

pub(super) fn new_frequency_term(frequency: BillingFrequency, term: &Term) -> String {
    format!(
        "A new {} term starts today at the current list price: {} – {}.",
        frequency.label().to_lowercase(),
        us_date(term.start),
        us_date(term.end)
    )
}
