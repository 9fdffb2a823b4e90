//! What a new commerce partner must act on before it is too late (SPEC-NCE §11): seat and
//! cancellation windows closing within 2 days (N14, N15), trials that convert by themselves in
//! the next 7 days and what that will cost (T10, N20), renewals of annual and three-year terms
//! (a monthly term renewing every month is not news), and what expired because an automatic
//! renewal or conversion was refused (N31).

use super::dashboard::{
    offer_name, trial_rows, upcoming_summary, DateRow, TrialRow, RENEWAL_WINDOW_DAYS,
};
use crate::base::dates::add_days;
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::billing::derive::Derived;
use crate::model::catalog::Catalog;
use crate::model::nce::subscription::NceSubscription;
use crate::model::nce::term::{Term, TermPlan};
use crate::model::status::Status;
use crate::model::subscription::SubscriptionView;
use chrono::NaiveDate;
use std::collections::HashMap;

/// Windows whose last day is today or within this many days are listed.
pub const WINDOW_WARNING_DAYS: i64 = 2;
/// Trials converting by themselves within this many days are listed.
pub const CONVERSION_WARNING_DAYS: i64 = 7;
/// Refused renewals and conversions stay listed this many days.
pub const REFUSED_LISTED_DAYS: i64 = 30;

/// Which deadline closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// The last day these seats can still be removed (N14).
    SeatReduction { seats: u32 },
    /// The last day the term can be cancelled with a refund (N15).
    Cancellation,
}

