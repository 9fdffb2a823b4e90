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

impl SubscriptionFacts {
    pub fn lent(&self) -> LentFacts<'_> {
        LentFacts {
            billing_id: &self.billing_id,
            order_id: &self.order_id,
            nickname: self.nickname.as_deref(),
        }
    }
}

/// `SubscriptionFacts` as the book holds them: the rows borrow their texts, not copy them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LentFacts<'a> {
    pub billing_id: &'a str,
    pub order_id: &'a str,
    pub nickname: Option<&'a str>,
}

/// The book as the reconciliation file sees it; the engine implements it over derived state.
pub trait ReconLookup {
    fn customer(&self, id: &str) -> Option<&Customer>;
    /// By the partner-facing Subscription ID of a charge line.
    fn subscription(&self, subscription_id: &str) -> Option<LentFacts<'_>>;
    fn offer_name(&self, offer_id: &str) -> Option<&str>;
}

/// One row of the file, a field per R2 column. Dates carry their time of day (R3); amounts are
/// exact and rounded to cents. Its texts are owned, or borrowed from the book (`T` = `&str`)
/// where the file is written straight from it: copying them cost half of writing a month's
/// file of 18,569 rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReconRow<T = String> {
    pub partner_id: T,
    pub customer_id: T,
    pub customer_name: T,
    pub mpn_id: T,
    pub reseller_mpn_id: T,
    pub order_id: T,
    pub subscription_id: T,
    pub syndication_partner_subscription_number: T,
    pub offer_id: T,
    pub durable_offer_id: T,
    pub offer_name: T,
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
    pub currency: T,
    pub domain_name: T,
    pub subscription_name: T,
    pub subscription_description: T,
    pub billing_cycle_type: BillingFrequency,
}

impl<T: AsRef<str>> ReconRow<T> {
    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(self.partner_id.as_ref()),
            Cell::Text(self.customer_id.as_ref()),
            Cell::Text(self.customer_name.as_ref()),
            Cell::Text(self.mpn_id.as_ref()),
            Cell::Text(self.reseller_mpn_id.as_ref()),
            Cell::Text(self.order_id.as_ref()),
            Cell::Text(self.subscription_id.as_ref()),
            Cell::Text(self.syndication_partner_subscription_number.as_ref()),
            Cell::Text(self.offer_id.as_ref()),
            Cell::Text(self.durable_offer_id.as_ref()),
            Cell::Text(self.offer_name.as_ref()),
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
            Cell::Text(self.currency.as_ref()),
            Cell::Text(self.domain_name.as_ref()),
            Cell::Text(self.subscription_name.as_ref()),
            Cell::Text(self.subscription_description.as_ref()),
            Cell::Text(self.billing_cycle_type.label()),
        ]
    }

    /// The row with texts of its own.
    pub fn owned(&self) -> ReconRow {
        let text = |t: &T| t.as_ref().to_string();
        ReconRow {
            partner_id: text(&self.partner_id),
            customer_id: text(&self.customer_id),
            customer_name: text(&self.customer_name),
            mpn_id: text(&self.mpn_id),
            reseller_mpn_id: text(&self.reseller_mpn_id),
            order_id: text(&self.order_id),
            subscription_id: text(&self.subscription_id),
            syndication_partner_subscription_number: text(
                &self.syndication_partner_subscription_number,
            ),
            offer_id: text(&self.offer_id),
            durable_offer_id: text(&self.durable_offer_id),
            offer_name: text(&self.offer_name),
            currency: text(&self.currency),
            domain_name: text(&self.domain_name),
            subscription_name: text(&self.subscription_name),
            subscription_description: text(&self.subscription_description),
            subscription_start_date: self.subscription_start_date,
            subscription_end_date: self.subscription_end_date,
            charge_start_date: self.charge_start_date,
            charge_end_date: self.charge_end_date,
            charge_type: self.charge_type,
            unit_price: self.unit_price,
            quantity: self.quantity,
            amount: self.amount,
            total_other_discount: self.total_other_discount,
            subtotal: self.subtotal,
            tax: self.tax,
            total_for_customer: self.total_for_customer,
            billing_cycle_type: self.billing_cycle_type,
        }
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
        .map(|line| lent_row(line, lookup, settings).map(|row| row.owned()))
        .collect()
}

/// The records of `lines`' rows, written from the book's texts without copying them: a part
/// of the file, as `write_recon_records` of their `recon_rows` writes it.
pub fn write_recon_lines(
    lines: &[ChargeLine],
    lookup: &dyn ReconLookup,
    settings: &PartnerSettings,
    dialect: CsvDialect,
) -> Result<Vec<u8>, String> {
    let rows = lines
        .iter()
        .map(|line| lent_row(line, lookup, settings))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(write_records(dialect, rows.iter().map(ReconRow::cells)))
}

fn lent_row<'a>(
    line: &'a ChargeLine,
    lookup: &'a dyn ReconLookup,
    settings: &'a PartnerSettings,
) -> Result<ReconRow<&'a str>, String> {
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
        partner_id: &settings.partner_id,
        customer_id: &customer.id,
        customer_name: &customer.company_name,
        mpn_id: &settings.mpn_id,
        reseller_mpn_id: customer
            .reseller_mpn_id
            .as_deref()
            .unwrap_or(&settings.mpn_id),
        order_id: facts.order_id,
        subscription_id: facts.billing_id,
        syndication_partner_subscription_number: &line.subscription_id,
        offer_id: &line.offer_id,
        durable_offer_id: &line.offer_id,
        // A blank nickname is no nickname: the column would otherwise be empty.
        subscription_name: facts
            .nickname
            .filter(|n| !n.trim().is_empty())
            .unwrap_or(offer_name),
        subscription_description: offer_name,
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
        currency: &settings.currency,
        domain_name: &customer.domain,
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
