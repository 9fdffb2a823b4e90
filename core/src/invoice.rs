//! Invoices: one per partner billing date that has lines (R1), due 60 days later.

use crate::charge_line::ChargeLine;
use crate::money::Money;
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const PAYMENT_DAYS: i64 = 60;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invoice {
    pub number: String,
    pub billing_date: NaiveDate,
    pub due_date: NaiveDate,
    pub lines: Vec<ChargeLine>,
    /// The license-based total: the sum of the lines' amounts (R4).
    pub total: Money,
}

/// An invoice without its lines: what a list of invoices shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceSummary {
    pub number: String,
    pub billing_date: NaiveDate,
    pub due_date: NaiveDate,
    pub line_count: usize,
    pub total: Money,
}

/// Every invoice up to `today`, totalled without copying a line.
pub fn summaries_up_to(lines: &[ChargeLine], today: NaiveDate) -> Vec<InvoiceSummary> {
    let mut by_date: BTreeMap<NaiveDate, (usize, Money)> = BTreeMap::new();
    for l in lines.iter().filter(|l| l.billing_date <= today) {
        let entry = by_date.entry(l.billing_date).or_insert((0, Money::ZERO));
        entry.0 += 1;
        entry.1 += l.amount;
    }
    by_date
        .into_iter()
        .map(|(d, (line_count, total))| InvoiceSummary {
            number: invoice_number(d),
            billing_date: d,
            due_date: d + Duration::days(PAYMENT_DAYS),
            line_count,
            total: total.round2(),
        })
        .collect()
}

pub fn invoice_number(billing_date: NaiveDate) -> String {
    format!("PD{}", billing_date.format("%Y%m%d"))
}

/// The invoice of one billing date (empty when nothing is billed on it).
pub fn invoice_on(lines: &[ChargeLine], billing_date: NaiveDate) -> Invoice {
    let lines: Vec<ChargeLine> = lines
        .iter()
        .filter(|l| l.billing_date == billing_date)
        .cloned()
        .collect();
    invoice_of(billing_date, lines)
}

fn invoice_of(billing_date: NaiveDate, lines: Vec<ChargeLine>) -> Invoice {
    Invoice {
        number: invoice_number(billing_date),
        billing_date,
        due_date: billing_date + Duration::days(PAYMENT_DAYS),
        total: lines.iter().map(|l| l.amount).sum::<Money>().round2(),
        lines,
    }
}

/// Every invoice with lines billed up to `today`, oldest first.
pub fn invoices_up_to(lines: &[ChargeLine], today: NaiveDate) -> Vec<Invoice> {
    let mut by_date: BTreeMap<NaiveDate, Vec<ChargeLine>> = BTreeMap::new();
    for l in lines.iter().filter(|l| l.billing_date <= today) {
        by_date.entry(l.billing_date).or_default().push(l.clone());
    }
    by_date
        .into_iter()
        .map(|(d, lines)| invoice_of(d, lines))
        .collect()
}
