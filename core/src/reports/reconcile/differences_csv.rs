//! The differences of a reconciliation as a CSV file, in both of PartnerDesk's dialects, for
//! the partner to work through or hand to Microsoft's support.

use super::finding::{Counted, Finding};
use super::totals::Reconciliation;
use crate::reports::csv_writer::{export_file_name, write_table, Cell, CsvDialect};
use chrono::NaiveDate;

pub const DIFFERENCES_HEADER: [&str; 14] = [
    "Group",
    "CustomerId",
    "CustomerName",
    "SubscriptionId",
    "Offer",
    "ChargeType",
    "ChargeStartDate",
    "ChargeEndDate",
    "FileLine",
    "FileQuantity",
    "PartnerDeskQuantity",
    "FileAmount",
    "PartnerDeskAmount",
    "Difference",
];

fn cells(finding: &Finding) -> Vec<Cell<'_>> {
    let date = |d: Option<NaiveDate>| d.map_or(Cell::Text(""), Cell::Date);
    let quantity =
        |c: Option<Counted>| c.map_or(Cell::Text(""), |c| Cell::Count(c.quantity.into()));
    let amount = |c: Option<Counted>| c.map_or(Cell::Text(""), |c| Cell::Amount(c.amount));
    vec![
        Cell::Text(finding.group.label()),
        Cell::Text(&finding.customer_id),
        Cell::Text(&finding.customer_name),
        Cell::Text(&finding.subscription_id),
        Cell::Text(&finding.offer_name),
        Cell::Text(&finding.charge_type),
        date(finding.charge_start),
        date(finding.charge_end),
        finding
            .file_line
            .map_or(Cell::Text(""), |l| Cell::Count(l as i64)),
        quantity(finding.file),
        quantity(finding.book),
        amount(finding.file),
        amount(finding.book),
        Cell::Amount(finding.difference()),
    ]
}

/// Every difference (not the matches), in the order the page lists them.
pub fn write_differences_csv(reconciliation: &Reconciliation, dialect: CsvDialect) -> Vec<u8> {
    let rows = reconciliation
        .findings
        .iter()
        .filter(|f| f.group.is_difference())
        .map(cells);
    write_table(dialect, &DIFFERENCES_HEADER, rows)
}

/// `Contoso-Partner_recon-differences_2018-06-15.csv`, `…_excel.csv` for Excel.
pub fn differences_file_name(
    partner_name: &str,
    invoice_date: NaiveDate,
    dialect: CsvDialect,
) -> String {
    export_file_name(partner_name, "recon-differences", invoice_date, dialect)
}
