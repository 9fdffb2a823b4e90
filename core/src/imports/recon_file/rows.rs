//! One row of a partner's reconciliation file read into a `ReconLine`, or the reasons it
//! can't be: every problem of the row in one sentence each, named by its column.
//!
//! What matching needs (customer, subscription, charge type, charge dates, quantity, amount)
//! must be readable, or the row is skipped. What only describes the line (names, the unit
//! price, the term) is taken when readable and left empty when not, so a spreadsheet's damage
//! to a column nobody reconciles on loses no row.

use super::cells::{amount, date, id, quantity, text};
use super::columns::{name_of, Col, Columns};
use super::splitter::Record;
use crate::base::money::Money;
use crate::base::say::{CellKind, RowProblem};
use crate::base::shared_text::SharedText;
use crate::model::recon_line::{ReconLine, ReconProgram};
use chrono::NaiveDate;
use std::sync::Arc;

const DATE: &str = "a date such as 6/30/2018 or 6/30/2018 23:59";

/// A row left out of the reconciliation, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedRow {
    pub line: usize,
    /// The column of the first problem ("row" when the row itself is malformed): skipped rows
    /// are counted by it.
    pub column: &'static str,
    /// Every problem of the row, a sentence each, in English.
    pub reason: String,
    /// The same problems as data, for the app to word in the partner's language.
    pub says: Vec<RowProblem>,
}

/// Reads the rows of one file, sharing the text its rows repeat.
pub struct RowReader {
    columns: Columns,
    shared: SharedText,
}

/// The problems found in one row so far.
struct Problems {
    first: Option<&'static str>,
    reasons: Vec<String>,
    says: Vec<RowProblem>,
}

impl Problems {
    fn add(&mut self, column: &'static str, reason: String, say: RowProblem) {
        self.first.get_or_insert(column);
        self.reasons.push(reason);
        self.says.push(say);
    }
}

impl RowReader {
    pub fn new(columns: Columns) -> RowReader {
        RowReader {
            columns,
            shared: SharedText::default(),
        }
    }

    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    pub fn read(&mut self, line: usize, record: &Record<'_>) -> Result<ReconLine, SkippedRow> {
        if record.len() != self.columns.width {
            return Err(SkippedRow {
                line,
                column: "row",
                reason: format!(
                    "This row has {} fields but the header has {}; a value with the separator in it needs quotes.",
                    record.len(),
                    self.columns.width
                ),
                says: vec![RowProblem::RowFieldCount {
                    fields: record.len(),
                    header: self.columns.width,
                }],
            });
        }
        let mut problems = Problems {
            first: None,
            reasons: Vec::new(),
            says: Vec::new(),
        };
        let mut recon = self.common(record, &mut problems);
        recon.line = line;
        match self.columns.program {
            ReconProgram::Legacy => self.legacy(record, &mut recon, &mut problems),
            ReconProgram::NewCommerce => self.new_commerce(record, &mut recon, &mut problems),
        }
        if recon.charge_end < recon.charge_start {
            problems.add(
                "ChargeEndDate",
                "The charge ends before it starts.".to_string(),
                RowProblem::ChargeEndsBeforeStart,
            );
        }
        match problems.first {
            None => Ok(recon),
            Some(column) => Err(SkippedRow {
                line,
                column,
                reason: problems.reasons.join(" "),
                says: problems.says,
            }),
        }
    }

