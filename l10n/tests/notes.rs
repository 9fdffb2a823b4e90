//! What a preview explains under its lines, in the three languages: English as the core wrote
//! it before notes became data (end-to-end tests and partners read those sentences), Dutch and
//! German translated with their dates, counts and amounts in the locale's form.

use chrono::NaiveDate;
use partnerdesk_core::base::say::{
    Cadence, LegacyNote, NceNote, PreviewNote, ProratedCredit, TermPlanWord, TermWord,
};
use partnerdesk_core::Money;
use partnerdesk_l10n::Lang;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn money(text: &str) -> Money {
    Money::parse(text).unwrap()
}

fn every_note() -> Vec<PreviewNote> {
    let d = day(2023, 4, 20);
    let legacy = [
        LegacyNote::Trial { expires: d },
        LegacyNote::Purchase {
            start: d,
            end: d,
            renews: d,
            first_billed: d,
        },
        LegacyNote::AddOn {
            amount: money("1234.5"),
            from: d,
            to: d,
            renewal: d,
        },
        LegacyNote::LicenseChange {
            recognised: d,
            billed_on: d,
        },
        LegacyNote::FullCredit {
            before: d,
            billed: money("20.00"),
            billed_on: d,
        },
        LegacyNote::ProratedCredit(ProratedCredit {
            period_price: money("48.00"),
            period_days: 365,
            days: 318,
            from: d,
            to: d,
            quantity: 1,
            amount: money("41.82"),
            billed_on: d,
        }),
        LegacyNote::Reactivated {
            amount: money("5"),
            from: d,
            to: d,
            billed_on: d,
            renewal: None,
        },
        LegacyNote::NewTerm {
            frequency: Cadence::Annual,
            start: d,
            end: d,
        },
    ];
    let year = TermPlanWord {
        term: TermWord::OneYear,
        plan: Cadence::Monthly,
        upfront: false,
    };
    let nce = [
        NceNote::Expired {
            day: d,
            because: None,
        },
        NceNote::Renewed {
            day: d,
            term_plan: year,
        },
        NceNote::BilledFrom {
            plan: Cadence::Annual,
            day: d,
        },
        NceNote::SeatsReducible { added: d, last: d },
        NceNote::TrialRuns { until: d, ends: d },
        NceNote::WindowsOpen {
            seats: 1200,
            until: d,
        },
    ];
    let mut all: Vec<PreviewNote> = legacy.into_iter().map(PreviewNote::from).collect();
    all.extend(nce.into_iter().map(PreviewNote::from));
    all
}

#[test]
fn every_note_is_said_in_every_language_with_its_dates() {
    for note in every_note() {
        let english = Lang::En.note(&note);
        assert!(english.contains("4/20/2023"), "{english}");
        assert!(Lang::Nl.note(&note).contains("20-04-2023"), "{note:?}");
        assert!(Lang::De.note(&note).contains("20.04.2023"), "{note:?}");
        for lang in [Lang::Nl, Lang::De] {
            assert_ne!(lang.note(&note), english, "{note:?} in {lang:?}");
        }
    }
}

#[test]
fn english_notes_read_as_they_always_did() {
    let d = day(2023, 4, 20);
    let seats = NceNote::SeatsReducible {
        added: d,
        last: day(2023, 4, 26),
    }
    .into();
    assert_eq!(
        Lang::En.note(&seats),
        "Seats added on 4/20/2023 can be reduced until 4/26/2023."
    );
    let windows = NceNote::WindowsOpen {
        seats: 5,
        until: day(2023, 1, 16),
    }
    .into();
    assert_eq!(
        Lang::En.note(&windows),
        "These 5 seats can be reduced, and the subscription cancelled, until 1/16/2023."
    );
    let renewed = NceNote::Renewed {
        day: d,
        term_plan: TermPlanWord {
            term: TermWord::ThreeYears,
            plan: Cadence::Triennial,
            upfront: true,
        },
    };
    assert_eq!(
        Lang::En.note(&renewed.into()),
        "Renewed on 4/20/2023 for 3 years, paid up front."
    );
    let term = LegacyNote::NewTerm {
        frequency: Cadence::Monthly,
        start: d,
        end: day(2023, 5, 19),
    };
    assert_eq!(
        Lang::En.note(&term.into()),
        "A new monthly term starts today at the current list price: 4/20/2023 – 5/19/2023."
    );
}

#[test]
fn a_prorated_credit_shows_its_formula_in_the_locale() {
    let credit = every_note().remove(5);
    assert_eq!(
        Lang::En.note(&credit),
        "Cancelled after the first 30 days: prorated credit = 48.00 ÷ 365 days × 318 days \
         (4/20/2023 – 4/20/2023) × 1 licenses = 41.82, on the invoice \
         of 4/20/2023."
    );
    assert!(Lang::De
        .note(&credit)
        .contains("48,00 ÷ 365 Tage × 318 Tage"));
}

#[test]
fn an_expiry_gives_its_reason_in_the_language() {
    let note: PreviewNote = NceNote::Expired {
        day: day(2023, 4, 9),
        because: None,
    }
    .into();
    assert_eq!(Lang::En.note(&note), "Expired on 4/9/2023.");
    assert_eq!(Lang::De.note(&note), "Am 09.04.2023 abgelaufen.");
}
