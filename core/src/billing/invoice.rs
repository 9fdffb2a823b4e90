//! Invoices: one per billing date that has lines (R1), numbered and dated by the billing engine
//! of the book's profile.

use crate::base::fast_hash::{FastHashMap, FastHashSet};
use crate::base::money::Money;
use crate::billing::engine::BillingEngine;
use crate::model::charge_line::{ChargeLine, ChargeType};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

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

/// Every invoice up to `today`, from `lines` ordered by billing date as a derivation leaves
/// them: one pass over each date's run of lines, without copying a line.
pub fn summaries_up_to(
    engine: &dyn BillingEngine,
    lines: &[ChargeLine],
    today: NaiveDate,
) -> Vec<InvoiceSummary> {
    let billed = &lines[..lines.partition_point(|l| l.billing_date <= today)];
    billed
        .chunk_by(|a, b| a.billing_date == b.billing_date)
        .map(|run| summary_of(engine, run[0].billing_date, run))
        .collect()
}

/// The invoice of one billing date without its lines (none when nothing is billed on it).
pub fn summary_on(
    engine: &dyn BillingEngine,
    lines: &[ChargeLine],
    billing_date: NaiveDate,
) -> InvoiceSummary {
    summary_of(engine, billing_date, lines_on(lines, billing_date))
}

fn summary_of(
    engine: &dyn BillingEngine,
    billing_date: NaiveDate,
    lines: &[ChargeLine],
) -> InvoiceSummary {
    InvoiceSummary {
        number: engine.invoice_number(billing_date),
        billing_date,
        due_date: engine.due_date(billing_date),
        line_count: lines.len(),
        total: total_of(lines),
    }
}

/// The invoice of one billing date (empty when nothing is billed on it), from `lines` ordered
/// by billing date as a derivation leaves them.
pub fn invoice_on(
    engine: &dyn BillingEngine,
    lines: &[ChargeLine],
    billing_date: NaiveDate,
) -> Invoice {
    invoice_of(engine, billing_date, lines_on(lines, billing_date).to_vec())
}

/// The lines of one billing date, found by halving `lines` ordered by billing date.
pub fn lines_on(lines: &[ChargeLine], billing_date: NaiveDate) -> &[ChargeLine] {
    let from = lines.partition_point(|l| l.billing_date < billing_date);
    let count = lines[from..].partition_point(|l| l.billing_date == billing_date);
    &lines[from..from + count]
}

/// R4, N7: an invoice's total, the sum of its lines' amounts to the cent.
pub fn total_of(lines: &[ChargeLine]) -> Money {
    Money::sum_to_cents(lines.iter().map(|l| l.amount))
}

fn invoice_of(
    engine: &dyn BillingEngine,
    billing_date: NaiveDate,
    lines: Vec<ChargeLine>,
) -> Invoice {
    Invoice {
        number: engine.invoice_number(billing_date),
        billing_date,
        due_date: engine.due_date(billing_date),
        total: total_of(&lines),
        lines,
    }
}

/// One customer's part of an invoice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerSubtotal {
    pub customer_id: Arc<str>,
    pub line_count: usize,
    pub total: Money,
}

/// Which of an invoice's lines the partner is looking at: one customer's, one charge type's,
/// or all (`None`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineFilter {
    pub customer_id: Option<String>,
    pub charge_type: Option<ChargeType>,
}

impl LineFilter {
    pub fn matches(&self, line: &ChargeLine) -> bool {
        self.customer_id
            .as_deref()
            .is_none_or(|c| *line.customer_id == *c)
            && self.charge_type.is_none_or(|t| line.charge_type == t)
    }
}

/// The lines a filter keeps, in invoice order, with their total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineSelection {
    pub lines: Vec<ChargeLine>,
    pub total: Money,
}

/// Where on the invoice the lines a filter keeps are, in invoice order, with their total: a
/// page of them is drawn from the invoice's own lines, without copying all 18,569 of a month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinePicks {
    pub positions: Vec<usize>,
    pub total: Money,
}

