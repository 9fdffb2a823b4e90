//! R6: the new commerce reconciliation file of one monthly invoice, 46 columns, in the standard
//! dialect or the Excel one for nl/de (the legacy file's `CsvDialect`).
//!
//! The legacy writer's cells spell amounts with exactly 2 decimals; R6's EffectiveUnitPrice has
//! up to 6, and spelled as text a credit like -9.408 would be neutralised as a formula (R5). So
//! this file spells its own cells, reusing the legacy dialects, neutralising and dates.

use crate::base::csv_safety::neutralise;
use crate::base::dates::us_date;
use crate::base::money::Money;
use crate::billing::nce::calendar::{exchange_rate_date, invoice_number};
use crate::billing::nce::invoice::tax_total;
use crate::model::nce::line::NceLine;
use crate::model::nce::offer::{NceCatalog, NceOffer};
use crate::reports::csv_writer::CsvDialect;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// R6's columns, in order.
pub const NCE_RECON_HEADER: [&str; 46] = [
    "PartnerId",
    "CustomerId",
    "CustomerName",
    "CustomerDomainName",
    "CustomerCountry",
    "InvoiceNumber",
    "MpnId",
    "ResellerMpnId",
    "OrderId",
    "OrderDate",
    "ProductId",
    "SkuId",
    "AvailabilityId",
    "SkuName",
    "ProductName",
    "ChargeType",
    "UnitPrice",
    "Quantity",
    "Subtotal",
    "TaxTotal",
    "Total",
    "Currency",
    "PriceAdjustmentDescription",
    "PublisherName",
    "PublisherId",
    "SubscriptionDescription",
    "SubscriptionId",
    "ChargeStartDate",
    "ChargeEndDate",
    "TermAndBillingCycle",
    "EffectiveUnitPrice",
    "UnitType",
    "AlternateId",
    "BillableQuantity",
    "BillingFrequency",
    "PricingCurrency",
    "PCToBCExchangeRate",
    "PCToBCExchangeRateDate",
    "MeterDescription",
    "ReservationOrderId",
    "CreditReasonCode",
    "SubscriptionStartDate",
    "SubscriptionEndDate",
    "ReferenceId",
    "ProductQualifiers",
    "PromotionId",
];

/// The partner's columns.
#[derive(Clone, Copy, Debug)]
pub struct ReconPartner<'a> {
    pub partner_id: &'a str,
    pub mpn_id: &'a str,
    pub currency: &'a str,
    /// 0 writes TaxTotal 0.00.
    pub tax_percent: Decimal,
}

/// A customer's columns and its lines (any months: the file takes the invoice's).
#[derive(Clone, Copy, Debug)]
pub struct CustomerLines<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub domain: &'a str,
    pub country: &'a str,
    /// None when sold directly: the partner's own MPN id is written (R3).
    pub reseller_mpn_id: Option<&'a str>,
    pub lines: &'a [NceLine],
}

#[derive(Clone, Copy)]
enum R6Cell<'a> {
    Text(&'a str),
    Amount(Money),
    Count(u32),
    Date(NaiveDate),
    Decimal(Decimal),
}

impl R6Cell<'_> {
    fn spell(self, dialect: CsvDialect) -> String {
        let comma = dialect == CsvDialect::ExcelEuropean;
        let number = |text: String| if comma { text.replace('.', ",") } else { text };
        match self {
            R6Cell::Text(t) => neutralise(t).into_owned(),
            R6Cell::Amount(m) => number(m.to_string()),
            R6Cell::Decimal(d) => number(d.to_string()),
            R6Cell::Count(n) => n.to_string(),
            R6Cell::Date(d) if comma => d.format("%Y-%m-%d").to_string(),
            R6Cell::Date(d) => us_date(d),
        }
    }
}

/// N36: OrderDate, then CustomerName (ordinal), then SubscriptionId (lower case), then event order;
/// within an event the lines keep the replay's order (refund or trial line first).
fn sorted_rows<'a>(
    month: NaiveDate,
    customers: &'a [CustomerLines<'a>],
) -> Vec<(&'a CustomerLines<'a>, &'a NceLine)> {
    let mut rows: Vec<_> = customers
        .iter()
        .flat_map(|c| {
            c.lines
                .iter()
                .filter(|l| l.invoice_month() == month)
                .map(move |l| (c, l))
        })
        .collect();
    rows.sort_by_cached_key(|(c, l)| {
        (
            l.order_date,
            c.name.to_string(),
            l.subscription_id.to_lowercase(),
            l.event,
        )
    });
    rows
}

