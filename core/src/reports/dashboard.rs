//! What Partner Center does not tell a partner (T10, T11, T12, C10, C11): trials about to end,
//! expired trials and how to restore their data, renewals and deletions ahead.

use crate::base::money::Money;
use crate::billing::billing_engine;
use crate::billing::derive::Derived;
use crate::billing::invoice::{summary_on, InvoiceSummary};
use crate::model::catalog::Catalog;
use crate::model::subscription::{Status, SubscriptionView};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Trials ending within this many days are flagged (T10).
pub const TRIAL_WARNING_DAYS: i64 = 7;
pub const RENEWAL_WINDOW_DAYS: i64 = 30;
pub const DELETION_WARNING_DAYS: i64 = 14;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrialRow {
    pub subscription_id: String,
    pub customer_id: String,
    pub customer_name: String,
    pub offer_name: String,
    pub started: NaiveDate,
    pub expires: NaiveDate,
    pub days_left: i64,
    pub status: Status,
    /// Within the warning window (T10).
    pub ending_soon: bool,
    /// Conversion targets, or for a trial without one its compatible offers (T8, T12).
    pub next_offers: Vec<String>,
    pub has_conversion_target: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateRow {
    pub subscription_id: String,
    pub customer_id: String,
    pub customer_name: String,
    pub offer_name: String,
    pub date: NaiveDate,
    pub days: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dashboard {
    /// Every trial not converted, soonest expiry first (the cross-customer list of T10).
    pub trials: Vec<TrialRow>,
    /// Trials still running that end within the warning window.
    pub trials_ending_soon: Vec<TrialRow>,
    /// Expired trials: their data comes back with a purchase of `next_offers` (T11).
    pub expired_trials: Vec<TrialRow>,
    pub renewals: Vec<DateRow>,
    /// Suspended subscriptions with the last day they can be reactivated.
    pub nearing_deletion: Vec<DateRow>,
    pub next_invoice_date: NaiveDate,
    pub next_invoice_total: Money,
}

pub(super) fn offer_name(catalog: &Catalog, id: &str) -> String {
    catalog
        .offer(id)
        .map(|o| o.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The upcoming invoice's figures, without copying its lines.
pub(super) fn upcoming_summary(state: &Derived) -> InvoiceSummary {
    summary_on(billing_engine(state.profile), &state.lines, state.horizon)
}

/// Company names by customer id: looked up once per row, so a large book stays fast.
fn customer_names(state: &Derived) -> HashMap<&str, &str> {
    state
        .customers
        .iter()
        .map(|c| (c.id.as_str(), c.company_name.as_str()))
        .collect()
}

fn customer_name(names: &HashMap<&str, &str>, id: &str) -> String {
    names.get(id).copied().unwrap_or_default().to_string()
}

/// How many trials the dashboard follows (T10): `trial_rows` of every subscription's count,
/// without making the rows.
pub fn trial_count(state: &Derived) -> usize {
    state.subscriptions.iter().filter(|s| s.is_trial()).count()
}

/// The trial rows of `subs` (T10): unconverted trials, running or expired.
pub fn trial_rows<'a>(
    state: &Derived,
    catalog: &Catalog,
    subs: impl Iterator<Item = &'a SubscriptionView>,
) -> Vec<TrialRow> {
    trial_rows_named(state, &customer_names(state), catalog, subs)
}

fn trial_rows_named<'a>(
    state: &Derived,
    names: &HashMap<&str, &str>,
    catalog: &Catalog,
    subs: impl Iterator<Item = &'a SubscriptionView>,
) -> Vec<TrialRow> {
    let today = state.today;
    // Every trial `is_trial` tells has its dates: as many rows as `trial_count`.
    let mut rows: Vec<TrialRow> = subs
        .filter(|s| s.is_trial())
        .filter_map(|s| {
            let t = s.trial.as_ref()?;
            let offer = catalog.offer(&t.offer_id);
            let targets = offer
                .map(|o| o.conversion_targets.clone())
                .unwrap_or_default();
            let next = if targets.is_empty() {
                offer
                    .map(|o| o.compatible_offers.clone())
                    .unwrap_or_default()
            } else {
                targets.clone()
            };
            let days_left = t.days_left(today).max(0);
            Some(TrialRow {
                subscription_id: s.id.clone(),
                customer_id: s.customer_id.clone(),
                customer_name: customer_name(names, &s.customer_id),
                offer_name: offer_name(catalog, &t.offer_id),
                started: t.started,
                expires: t.expires,
                days_left,
                status: s.status,
                ending_soon: s.status == Status::Trial && days_left <= TRIAL_WARNING_DAYS,
                next_offers: next.iter().map(|id| offer_name(catalog, id)).collect(),
                has_conversion_target: !targets.is_empty(),
            })
        })
        .collect();
    // Compared in place: a key that copies the name would copy it at every comparison.
    rows.sort_by(|a, b| (a.expires, &a.customer_name).cmp(&(b.expires, &b.customer_name)));
    rows
}

pub fn dashboard(state: &Derived, catalog: &Catalog) -> Dashboard {
    let today = state.today;
    let names = customer_names(state);
    let trials = trial_rows_named(state, &names, catalog, state.subscriptions.iter());
    let row = |s: &SubscriptionView, date: NaiveDate| DateRow {
        subscription_id: s.id.clone(),
        customer_id: s.customer_id.clone(),
        customer_name: customer_name(&names, &s.customer_id),
        offer_name: offer_name(catalog, &s.offer_id),
        date,
        days: (date - today).num_days(),
    };
    let mut renewals: Vec<DateRow> = state
        .subscriptions
        .iter()
        .filter_map(|s| s.renewal_date().map(|d| (s, d)))
        .filter(|(_, d)| (*d - today).num_days() <= RENEWAL_WINDOW_DAYS)
        .map(|(s, d)| row(s, d))
        .collect();
    renewals.sort_by_key(|r| r.date);
    let mut nearing_deletion: Vec<DateRow> = state
        .subscriptions
        .iter()
        .filter(|s| s.status == Status::Suspended)
        .filter_map(|s| s.reactivate_until().map(|d| (s, d)))
        .filter(|(_, d)| (*d - today).num_days() <= DELETION_WARNING_DAYS)
        .map(|(s, d)| row(s, d))
        .collect();
    nearing_deletion.sort_by_key(|r| r.date);
    let upcoming = upcoming_summary(state);
    Dashboard {
        trials_ending_soon: trials.iter().filter(|t| t.ending_soon).cloned().collect(),
        expired_trials: trials
            .iter()
            .filter(|t| t.status == Status::Expired)
            .cloned()
            .collect(),
        trials,
        renewals,
        nearing_deletion,
        next_invoice_date: upcoming.billing_date,
        next_invoice_total: upcoming.total,
    }
}