impl Invoice {
    pub fn summary(&self) -> InvoiceSummary {
        InvoiceSummary {
            number: self.number.clone(),
            billing_date: self.billing_date,
            due_date: self.due_date,
            line_count: self.lines.len(),
            total: self.total,
        }
    }

    pub fn select(&self, filter: &LineFilter) -> LineSelection {
        let picks = self.pick(filter);
        LineSelection {
            lines: picks
                .positions
                .iter()
                .map(|&k| self.lines[k].clone())
                .collect(),
            total: picks.total,
        }
    }

    pub fn pick(&self, filter: &LineFilter) -> LinePicks {
        let every = filter.customer_id.is_none() && filter.charge_type.is_none();
        if every {
            return LinePicks {
                positions: (0..self.lines.len()).collect(),
                total: self.total,
            };
        }
        let positions: Vec<usize> = (0..self.lines.len())
            .filter(|&k| filter.matches(&self.lines[k]))
            .collect();
        LinePicks {
            total: Money::sum_to_cents(positions.iter().map(|&k| self.lines[k].amount)),
            positions,
        }
    }

    /// The customers billed on this invoice, each once, in order of their first line.
    pub fn customer_ids(&self) -> Vec<Arc<str>> {
        let mut seen = FastHashSet::default();
        self.lines
            .iter()
            .filter(|l| seen.insert(Arc::clone(&l.customer_id)))
            .map(|l| Arc::clone(&l.customer_id))
            .collect()
    }

    /// Each customer's lines counted and totalled, in order of their first line: what an
    /// accountant checks the invoice's total against.
    pub fn customer_subtotals(&self) -> Vec<CustomerSubtotal> {
        let mut index: FastHashMap<&str, usize> = FastHashMap::default();
        let mut subtotals: Vec<CustomerSubtotal> = Vec::new();
        // A customer's lines mostly follow one another: only a new customer is looked up.
        let mut last: Option<(&str, usize)> = None;
        for line in &self.lines {
            let id = &*line.customer_id;
            let i = match last {
                Some((last_id, i)) if last_id == id => i,
                _ => *index.entry(id).or_insert_with(|| {
                    subtotals.push(CustomerSubtotal {
                        customer_id: Arc::clone(&line.customer_id),
                        line_count: 0,
                        total: Money::ZERO,
                    });
                    subtotals.len() - 1
                }),
            };
            last = Some((id, i));
            subtotals[i].line_count += 1;
            subtotals[i].total += line.amount;
        }
        for s in &mut subtotals {
            s.total = s.total.round2();
        }
        subtotals
    }

    /// The charge types present on this invoice, in Partner Center's order.
    pub fn charge_types(&self) -> Vec<ChargeType> {
        // One pass over the lines: a month's 18,569, once per type, took most of Billing's
        // first opening.
        let mut present = [false; ChargeType::ALL.len()];
        for line in &self.lines {
            if let Some(k) = ChargeType::ALL.iter().position(|t| *t == line.charge_type) {
                present[k] = true;
            }
        }
        let kinds = ChargeType::ALL.into_iter().zip(present);
        kinds.filter(|(_, here)| *here).map(|(t, _)| t).collect()
    }
}

/// Every invoice with lines billed up to `today`, oldest first.
pub fn invoices_up_to(
    engine: &dyn BillingEngine,
    lines: &[ChargeLine],
    today: NaiveDate,
) -> Vec<Invoice> {
    let mut by_date: BTreeMap<NaiveDate, Vec<ChargeLine>> = BTreeMap::new();
    for l in lines.iter().filter(|l| l.billing_date <= today) {
        by_date.entry(l.billing_date).or_default().push(l.clone());
    }
    by_date
        .into_iter()
        .map(|(d, lines)| invoice_of(engine, d, lines))
        .collect()
}

#[cfg(test)]
mod tests;
