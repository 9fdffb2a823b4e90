//! The top of the dashboard: the figures a partner looks for first (customers, active
//! subscriptions, seats, the monthly recurring amount, the next invoice, what needs acting on
//! soon) and the invoice totals of the months around the next invoice, for both programs.

use super::board::Board;
use crate::base::dates::{add_months, first_of_month};
use crate::base::money::Money;
use crate::billing::billing_engine;
use crate::billing::derive::{Derived, MonthWindow};
use crate::model::status::Status;
use crate::model::subscription::SubscriptionView;
use chrono::{Datelike, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The chart's months: 6 issued before the next invoice's month, that month and 11 after it.
/// The dashboard's derivation keeps the lines of exactly these months.
pub const CHART_WINDOW: MonthWindow = MonthWindow {
    before: 6,
    after: 11,
};

/// Where a month's total comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthKind {
    /// Its invoice is issued.
    Invoiced,
    /// The next invoice, as it stands.
    Upcoming,
    /// What the subscriptions will bill if nothing else happens.
    Forecast,
}

/// One month of the chart: the total of the invoice dated in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartMonth {
    /// The first day of the month.
    pub month: NaiveDate,
    pub kind: MonthKind,
    pub total: Money,
    /// The bar's height in percent of the highest total (0 for a month that bills nothing or
    /// credits more than it charges).
    pub height: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cockpit {
    pub customers: usize,
    pub active_subscriptions: usize,
    /// The seats (licenses) of the active subscriptions.
    pub seats: u64,
    /// What the active subscriptions bill per month, whatever their billing frequency.
    pub monthly_recurring: Money,
    pub next_invoice_number: String,
    pub next_invoice_date: NaiveDate,
    pub next_invoice_total: Money,
    /// Legacy: trials ending within 7 days; new commerce: trials converting within 7 days.
    pub trials_ending: usize,
    /// Legacy: reactivation windows closing (C10); new commerce: seat and cancellation
    /// windows closing within 2 days (N14, N15).
    pub windows_closing: usize,
    pub months: Vec<ChartMonth>,
}

/// The cockpit of a book derived with `CHART_WINDOW` (`derive_months`), beside its `board`.
pub fn cockpit(state: &Derived, board: &Board) -> Cockpit {
    let active = || {
        state
            .subscriptions
            .iter()
            .filter(|s| s.status == Status::Active)
    };
    let (next_invoice_date, next_invoice_total, trials_ending, windows_closing) = match board {
        Board::LicenseBased(d) => (
            d.next_invoice_date,
            d.next_invoice_total,
            d.trials_ending_soon.len(),
            d.nearing_deletion.len(),
        ),
        Board::NewCommerce(d) => (
            d.next_invoice_date,
            d.next_invoice_total,
            d.conversions.len(),
            d.windows_closing.len(),
        ),
    };
    Cockpit {
        customers: state.customers.len(),
        active_subscriptions: active().count(),
        seats: active().map(|s| u64::from(s.quantity)).sum(),
        monthly_recurring: active().filter_map(monthly_amount).sum::<Money>().round2(),
        next_invoice_number: billing_engine(state.profile).invoice_number(next_invoice_date),
        next_invoice_date,
        next_invoice_total,
        trials_ending,
        windows_closing,
        months: chart_months(state),
    }
}

/// A paid subscription's price per month: the legacy unit price is monthly (P1); a new
/// commerce price is per charge cycle of its plan (N2).
fn monthly_amount(s: &SubscriptionView) -> Option<Money> {
    let unit = s.unit_price?;
    let per_cycle = unit * i64::from(s.quantity);
    match s.nce.as_deref().and_then(|n| n.term_plan) {
        Some(tp) => Some(Money(per_cycle.0 / Decimal::from(tp.plan.months()))),
        None => Some(per_cycle),
    }
}

/// The total billed in each month of `CHART_WINDOW`, with its bar's height.
fn chart_months(state: &Derived) -> Vec<ChartMonth> {
    let upcoming = first_of_month(state.horizon);
    let mut months: Vec<ChartMonth> = (-CHART_WINDOW.before..=CHART_WINDOW.after)
        .map(|offset| ChartMonth {
            month: add_months(upcoming, offset),
            kind: match offset {
                ..0 => MonthKind::Invoiced,
                0 => MonthKind::Upcoming,
                _ => MonthKind::Forecast,
            },
            total: Money::ZERO,
            height: 0,
        })
        .collect();
    let index = |day: NaiveDate| {
        let from = months[0].month;
        let offset = (day.year() - from.year()) * 12 + day.month() as i32 - from.month() as i32;
        usize::try_from(offset).ok().filter(|i| *i < months.len())
    };
    let mut totals = vec![Money::ZERO; months.len()];
    for line in &state.lines {
        if let Some(i) = index(line.billing_date) {
            totals[i] += line.amount;
        }
    }
    let highest = totals.iter().copied().max().unwrap_or(Money::ZERO).round2();
    for (m, total) in months.iter_mut().zip(totals) {
        m.total = total.round2();
        m.height = bar_height(m.total, highest);
    }
    months
}

/// `total` in percent of `highest`, rounded; 0 when either is not above zero.
pub fn bar_height(total: Money, highest: Money) -> u32 {
    if total.0 <= Decimal::ZERO || highest.0 <= Decimal::ZERO {
        return 0;
    }
    (total.0 * Decimal::ONE_HUNDRED / highest.0)
        .round()
        .to_u32()
        .unwrap_or(100)
}
