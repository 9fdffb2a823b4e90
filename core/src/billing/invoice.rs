//! Invoices: one per billing date that has lines (R1), numbered and dated by the billing engine
//! of the book's profile.

use crate::base::money::Money;
use crate::billing::engine::BillingEngine;
use crate::model::charge_line::{ChargeLine, ChargeType};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
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
    lines.iter().map(|l| l.amount).sum::<Money>().round2()
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
        let lines: Vec<ChargeLine> = self
            .lines
            .iter()
            .filter(|l| filter.matches(l))
            .cloned()
            .collect();
        LineSelection {
            total: lines.iter().map(|l| l.amount).sum::<Money>().round2(),
            lines,
        }
    }

    /// The customers billed on this invoice, each once, in order of their first line.
    pub fn customer_ids(&self) -> Vec<Arc<str>> {
        let mut seen = HashSet::new();
        self.lines
            .iter()
            .filter(|l| seen.insert(Arc::clone(&l.customer_id)))
            .map(|l| Arc::clone(&l.customer_id))
            .collect()
    }

    /// Each customer's lines counted and totalled, in order of their first line: what an
    /// accountant checks the invoice's total against.
    pub fn customer_subtotals(&self) -> Vec<CustomerSubtotal> {
        let mut index: HashMap<Arc<str>, usize> = HashMap::new();
        let mut subtotals: Vec<CustomerSubtotal> = Vec::new();
        for line in &self.lines {
            let i = *index
                .entry(Arc::clone(&line.customer_id))
                .or_insert_with(|| {
                    subtotals.push(CustomerSubtotal {
                        customer_id: Arc::clone(&line.customer_id),
                        line_count: 0,
                        total: Money::ZERO,
                    });
                    subtotals.len() - 1
                });
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
        ChargeType::ALL
            .into_iter()
            .filter(|t| self.lines.iter().any(|l| l.charge_type == *t))
            .collect()
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
mod tests {
    use super::*;
    use crate::billing::legacy::LEGACY_2018;
    use crate::model::catalog::BillingFrequency;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2018, 6, d).unwrap()
    }

    fn line(customer: &str, charge_type: ChargeType, cents: i64) -> ChargeLine {
        ChargeLine {
            subscription_id: "s".into(),
            customer_id: customer.into(),
            offer_id: "o".into(),
            charge_type,
            start: day(1),
            end: day(30),
            unit_price: Money::new(cents, 2),
            quantity: 1,
            amount: Money::new(cents, 2),
            billing_date: day(15),
            frequency: BillingFrequency::Monthly,
            term_start: day(1),
            term_end: day(30),
            nce: None,
        }
    }

    fn invoice() -> Invoice {
        invoice_of(
            &LEGACY_2018,
            day(15),
            vec![
                line("a", ChargeType::CycleFee, 2000),
                line("b", ChargeType::CycleFee, 1050),
                line("a", ChargeType::CancelFee, -2000),
                line("b", ChargeType::ProratePurchase, 333),
            ],
        )
    }

    #[test]
    fn r1_an_invoice_is_due_60_days_after_its_billing_date_and_totals_its_lines() {
        let i = invoice();
        assert_eq!(i.number, "PD20180615");
        assert_eq!(i.summary().line_count, 4);
        assert_eq!(i.summary().total, i.total);
        assert_eq!(i.due_date, NaiveDate::from_ymd_opt(2018, 8, 14).unwrap());
        assert_eq!(i.total, Money::new(1383, 2));
    }

    #[test]
    fn r1_summaries_total_each_billing_date_up_to_today_without_the_later_ones() {
        let on = |d: u32, cents: i64| ChargeLine {
            billing_date: day(d),
            ..line("a", ChargeType::CycleFee, cents)
        };
        let lines = [on(1, 100), on(1, 250), on(15, -50), on(20, 999)];
        let summaries = summaries_up_to(&LEGACY_2018, &lines, day(15));
        let figures: Vec<(NaiveDate, usize, Money)> = summaries
            .iter()
            .map(|s| (s.billing_date, s.line_count, s.total))
            .collect();
        assert_eq!(
            figures,
            [
                (day(1), 2, Money::new(350, 2)),
                (day(15), 1, Money::new(-50, 2))
            ]
        );
        assert_eq!(
            summary_on(&LEGACY_2018, &lines, day(20)).total,
            Money::new(999, 2)
        );
        assert_eq!(summary_on(&LEGACY_2018, &lines, day(2)).line_count, 0);
    }

    #[test]
    fn r4_no_filter_keeps_every_line_and_the_invoice_total() {
        let all = invoice().select(&LineFilter::default());
        assert_eq!(all.lines, invoice().lines);
        assert_eq!(all.total, invoice().total);
    }

    #[test]
    fn r4_a_customer_and_a_charge_type_filter_keep_only_their_lines_with_their_total() {
        let a = invoice().select(&LineFilter {
            customer_id: Some("a".into()),
            charge_type: None,
        });
        assert_eq!(a.lines.len(), 2);
        assert_eq!(a.total, Money::ZERO, "a cancellation credit nets the fee");
        let b_cycle = invoice().select(&LineFilter {
            customer_id: Some("b".into()),
            charge_type: Some(ChargeType::CycleFee),
        });
        assert_eq!(b_cycle.lines, vec![line("b", ChargeType::CycleFee, 1050)]);
        assert_eq!(b_cycle.total, Money::new(1050, 2));
    }

    #[test]
    fn r4_customer_subtotals_count_and_total_each_customers_lines_and_add_up() {
        let i = invoice();
        let subtotals: Vec<(String, usize, Money)> = i
            .customer_subtotals()
            .into_iter()
            .map(|s| (s.customer_id.to_string(), s.line_count, s.total))
            .collect();
        assert_eq!(
            subtotals,
            [
                ("a".to_string(), 2, Money::ZERO),
                ("b".to_string(), 2, Money::new(1383, 2)),
            ]
        );
        let sum: Money = i.customer_subtotals().iter().map(|s| s.total).sum();
        assert_eq!(sum, i.total);
    }

    #[test]
    fn r4_the_filter_choices_are_the_invoices_customers_and_charge_types() {
        let i = invoice();
        let ids = i.customer_ids();
        let ids: Vec<&str> = ids.iter().map(|c| &**c).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(
            i.charge_types(),
            [
                ChargeType::ProratePurchase,
                ChargeType::CycleFee,
                ChargeType::CancelFee
            ]
        );
    }
}
