//! The license-based reconciliation file of an invoice (SPEC R2–R5): one row per charge line.

use crate::base::money::Money;
use crate::model::catalog::BillingFrequency;
use crate::model::charge_line::{ChargeLine, ChargeType};
use crate::model::customer::Customer;
use crate::model::settings::PartnerSettings;
use crate::reports::csv_writer::{
    export_file_name, write_header, write_records, write_table, Cell,
};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;

pub use crate::reports::csv_writer::CsvDialect;

pub mod copied;

/// SPEC R2's columns, in order.
pub const RECON_HEADER: [&str; 28] = [
    "PartnerId",
    "CustomerId",
    "CustomerName",
    "MpnId",
    "ResellerMpnId",
    "OrderId",
    "SubscriptionId",
    "SyndicationPartnerSubscriptionNumber",
    "OfferId",
    "DurableOfferId",
    "OfferName",
    "SubscriptionStartDate",
    "SubscriptionEndDate",
    "ChargeStartDate",
    "ChargeEndDate",
    "ChargeType",
    "UnitPrice",
    "Quantity",
    "Amount",
    "TotalOtherDiscount",
    "Subtotal",
    "Tax",
    "TotalForCustomer",
    "Currency",
    "DomainName",
    "SubscriptionName",
    "SubscriptionDescription",
    "BillingCycleType",
];

/// What the file needs of a subscription beyond its charge line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionFacts {
    /// The app's internal billing id: the SubscriptionId column.
    pub billing_id: String,
    pub order_id: String,
    pub nickname: Option<String>,
}

/// The book as the reconciliation file sees it; the engine implements it over derived state.
pub trait ReconLookup {
    fn customer(&self, id: &str) -> Option<&Customer>;
    /// By the partner-facing Subscription ID of a charge line.
    fn subscription(&self, subscription_id: &str) -> Option<SubscriptionFacts>;
    fn offer_name(&self, offer_id: &str) -> Option<String>;
}

/// One row of the file, a field per R2 column. Dates carry their time of day (R3); amounts are
/// exact and rounded to cents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReconRow {
    pub partner_id: String,
    pub customer_id: String,
    pub customer_name: String,
    pub mpn_id: String,
    pub reseller_mpn_id: String,
    pub order_id: String,
    pub subscription_id: String,
    pub syndication_partner_subscription_number: String,
    pub offer_id: String,
    pub durable_offer_id: String,
    pub offer_name: String,
    pub subscription_start_date: NaiveDateTime,
    pub subscription_end_date: NaiveDateTime,
    pub charge_start_date: NaiveDateTime,
    pub charge_end_date: NaiveDateTime,
    pub charge_type: ChargeType,
    pub unit_price: Money,
    pub quantity: u32,
    pub amount: Money,
    pub total_other_discount: Money,
    pub subtotal: Money,
    pub tax: Money,
    pub total_for_customer: Money,
    pub currency: String,
    pub domain_name: String,
    pub subscription_name: String,
    pub subscription_description: String,
    pub billing_cycle_type: BillingFrequency,
}

impl ReconRow {
    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(&self.partner_id),
            Cell::Text(&self.customer_id),
            Cell::Text(&self.customer_name),
            Cell::Text(&self.mpn_id),
            Cell::Text(&self.reseller_mpn_id),
            Cell::Text(&self.order_id),
            Cell::Text(&self.subscription_id),
            Cell::Text(&self.syndication_partner_subscription_number),
            Cell::Text(&self.offer_id),
            Cell::Text(&self.durable_offer_id),
            Cell::Text(&self.offer_name),
            Cell::DateTime(self.subscription_start_date),
            Cell::DateTime(self.subscription_end_date),
            Cell::DateTime(self.charge_start_date),
            Cell::DateTime(self.charge_end_date),
            Cell::Text(self.charge_type.label()),
            Cell::Amount(self.unit_price),
            Cell::Count(i64::from(self.quantity)),
            Cell::Amount(self.amount),
            Cell::Amount(self.total_other_discount),
            Cell::Amount(self.subtotal),
            Cell::Amount(self.tax),
            Cell::Amount(self.total_for_customer),
            Cell::Text(&self.currency),
            Cell::Text(&self.domain_name),
            Cell::Text(&self.subscription_name),
            Cell::Text(&self.subscription_description),
            Cell::Text(self.billing_cycle_type.label()),
        ]
    }
}

