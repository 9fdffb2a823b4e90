//! The explanations a preview shows: the dates and money of one day's events in words, with the
//! figures of their formulas. Only the day asked about is explained.

use crate::base::money::Money;
use crate::base::say::{LegacyNote, PreviewNote, ProratedCredit};
use crate::billing::legacy::proration::Basis;
use crate::model::catalog::BillingFrequency;
use crate::model::subscription::Term;
use chrono::NaiveDate;

pub(super) struct Notes {
    explain_on: Option<NaiveDate>,
    notes: Vec<PreviewNote>,
}

impl Notes {
    pub fn new(explain_on: Option<NaiveDate>) -> Notes {
        Notes {
            explain_on,
            notes: Vec::new(),
        }
    }

    /// Adds the note of an event on `day` when that day is explained; otherwise the note is
    /// never made.
    pub fn add(&mut self, day: NaiveDate, note: impl FnOnce() -> LegacyNote) {
        if self.explain_on == Some(day) {
            self.notes.push(note().into());
        }
    }

    pub fn into_notes(self) -> Vec<PreviewNote> {
        self.notes
    }
}

pub(super) fn trial(expires: NaiveDate) -> LegacyNote {
    LegacyNote::Trial { expires }
}

pub(super) fn purchase(term: &Term, first_billed_on: NaiveDate) -> LegacyNote {
    LegacyNote::Purchase {
        start: term.start,
        end: term.end,
        renews: term.renewal_date(),
        first_billed: first_billed_on,
    }
}

/// A stretch of days charged or credited, and the invoice it lands on.
pub(super) struct Stretch {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub billed_on: NaiveDate,
}

pub(super) fn add_on(
    amount: Money,
    from: NaiveDate,
    to: NaiveDate,
    renewal: NaiveDate,
) -> LegacyNote {
    LegacyNote::AddOn {
        amount,
        from,
        to,
        renewal,
    }
}

pub(super) fn license_change(recognised: NaiveDate, billed_on: NaiveDate) -> LegacyNote {
    LegacyNote::LicenseChange {
        recognised,
        billed_on,
    }
}

pub(super) fn full_credit(
    first_30_days_end: NaiveDate,
    billed: Money,
    billed_on: NaiveDate,
) -> LegacyNote {
    LegacyNote::FullCredit {
        before: first_30_days_end,
        billed: billed.round2(),
        billed_on,
    }
}

pub(super) fn prorated_credit(
    basis: Basis,
    days: i64,
    credited: &Stretch,
    quantity: u32,
    amount: Money,
) -> LegacyNote {
    LegacyNote::ProratedCredit(ProratedCredit {
        period_price: basis.period_price.round2(),
        period_days: basis.period_days,
        days,
        from: credited.from,
        to: credited.to,
        quantity,
        amount,
        billed_on: credited.billed_on,
    })
}

pub(super) fn reactivation(
    amount: Money,
    charged: &Stretch,
    renewal: Option<NaiveDate>,
) -> LegacyNote {
    LegacyNote::Reactivated {
        amount,
        from: charged.from,
        to: charged.to,
        billed_on: charged.billed_on,
        renewal,
    }
}

pub(super) fn new_frequency_term(frequency: BillingFrequency, term: &Term) -> LegacyNote {
    LegacyNote::NewTerm {
        frequency: frequency.into(),
        start: term.start,
        end: term.end,
    }
}
