//! The figures the kept form's tests write: boards of both programs with a row of every kind
//! whose names hold the form's own characters, a cockpit, a fingerprint.

// Each test file uses part of this module, so what one binary leaves unused is not dead.
#![allow(dead_code)]

use partnerdesk_core::base::money::Money;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::model::nce::term::TermPlan;
use partnerdesk_core::model::status::Status;
use partnerdesk_core::reports::board::Board;
use partnerdesk_core::reports::cockpit::{ChartMonth, Cockpit, MonthKind};
use partnerdesk_core::reports::dashboard::{Dashboard, DateRow, TrialRow};
use partnerdesk_core::reports::nce_dashboard::{
    ConversionRow, NceDashboard, RefusedRow, Row, Window, WindowRow,
};
use partnerdesk_core::storage::kept_figures::{Fingerprint, TextMark};
use partnerdesk_core::NaiveDate;
use std::str::FromStr;

/// Names holding the form's own characters (`;`, `:`, digits before them), escapes of other
/// forms, line breaks and characters of several bytes.
pub const AWKWARD_NAMES: [&str; 9] = [
    "",
    ";",
    ":",
    "12:ab;",
    "a;b:c;;::",
    "\\;\\\\\"'{}[],",
    "line\nbreak\ttab\r",
    "Ünïcödé GmbH — 東京 🎉",
    "0;1;",
];

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn money(text: &str) -> Money {
    Money(rust_decimal::Decimal::from_str(text).unwrap())
}

pub fn fingerprint() -> Fingerprint {
    Fingerprint {
        program: "0.1.0".to_string(),
        today: day(2026, 11, 30),
        book: TextMark::of("book"),
        journals: [("partnerdesk.journal.a;:".to_string(), TextMark::of("[1]"))].into(),
        settings: None,
    }
}

pub fn date_row(name: &str, days: i64) -> DateRow {
    DateRow {
        subscription_id: format!("sub-{name}"),
        customer_id: format!("{name}:id"),
        customer_name: name.to_string(),
        offer_name: format!("offer {name}"),
        date: day(2199, 12, 31),
        days,
    }
}

pub fn trial_row(name: &str, status: Status) -> TrialRow {
    TrialRow {
        subscription_id: name.to_string(),
        customer_id: String::new(),
        customer_name: format!("{name}{name}"),
        offer_name: "E3 trial".to_string(),
        started: day(2000, 1, 1),
        expires: day(2000, 1, 31),
        days_left: -30,
        status,
        ending_soon: status == Status::Trial,
        next_offers: vec![name.to_string(), String::new(), ";".to_string()],
        has_conversion_target: true,
    }
}

pub fn row(name: &str) -> Row {
    Row {
        subscription_id: name.to_string(),
        customer_id: "c".to_string(),
        customer_name: name.to_string(),
        offer_name: name.to_string(),
        date: day(2023, 2, 28),
        days: i64::MAX,
    }
}

/// A license-based board with a row of every kind for each awkward name.
pub fn full_license_board() -> Board {
    let names = AWKWARD_NAMES.iter().zip(Status::ALL.iter().cycle());
    let trials: Vec<TrialRow> = names.map(|(n, s)| trial_row(n, *s)).collect();
    Board::LicenseBased(Dashboard {
        trials: trials.clone(),
        trials_ending_soon: trials[..2].to_vec(),
        expired_trials: trials,
        renewals: AWKWARD_NAMES.iter().map(|n| date_row(n, 30)).collect(),
        nearing_deletion: AWKWARD_NAMES
            .iter()
            .map(|n| date_row(n, i64::MIN))
            .collect(),
        next_invoice_date: day(2026, 12, 1),
        next_invoice_total: money("-1234567.891"),
    })
}

/// A new commerce board with a row of every kind for each awkward name.
pub fn full_nce_board() -> Board {
    let windows = AWKWARD_NAMES.iter().enumerate().map(|(i, n)| WindowRow {
        row: row(n),
        window: match i % 2 {
            0 => Window::SeatReduction { seats: i as u32 },
            _ => Window::Cancellation,
        },
    });
    let conversions = AWKWARD_NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| ConversionRow {
            row: row(n),
            target_name: format!("{n} (paid)"),
            term_plan: TermPlan::ALL[i % TermPlan::ALL.len()],
            seats: u32::MAX,
            first_charge: (i % 2 == 0).then(|| money("79228162514264337593543950335")),
        });
    let refused = AWKWARD_NAMES.iter().enumerate().map(|(i, n)| RefusedRow {
        row: row(n),
        why: RuleError {
            rule: "N31".to_string(),
            message: format!("{n} was refused."),
            field: (i % 2 == 1).then(|| n.to_string()),
            say: None,
        },
    });
    Board::NewCommerce(NceDashboard {
        windows_closing: windows.collect(),
        conversions: conversions.collect(),
        renewals: AWKWARD_NAMES.iter().map(|n| date_row(n, 0)).collect(),
        refused: refused.collect(),
        expired_trials: vec![trial_row("é;", Status::Expired)],
        next_invoice_number: "G202612001;:".to_string(),
        next_invoice_date: day(2026, 12, 8),
        next_invoice_total: money("0.00"),
    })
}

pub fn empty_board(new_commerce: bool) -> Board {
    let date = day(2026, 12, 1);
    if new_commerce {
        return Board::NewCommerce(NceDashboard {
            windows_closing: vec![],
            conversions: vec![],
            renewals: vec![],
            refused: vec![],
            expired_trials: vec![],
            next_invoice_number: String::new(),
            next_invoice_date: date,
            next_invoice_total: Money::ZERO,
        });
    }
    Board::LicenseBased(Dashboard {
        trials: vec![],
        trials_ending_soon: vec![],
        expired_trials: vec![],
        renewals: vec![],
        nearing_deletion: vec![],
        next_invoice_date: date,
        next_invoice_total: Money::ZERO,
    })
}

pub fn a_cockpit(months: Vec<ChartMonth>) -> Cockpit {
    Cockpit {
        customers: usize::MAX,
        active_subscriptions: 0,
        seats: u64::MAX,
        monthly_recurring: money("1234.5600"),
        next_invoice_number: "1;2:3".to_string(),
        next_invoice_date: day(2026, 12, 1),
        next_invoice_total: money("-0.01"),
        trials_ending: 7,
        windows_closing: 2,
        months,
    }
}

pub fn chart() -> Vec<ChartMonth> {
    let kinds = [
        MonthKind::Invoiced,
        MonthKind::Upcoming,
        MonthKind::Forecast,
    ];
    (1..=12)
        .map(|m| ChartMonth {
            month: day(2026, m, 1),
            kind: kinds[m as usize % 3],
            total: money(&format!("{m}00.{m:02}")),
            height: m * 8,
        })
        .collect()
}