fn at(date: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    date.and_hms_opt(hour, minute, 0)
        .expect("0:00 and 23:59 exist on every day")
}

/// `percent` % of `base`, rounded to cents.
fn percent_of(base: Money, percent: Money) -> Money {
    (base * (percent.decimal() / Decimal::ONE_HUNDRED)).round2()
}

/// The rows of the file for `lines`, in their order; an error names the first line whose
/// customer, subscription or offer the book does not know.
pub fn recon_rows(
    lines: &[ChargeLine],
    lookup: &dyn ReconLookup,
    settings: &PartnerSettings,
) -> Result<Vec<ReconRow>, String> {
    lines
        .iter()
        .map(|line| recon_row(line, lookup, settings))
        .collect()
}

fn recon_row(
    line: &ChargeLine,
    lookup: &dyn ReconLookup,
    settings: &PartnerSettings,
) -> Result<ReconRow, String> {
    let customer = lookup.customer(&line.customer_id).ok_or_else(|| {
        format!(
            "The charge line of subscription {} names customer {}, which is not in the book.",
            line.subscription_id, line.customer_id
        )
    })?;
    let facts = lookup.subscription(&line.subscription_id).ok_or_else(|| {
        format!(
            "A charge line names subscription {}, which is not in the book.",
            line.subscription_id
        )
    })?;
    let offer_name = lookup.offer_name(&line.offer_id).ok_or_else(|| {
        format!(
            "The charge line of subscription {} names offer {}, which is not in the catalog.",
            line.subscription_id, line.offer_id
        )
    })?;
    let amount = line.amount.round2();
    let total_other_discount = percent_of(amount, settings.discount_percent);
    let subtotal = amount - total_other_discount;
    let tax = percent_of(subtotal, settings.tax_percent);
    Ok(ReconRow {
        partner_id: settings.partner_id.clone(),
        customer_id: customer.id.clone(),
        customer_name: customer.company_name.clone(),
        mpn_id: settings.mpn_id.clone(),
        reseller_mpn_id: customer
            .reseller_mpn_id
            .clone()
            .unwrap_or_else(|| settings.mpn_id.clone()),
        order_id: facts.order_id,
        subscription_id: facts.billing_id,
        syndication_partner_subscription_number: line.subscription_id.to_string(),
        offer_id: line.offer_id.to_string(),
        durable_offer_id: line.offer_id.to_string(),
        // A blank nickname is no nickname: the column would otherwise be empty.
        subscription_name: facts
            .nickname
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| offer_name.clone()),
        subscription_description: offer_name.clone(),
        offer_name,
        subscription_start_date: at(line.term_start, 0, 0),
        subscription_end_date: at(line.term_end, 0, 0),
        charge_start_date: at(line.start, 0, 0),
        charge_end_date: at(line.end, 23, 59),
        charge_type: line.charge_type,
        unit_price: line.unit_price.round2(),
        quantity: line.quantity,
        amount,
        total_other_discount,
        subtotal,
        tax,
        total_for_customer: subtotal + tax,
        currency: settings.currency.clone(),
        domain_name: customer.domain.clone(),
        billing_cycle_type: line.frequency,
    })
}

/// The file's bytes: the R2 header, then one record per row.
pub fn write_recon_csv(rows: &[ReconRow], dialect: CsvDialect) -> Vec<u8> {
    write_table(dialect, &RECON_HEADER, rows.iter().map(ReconRow::cells))
}

/// The file's start alone: its dialect's byte-order mark and the R2 header. Records written
/// apart (`write_recon_records`) follow it; joined, the parts are `write_recon_csv`'s bytes.
pub fn write_recon_header(dialect: CsvDialect) -> Vec<u8> {
    write_header(dialect, &RECON_HEADER)
}

/// The records of `rows` alone: a part of the file, for a file made a few thousand rows a step.
pub fn write_recon_records(rows: &[ReconRow], dialect: CsvDialect) -> Vec<u8> {
    write_records(dialect, rows.iter().map(ReconRow::cells))
}

/// `Contoso-Partner_recon_2018-06-15.csv` (`…_excel.csv` for the Excel dialect).
pub fn recon_file_name(partner_name: &str, billing_date: NaiveDate, dialect: CsvDialect) -> String {
    export_file_name(partner_name, "recon", billing_date, dialect)
}

#[cfg(test)]
mod tests;
