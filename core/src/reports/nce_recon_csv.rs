//! R6: the new commerce reconciliation file of one monthly invoice, 46 columns, in the standard
//! dialect or the Excel one for nl/de, written by the same CSV writer as the legacy file (its
//! EffectiveUnitPrice, with up to 6 decimals, is a `Cell::Decimal`).

use super::csv_writer::{write_header, write_records, write_table, Cell, CsvDialect};
use crate::billing::nce::calendar::{exchange_rate_date, invoice_number};
use crate::billing::nce::invoice::TaxRate;
use crate::model::charge_line::ChargeLine;
use crate::model::nce::ids::PartnerIds;
use crate::model::nce::line::{NceCharge, OrderId, Reference};
use crate::model::nce::offer::{NceCatalog, NceOffer};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

pub mod copied;

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
    pub lines: &'a [ChargeLine],
}

/// A row of the file: its customer's place among the file's customers, its line and the line's
/// new commerce detail.
type Row<'a> = (usize, &'a ChargeLine, &'a NceCharge);

/// N36: OrderDate, then CustomerName (ordinal), then SubscriptionId (lower case), then event order;
/// within an event the lines keep the replay's order (refund or trial line first).
fn sorted_rows<'a>(month: NaiveDate, customers: &[CustomerLines<'a>]) -> Vec<Row<'a>> {
    let rank = name_ranks(customers);
    let mut rows: Vec<Row<'a>> = customers
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            c.lines.iter().filter_map(move |l| {
                let nce = l.nce.as_deref()?;
                (nce.invoice_month() == month).then_some((i, l, nce))
            })
        })
        .collect();
    rows.sort_by_cached_key(|(i, l, nce)| {
        (
            nce.order_date,
            rank[*i],
            lower_case(&l.subscription_id),
            nce.event,
        )
    });
    rows
}

/// Each customer's place in the ordinal order of names, equal names sharing one: the rows then
/// sort by name without copying a name per row.
fn name_ranks(customers: &[CustomerLines]) -> Vec<usize> {
    let mut by_name: Vec<usize> = (0..customers.len()).collect();
    by_name.sort_by_key(|&i| customers[i].name);
    let mut rank = vec![0; customers.len()];
    for (place, pair) in by_name.windows(2).enumerate() {
        let same = customers[pair[0]].name == customers[pair[1]].name;
        rank[pair[1]] = if same { rank[pair[0]] } else { place + 1 };
    }
    rank
}

/// `id` in lower case, copied only when it has capitals (subscription ids are lower-case GUIDs).
fn lower_case(id: &str) -> Cow<'_, str> {
    if id.is_ascii() && !id.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(id)
    } else {
        Cow::Owned(id.to_lowercase())
    }
}

/// What one row needs besides its line.
struct RowFacts<'a> {
    partner: &'a ReconPartner<'a>,
    partner_id: &'a str,
    number: &'a str,
    customer: &'a CustomerLines<'a>,
    offer: &'a NceOffer,
    ids: &'a RowIds<'a>,
    tax_rate: TaxRate,
}

/// A row's OrderId and ReferenceId, spelled out (N28).
struct RowIds<'a> {
    order_id: Cow<'a, str>,
    reference_id: Cow<'a, str>,
}

impl<'a> RowFacts<'a> {
    /// R6's 46 cells of `line`, in column order.
    fn cells(&self, line: &'a ChargeLine, nce: &'a NceCharge) -> Vec<Cell<'a>> {
        let tax = self.tax_rate.on(nce.subtotal);
        vec![
            Cell::Text(self.partner_id),
            Cell::Text(self.customer.id),
            Cell::Text(self.customer.name),
            Cell::Text(self.customer.domain),
            Cell::Text(self.customer.country),
            Cell::Text(self.number),
            Cell::Text(self.partner.mpn_id),
            Cell::Text(self.customer.reseller_mpn_id.unwrap_or(self.partner.mpn_id)),
            Cell::Text(&self.ids.order_id),
            Cell::Date(nce.order_date),
            Cell::Text(&self.offer.product_id),
            Cell::Text(&self.offer.sku_id),
            Cell::Text(&self.offer.availability_id),
            Cell::Text(&self.offer.sku_name),
            Cell::Text(&self.offer.product_name),
            Cell::Text(line.charge_type.label()),
            Cell::Amount(line.unit_price),
            Cell::Count(i64::from(line.quantity)),
            Cell::Amount(nce.subtotal),
            Cell::Amount(tax),
            Cell::Amount(nce.subtotal + tax),
            Cell::Text(self.partner.currency),
            Cell::Text(""),
            Cell::Text("Microsoft Corporation"),
            Cell::Text(""),
            Cell::Text(&self.offer.sku_name),
            Cell::Text(&line.subscription_id),
            Cell::Date(line.start),
            Cell::Date(line.end),
            Cell::Text(nce.term_and_billing_cycle()),
            Cell::Decimal(nce.effective_unit_price.written()),
            Cell::Text(""),
            Cell::Text(""),
            Cell::Count(i64::from(line.quantity)),
            Cell::Text(nce.billing_frequency()),
            Cell::Text(self.partner.currency),
            Cell::Count(1),
            Cell::Date(exchange_rate_date(nce.order_date)),
            Cell::Text(""),
            Cell::Text(""),
            Cell::Text(""),
            Cell::Date(line.term_start),
            Cell::Date(line.term_end),
            Cell::Text(&self.ids.reference_id),
            Cell::Text(nce.qualifier.map_or("", |q| q.recon_text())),
            Cell::Text(""),
        ]
    }
}