    /// The cell of `col`, empty when the file has no such column.
    fn cell<'r>(&self, record: &Record<'r>, col: Col) -> std::borrow::Cow<'r, str> {
        self.columns
            .position(col)
            .map_or(std::borrow::Cow::Borrowed(""), |at| text(record.field(at)))
    }

    fn share(&mut self, value: &str) -> Arc<str> {
        self.shared.share(value)
    }

    fn shared_cell(&mut self, record: &Record<'_>, col: Col) -> Arc<str> {
        let value = self.cell(record, col);
        self.shared.share_at(col as usize, &value)
    }

    /// An id nearly unique in the file (a subscription's): shared with the row before only.
    fn recent_id(&mut self, record: &Record<'_>, col: Col) -> Arc<str> {
        let cell = self.cell(record, col);
        self.shared.share_recent(col as usize, &id(&cell))
    }

    fn shared_id(&mut self, record: &Record<'_>, col: Col) -> Arc<str> {
        let cell = self.cell(record, col);
        self.shared.share_at(col as usize, &id(&cell))
    }

    /// What both programs write alike.
    fn common(&mut self, record: &Record<'_>, problems: &mut Problems) -> ReconLine {
        let customer_id = self.shared_id(record, Col::CustomerId);
        if customer_id.is_empty() {
            problems.add(
                "CustomerId",
                "The customer id is empty.".to_string(),
                RowProblem::CustomerIdEmpty,
            );
        }
        let charge_type = self.cell(record, Col::ChargeType);
        if charge_type.is_empty() {
            problems.add(
                "ChargeType",
                "The charge type is empty.".to_string(),
                RowProblem::ChargeTypeEmpty,
            );
        }
        let charge_type = self
            .columns
            .program
            .known_charge_type(&charge_type)
            .map_or(charge_type, std::borrow::Cow::Borrowed);
        let unit_price = amount(&self.cell(record, Col::UnitPrice));
        ReconLine {
            customer_id,
            customer_name: self.shared_cell(record, Col::CustomerName),
            domain: self.shared_cell(record, Col::DomainName),
            order_id: self.recent_id(record, Col::OrderId),
            mpn_id: self.shared_cell(record, Col::MpnId),
            reseller_mpn_id: self.shared_cell(record, Col::ResellerMpnId),
            charge_type: self.share(&charge_type),
            charge_start: self.required_date(record, Col::ChargeStartDate, problems),
            charge_end: self.required_date(record, Col::ChargeEndDate, problems),
            term_start: date(&self.cell(record, Col::SubscriptionStartDate)),
            term_end: date(&self.cell(record, Col::SubscriptionEndDate)),
            unit_price,
            ..ReconLine::default()
        }
    }

    fn legacy(&mut self, record: &Record<'_>, recon: &mut ReconLine, problems: &mut Problems) {
        recon.subscription_id = self.recent_id(record, Col::PartnerSubscriptionNumber);
        recon.billing_id = self.recent_id(record, Col::SubscriptionId);
        if recon.subscription_id.is_empty() && recon.billing_id.is_empty() {
            problems.add(
                "SyndicationPartnerSubscriptionNumber",
                "The row names no subscription: SyndicationPartnerSubscriptionNumber and SubscriptionId are both empty.".to_string(),
                RowProblem::RowNamesNoSubscription,
            );
        }
        let durable = self.shared_id(record, Col::DurableOfferId);
        recon.offer_id = if durable.is_empty() {
            self.shared_id(record, Col::OfferId)
        } else {
            durable
        };
        recon.offer_name = self.shared_cell(record, Col::OfferName);
        recon.subscription_name = self.shared_cell(record, Col::SubscriptionName);
        recon.frequency = self.shared_cell(record, Col::BillingCycleType);
        recon.quantity = self.required_quantity(record, Col::Quantity, problems);
        recon.amount = self.required_amount(record, Col::Amount, problems);
    }

    fn new_commerce(
        &mut self,
        record: &Record<'_>,
        recon: &mut ReconLine,
        problems: &mut Problems,
    ) {
        recon.subscription_id = self.recent_id(record, Col::SubscriptionId);
        if recon.subscription_id.is_empty() {
            problems.add(
                "SubscriptionId",
                "The subscription id is empty.".to_string(),
                RowProblem::SubscriptionIdEmpty,
            );
        }
        let product = self.cell(record, Col::ProductId);
        let sku = self.cell(record, Col::SkuId);
        recon.offer_id = if sku.is_empty() {
            self.share(&product)
        } else {
            self.share(&format!("{product}:{sku}"))
        };
        recon.offer_name = self.shared_cell(record, Col::SkuName);
        recon.subscription_name = Arc::clone(&recon.offer_name);
        recon.frequency = self.shared_cell(record, Col::BillingFrequency);
        recon.country = self.shared_cell(record, Col::Country);
        recon.order_date = date(&self.cell(record, Col::OrderDate));
        recon.reference_id = Arc::from(&*id(&self.cell(record, Col::ReferenceId)));
        let seats = if self.columns.position(Col::BillableQuantity).is_some() {
            Col::BillableQuantity
        } else {
            Col::Quantity
        };
        recon.quantity = self.required_quantity(record, seats, problems);
        recon.amount = self.required_amount(record, Col::Subtotal, problems);
    }

    /// The cell of `col` read by `parse`; a cell it can't read is a problem of the row, said
    /// as "The Amount \"x\" is not `should_be`."
    fn required<T>(
        &self,
        record: &Record<'_>,
        col: Col,
        parse: fn(&str) -> Option<T>,
        kind: CellKind,
        problems: &mut Problems,
    ) -> Option<T> {
        let cell = self.cell(record, col);
        let value = parse(&cell);
        if value.is_none() {
            let name = name_of(col);
            let should_be = match kind {
                CellKind::Date => DATE,
                CellKind::Seats => "a whole number of licenses",
                CellKind::Amount => "an amount such as 30.00 or 30,00",
            };
            problems.add(
                name,
                format!("The {name} \"{cell}\" is not {should_be}."),
                RowProblem::CellNot {
                    column: name.to_string(),
                    cell: cell.to_string(),
                    kind,
                },
            );
        }
        value
    }

    fn required_date(&self, record: &Record<'_>, col: Col, problems: &mut Problems) -> NaiveDate {
        self.required(record, col, date, CellKind::Date, problems)
            .unwrap_or(NaiveDate::MIN)
    }

    fn required_quantity(&self, record: &Record<'_>, col: Col, problems: &mut Problems) -> u32 {
        self.required(record, col, quantity, CellKind::Seats, problems)
            .unwrap_or(0)
    }

    fn required_amount(&self, record: &Record<'_>, col: Col, problems: &mut Problems) -> Money {
        self.required(record, col, amount, CellKind::Amount, problems)
            .unwrap_or(Money::ZERO)
    }
}
