//! What a file's records add up to as they are read: the header's columns, the lines ready to
//! be taken, the skipped rows, the charge types PartnerDesk doesn't know, the file's total and
//! the dates that say which invoice it is.

use super::cells::text;
use super::columns::Columns;
use super::rows::{RowReader, SkippedRow};
use super::splitter::Record;
use crate::base::dates::{billing_date_on_or_after, first_of_month};
use crate::base::money::Money;
use crate::base::say::ImportProblem;
use crate::base::stable_sort::sort_stable_by;
use crate::billing::nce::calendar::invoice_date;
use crate::imports::import_error::ImportError;
use crate::model::recon_line::{ReconLine, ReconProgram};
use chrono::NaiveDate;
use std::collections::BTreeMap;

#[derive(Default)]
pub(super) struct Collected {
    rows: Option<RowReader>,
    header_errors: Option<Vec<ImportError>>,
    pub ready: Vec<ReconLine>,
    skipped: Vec<SkippedRow>,
    unknown_charge_types: BTreeMap<String, usize>,
    lines_read: usize,
    total: Money,
    latest_charge_start: Option<NaiveDate>,
    latest_order_date: Option<NaiveDate>,
}

/// What a whole file held, besides its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileSummary {
    pub program: ReconProgram,
    /// Separated by semicolons (saved by Excel in a Dutch or German locale).
    pub semicolons: bool,
    /// Rows read into lines.
    pub lines: usize,
    /// Rows left out, in file order.
    pub skipped: Vec<SkippedRow>,
    /// Charge types PartnerDesk doesn't know, with how many lines have each: those lines are
    /// reconciled like any other, and only the book can't have them.
    pub unknown_charge_types: Vec<(String, usize)>,
    /// Columns of a full file that this one lacks (nothing reconciles on them).
    pub missing_columns: Vec<&'static str>,
    /// The sum of the lines' amounts before tax (Amount, or Subtotal in new commerce).
    pub total: Money,
    pub latest_charge_start: Option<NaiveDate>,
    pub latest_order_date: Option<NaiveDate>,
}

impl FileSummary {
    /// How many rows were skipped for a problem in each column, most first.
    pub fn skipped_by_column(&self) -> Vec<(&'static str, usize)> {
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for row in &self.skipped {
            *counts.entry(row.column).or_default() += 1;
        }
        let mut counts: Vec<_> = counts.into_iter().collect();
        sort_stable_by(&mut counts, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        counts
    }

    /// The legacy invoice this file is: every line is billed on the billing date on or after
    /// the day it was billed for, and no line starts after that day, so the latest charge start
    /// falls on the invoice's billing date or in the days before it.
    pub fn billing_date(&self, billing_day: u32) -> Option<NaiveDate> {
        self.latest_charge_start
            .map(|d| billing_date_on_or_after(d, billing_day))
    }

    /// The new commerce invoice this file is: the month of its OrderDates (N7).
    pub fn invoice_month(&self) -> Option<NaiveDate> {
        self.latest_order_date.map(first_of_month)
    }

    /// The date of the book's invoice this file is, in either program: the legacy billing date,
    /// or the day the monthly invoice of its OrderDates is issued (N7).
    pub fn invoice_date(&self, billing_day: u32) -> Option<NaiveDate> {
        match self.program {
            ReconProgram::Legacy => self.billing_date(billing_day),
            ReconProgram::NewCommerce => self.invoice_month().map(invoice_date),
        }
    }
}

impl Collected {
    pub fn program(&self) -> Option<ReconProgram> {
        self.rows.as_ref().map(|r| r.columns().program)
    }

    pub fn header_result(&self) -> Result<(), Vec<ImportError>> {
        match &self.header_errors {
            Some(errors) => Err(errors.clone()),
            None => Ok(()),
        }
    }

    pub fn record(&mut self, line: usize, record: &Record<'_>) {
        if self.header_errors.is_some() {
            return;
        }
        let Some(rows) = self.rows.as_mut() else {
            let header: Vec<String> = (0..record.len())
                .map(|i| text(record.field(i)).into_owned())
                .collect();
            match Columns::from_header(&header) {
                Ok(columns) => self.rows = Some(RowReader::new(columns)),
                Err(errors) => self.header_errors = Some(errors),
            }
            return;
        };
        if record.is_blank() {
            return;
        }
        match rows.read(line, record) {
            Ok(recon) => {
                let program = rows.columns().program;
                self.count(program, recon);
            }
            Err(skipped) => self.skipped.push(skipped),
        }
    }

    fn count(&mut self, program: ReconProgram, recon: ReconLine) {
        if program.known_charge_type(&recon.charge_type).is_none() {
            *self
                .unknown_charge_types
                .entry(recon.charge_type.to_string())
                .or_default() += 1;
        }
        self.lines_read += 1;
        self.total += recon.amount;
        self.latest_charge_start = self.latest_charge_start.max(Some(recon.charge_start));
        self.latest_order_date = self.latest_order_date.max(recon.order_date);
        self.ready.push(recon);
    }

    pub fn into_summary(
        self,
        semicolons: bool,
    ) -> Result<(Vec<ReconLine>, FileSummary), Vec<ImportError>> {
        self.header_result()?;
        let Some(rows) = self.rows else {
            return Err(vec![ImportError::new(
                1,
                "The file is empty; a reconciliation file starts with a line naming its columns.",
            )
            .saying(ImportProblem::ReconEmpty)]);
        };
        let mut unknown: Vec<(String, usize)> = self.unknown_charge_types.into_iter().collect();
        sort_stable_by(&mut unknown, |a, b| {
            b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
        });
        let summary = FileSummary {
            program: rows.columns().program,
            semicolons,
            lines: self.lines_read,
            skipped: self.skipped,
            unknown_charge_types: unknown,
            missing_columns: rows.columns().missing.clone(),
            total: self.total.round2(),
            latest_charge_start: self.latest_charge_start,
            latest_order_date: self.latest_order_date,
        };
        Ok((self.ready, summary))
    }
}