/// The file's start alone: its dialect's byte-order mark and R6's header. `NceRows::write`'s
/// parts follow it; joined, they are `nce_recon_csv`'s bytes.
pub fn nce_recon_header(dialect: CsvDialect) -> Vec<u8> {
    write_header(dialect, &NCE_RECON_HEADER)
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
    nce_recon_cells(partner, month, customers, catalog, |rows| {
        write_table(dialect, &NCE_RECON_HEADER, rows)
    })
}

/// The rows of that file, each as its 46 cells in column order, handed to `take`: the writer
/// above, or the reconciliation, which expects Microsoft's file to hold exactly these.
pub fn nce_recon_cells<T>(
    partner: &ReconPartner,
    month: NaiveDate,
    customers: &[CustomerLines],
    catalog: &NceCatalog,
    take: impl FnOnce(Vec<Vec<Cell<'_>>>) -> T,
) -> Result<T, String> {
    let rows = NceRows::new(*partner, month, customers.to_vec(), catalog);
    rows.cells(0..rows.len(), take)
}

/// The rows of an R6 file in N36's order, sorted once, to be spelled out all at once or a range
/// at a time: a month's file of thousands of customers is written in steps between turns of the
/// browser's event loop (`write_header` with `NCE_RECON_HEADER`, then `write_records` of each
/// range's cells: joined, the file's bytes). It holds the partner's and customers' columns it
/// writes, so that a file made in steps can keep it beside the copy they are taken from.
pub struct NceRows<'a> {
    partner: ReconPartner<'a>,
    partner_id: String,
    number: String,
    namespaces: PartnerIds,
    tax_rate: TaxRate,
    catalog: &'a NceCatalog,
    customers: Vec<CustomerLines<'a>>,
    rows: Vec<Row<'a>>,
}

impl<'a> NceRows<'a> {
    pub fn new(
        partner: ReconPartner<'a>,
        month: NaiveDate,
        customers: Vec<CustomerLines<'a>>,
        catalog: &'a NceCatalog,
    ) -> NceRows<'a> {
        NceRows {
            partner,
            partner_id: partner.partner_id.to_lowercase(),
            number: invoice_number(month),
            namespaces: PartnerIds::of(partner.partner_id),
            tax_rate: TaxRate::of(partner.tax_percent),
            catalog,
            rows: sorted_rows(month, &customers),
            customers,
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The cells of the rows in `range`, handed to `take`; an error names a line whose offer is
    /// not in the catalog.
    pub fn cells<T>(
        &self,
        range: Range<usize>,
        take: impl FnOnce(Vec<Vec<Cell<'_>>>) -> T,
    ) -> Result<T, String> {
        let rows = &self.rows[range];
        // Derived OrderIds and ReferenceIds are spelled out here, for these rows only (N28).
        let row_ids: Vec<RowIds> = rows
            .iter()
            .map(|(_, line, nce)| self.ids_of(line, nce))
            .collect();
        // The catalog's offers by the ids the lines spell, found once each.
        let mut offers: HashMap<&str, Option<&NceOffer>> = HashMap::new();
        let cells = rows
            .iter()
            .zip(&row_ids)
            .map(|((customer, line, nce), ids)| {
                let customer = &self.customers[*customer];
                let offer = offers
                    .entry(&line.offer_id)
                    .or_insert_with(|| self.catalog.offer(&line.offer_id))
                    .ok_or_else(|| {
                        format!(
                            "A line of subscription {} names offer {}, which is not in the catalog.",
                            line.subscription_id, line.offer_id
                        )
                    })?;
                let row = RowFacts {
                    partner: &self.partner,
                    partner_id: &self.partner_id,
                    number: &self.number,
                    customer,
                    offer,
                    ids,
                    tax_rate: self.tax_rate,
                };
                Ok(row.cells(line, nce))
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(take(cells))
    }

    /// The records of the rows in `range` alone: a part of the file.
    pub fn write(&self, range: Range<usize>, dialect: CsvDialect) -> Result<Vec<u8>, String> {
        self.cells(range, |cells| write_records(dialect, cells))
    }

    fn ids_of(&self, line: &'a ChargeLine, nce: &'a NceCharge) -> RowIds<'a> {
        let order_id = line.order_id(&self.namespaces).unwrap_or_default();
        // A renewal's or conversion's id is both: spelled once (a SHA-1 hash).
        let reference_id = match (&nce.order_id, &nce.reference) {
            (OrderId::Term(order), Reference::Term(reference)) if order == reference => {
                order_id.clone()
            }
            _ => line.reference_id(&self.namespaces).unwrap_or_default(),
        };
        RowIds {
            order_id,
            reference_id,
        }
    }
}
