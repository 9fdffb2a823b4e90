//! N7: one invoice per calendar month with lines; R6's TaxTotal, which both share.

use super::calendar::{invoice_date, invoice_due_date, invoice_number};
use crate::base::money::Money;
use crate::model::nce::line::NceLine;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NceInvoice {
    /// The first day of the invoice's month.
    pub month: NaiveDate,
    pub number: String,
    pub date: NaiveDate,
    pub due: NaiveDate,
    pub line_count: usize,
    /// Σ Total of the month's lines: Subtotal plus TaxTotal (R6, R4).
    pub total: Money,
}

/// R6's TaxTotal: Subtotal × the partner's tax percentage, half away from zero (N29).
pub fn tax_total(subtotal: Money, tax_percent: Decimal) -> Money {
    (subtotal * (tax_percent / Decimal::ONE_HUNDRED)).round2()
}

/// The invoices of `lines`, oldest month first.
pub fn invoices(lines: &[NceLine], tax_percent: Decimal) -> Vec<NceInvoice> {
    let mut months: BTreeMap<NaiveDate, (usize, Money)> = BTreeMap::new();
    for line in lines {
        let entry = months
            .entry(line.invoice_month())
            .or_insert((0, Money::ZERO));
        entry.0 += 1;
        entry.1 += line.subtotal + tax_total(line.subtotal, tax_percent);
    }
    months
        .into_iter()
        .map(|(month, (line_count, total))| NceInvoice {
            month,
            number: invoice_number(month),
            date: invoice_date(month),
            due: invoice_due_date(month),
            line_count,
            total: total.round2(),
        })
        .collect()
}