/// What one row needs besides its line.
struct RowFacts<'a> {
    partner: &'a ReconPartner<'a>,
    partner_id: &'a str,
    number: &'a str,
    customer: &'a CustomerLines<'a>,
    offer: &'a NceOffer,
}

impl<'a> RowFacts<'a> {
    /// R6's 46 cells of `line`, in column order.
    fn cells(&self, line: &'a NceLine) -> [R6Cell<'a>; 46] {
        let tax = tax_total(line.subtotal, self.partner.tax_percent);
        [
            R6Cell::Text(self.partner_id),
            R6Cell::Text(self.customer.id),
            R6Cell::Text(self.customer.name),
            R6Cell::Text(self.customer.domain),
            R6Cell::Text(self.customer.country),
            R6Cell::Text(self.number),
            R6Cell::Text(self.partner.mpn_id),
            R6Cell::Text(self.customer.reseller_mpn_id.unwrap_or(self.partner.mpn_id)),
            R6Cell::Text(&line.order_id),
            R6Cell::Date(line.order_date),
            R6Cell::Text(&self.offer.product_id),
            R6Cell::Text(&self.offer.sku_id),
            R6Cell::Text(&self.offer.availability_id),
            R6Cell::Text(&self.offer.sku_name),
            R6Cell::Text(&self.offer.product_name),
            R6Cell::Text(line.charge_type.label()),
            R6Cell::Amount(line.unit_price),
            R6Cell::Count(line.billable_quantity),
            R6Cell::Amount(line.subtotal),
            R6Cell::Amount(tax),
            R6Cell::Amount(line.subtotal + tax),
            R6Cell::Text(self.partner.currency),
            R6Cell::Text(""),
            R6Cell::Text("Microsoft Corporation"),
            R6Cell::Text(""),
            R6Cell::Text(&self.offer.sku_name),
            R6Cell::Text(&line.subscription_id),
            R6Cell::Date(line.charge_start),
            R6Cell::Date(line.charge_end),
            R6Cell::Text(line.term_and_billing_cycle()),
            R6Cell::Decimal(line.effective_unit_price.written()),
            R6Cell::Text(""),
            R6Cell::Text(""),
            R6Cell::Count(line.billable_quantity),
            R6Cell::Text(line.billing_frequency()),
            R6Cell::Text(self.partner.currency),
            R6Cell::Count(1),
            R6Cell::Date(exchange_rate_date(line.order_date)),
            R6Cell::Text(""),
            R6Cell::Text(""),
            R6Cell::Text(""),
            R6Cell::Date(line.term_start),
            R6Cell::Date(line.term_end),
            R6Cell::Text(&line.reference_id),
            R6Cell::Text(line.qualifier.map_or("", |q| q.recon_text())),
            R6Cell::Text(""),
        ]
    }
}

/// The bytes of the R6 file of the invoice of `month` (its first day). An error names a line whose
/// offer is not in the catalog.
pub fn nce_recon_csv(
    dialect: CsvDialect,
    partner: &ReconPartner,
    month: NaiveDate,
    customers: &[CustomerLines],
    catalog: &NceCatalog,
) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    if dialect == CsvDialect::ExcelEuropean {
        // Excel reads a CSV as UTF-8 only with the byte-order mark.
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let separator = if dialect == CsvDialect::ExcelEuropean {
        b';'
    } else {
        b','
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(separator)
        .quote_style(csv::QuoteStyle::Necessary)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let number = invoice_number(month);
    let partner_id = partner.partner_id.to_lowercase();
    // Writing into a Vec cannot fail: the writer reports only I/O errors.
    writer
        .write_record(NCE_RECON_HEADER)
        .expect("writing to memory");
    for (customer, line) in sorted_rows(month, customers) {
        let offer = catalog.offer(&line.offer_id).ok_or_else(|| {
            format!(
                "A line of subscription {} names offer {}, which is not in the catalog.",
                line.subscription_id, line.offer_id
            )
        })?;
        let row = RowFacts {
            partner,
            partner_id: &partner_id,
            number: &number,
            customer,
            offer,
        };
        let cells = row.cells(line);
        writer
            .write_record(cells.map(|c| c.spell(dialect)))
            .expect("writing to memory");
    }
    Ok(writer.into_inner().expect("flushing to memory"))
}