/// One subscription's row: who, what, and the day that matters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub subscription_id: String,
    pub customer_id: String,
    pub customer_name: String,
    pub offer_name: String,
    pub date: NaiveDate,
    /// Days from today to `date`.
    pub days: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WindowRow {
    pub row: Row,
    pub window: Window,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConversionRow {
    pub row: Row,
    /// The offer it becomes, its term and plan, and its seats.
    pub target_name: String,
    pub term_plan: TermPlan,
    pub seats: u32,
    /// The first charge on conversion day; None when no price will be in force (N31).
    pub first_charge: Option<Money>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedRow {
    pub row: Row,
    /// What was refused and why: its message in English, its `say` for the partner's language
    /// (not kept beside the book: the kept dashboard shows the English until the app takes
    /// over, `base::kept_form`).
    pub why: RuleError,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NceDashboard {
    pub windows_closing: Vec<WindowRow>,
    pub conversions: Vec<ConversionRow>,
    pub renewals: Vec<DateRow>,
    pub refused: Vec<RefusedRow>,
    /// Expired trials and what restores their data (T11 applies under 2022).
    pub expired_trials: Vec<TrialRow>,
    pub next_invoice_number: String,
    pub next_invoice_date: NaiveDate,
    pub next_invoice_total: Money,
}

struct Rows<'a> {
    today: NaiveDate,
    catalog: &'a Catalog,
    names: HashMap<&'a str, &'a str>,
}

impl Rows<'_> {
    fn row(&self, s: &SubscriptionView, date: NaiveDate) -> Row {
        Row {
            subscription_id: s.id.clone(),
            customer_id: s.customer_id.clone(),
            customer_name: self
                .names
                .get(s.customer_id.as_str())
                .copied()
                .unwrap_or_default()
                .to_string(),
            offer_name: offer_name(self.catalog, &s.offer_id),
            date,
            days: (date - self.today).num_days(),
        }
    }

    fn windows(&self, s: &SubscriptionView, nce: &NceSubscription) -> Vec<WindowRow> {
        let soon = |d: NaiveDate| self.today <= d && d <= add_days(self.today, WINDOW_WARNING_DAYS);
        let mut rows: Vec<WindowRow> = Vec::new();
        if nce.status == Status::Active {
            for batch in nce.batches.iter().filter(|b| b.is_open_on(self.today)) {
                if soon(batch.last_reducible_day()) {
                    rows.push(WindowRow {
                        row: self.row(s, batch.last_reducible_day()),
                        window: Window::SeatReduction { seats: batch.seats },
                    });
                }
            }
        }
        if let Some(last) = nce.last_cancel_day().filter(|d| soon(*d)) {
            rows.push(WindowRow {
                row: self.row(s, last),
                window: Window::Cancellation,
            });
        }
        rows
    }

    fn conversion(&self, s: &SubscriptionView, nce: &NceSubscription) -> Option<ConversionRow> {
        let c = nce.automatic_conversion.as_ref()?;
        ((c.day - self.today).num_days() <= CONVERSION_WARNING_DAYS).then(|| ConversionRow {
            row: self.row(s, c.day),
            target_name: offer_name(self.catalog, &c.change.offer_id),
            term_plan: c.change.term_plan,
            seats: c.change.quantity,
            first_charge: c.first_charge,
        })
    }

    fn renewal(&self, s: &SubscriptionView, nce: &NceSubscription) -> Option<DateRow> {
        let longer_than_a_month = nce.term_plan.is_some_and(|tp| tp.term != Term::P1M);
        let day = s.renewal_date().filter(|_| longer_than_a_month)?;
        let days = (day - self.today).num_days();
        (days <= RENEWAL_WINDOW_DAYS).then(|| {
            let r = self.row(s, day);
            DateRow {
                subscription_id: r.subscription_id,
                customer_id: r.customer_id,
                customer_name: r.customer_name,
                offer_name: r.offer_name,
                date: day,
                days,
            }
        })
    }

    fn refused(&self, s: &SubscriptionView, nce: &NceSubscription) -> Option<RefusedRow> {
        let why = nce.expired_because.as_ref()?;
        let recent = (self.today - nce.status_since).num_days() <= REFUSED_LISTED_DAYS;
        recent.then(|| RefusedRow {
            row: self.row(s, nce.status_since),
            why: why.clone(),
        })
    }
}

/// Soonest first, then by customer, compared in place (a key would copy the name at every
/// comparison).
fn by_date_and_name(a: &Row, b: &Row) -> std::cmp::Ordering {
    (a.date, &a.customer_name).cmp(&(b.date, &b.customer_name))
}

pub fn nce_dashboard(state: &Derived, catalog: &Catalog) -> NceDashboard {
    let rows = Rows {
        today: state.today,
        catalog,
        names: state
            .customers
            .iter()
            .map(|c| (c.id.as_str(), c.company_name.as_str()))
            .collect(),
    };
    let with_nce = || {
        state
            .subscriptions
            .iter()
            .filter_map(|s| s.nce.as_deref().map(|n| (s, n)))
    };
    let mut windows_closing: Vec<WindowRow> =
        with_nce().flat_map(|(s, n)| rows.windows(s, n)).collect();
    windows_closing.sort_by(|a, b| by_date_and_name(&a.row, &b.row));
    let mut conversions: Vec<ConversionRow> = with_nce()
        .filter_map(|(s, n)| rows.conversion(s, n))
        .collect();
    conversions.sort_by(|a, b| by_date_and_name(&a.row, &b.row));
    let mut renewals: Vec<DateRow> = with_nce().filter_map(|(s, n)| rows.renewal(s, n)).collect();
    renewals.sort_by_key(|r| r.date);
    let mut refused: Vec<RefusedRow> = with_nce().filter_map(|(s, n)| rows.refused(s, n)).collect();
    refused.sort_by_key(|r| std::cmp::Reverse(r.row.date));
    let upcoming = upcoming_summary(state);
    NceDashboard {
        windows_closing,
        conversions,
        renewals,
        refused,
        expired_trials: trial_rows(state, catalog, state.subscriptions.iter())
            .into_iter()
            .filter(|t| t.status == Status::Expired)
            .collect(),
        next_invoice_number: upcoming.number,
        next_invoice_date: upcoming.billing_date,
        next_invoice_total: upcoming.total,
    }
}
