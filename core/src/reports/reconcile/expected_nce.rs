//! What a 2022 book expects Microsoft's new commerce file to hold: its monthly invoice, each line
//! read from the very cells PartnerDesk's own R6 file writes for it (`nce_recon_cells`), so that
//! a file PartnerDesk wrote reconciles against its own invoice to the cent and the two can't
//! drift apart.

use crate::base::money::Money;
use crate::base::shared_text::SharedText;
use crate::billing::derive::Derived;
use crate::model::book::Book;
use crate::model::recon_line::ReconLine;
use crate::reports::csv_writer::Cell;
use crate::reports::nce_recon_csv::{nce_recon_cells, NCE_RECON_HEADER};
use crate::reports::reconciliation::with_nce_invoice;
use chrono::NaiveDate;
use std::sync::Arc;

/// The R6 columns a `ReconLine` is made of, in the order of `WANTED`.
#[derive(Clone, Copy)]
enum Wanted {
    CustomerId,
    CustomerName,
    Domain,
    Country,
    MpnId,
    ResellerMpnId,
    OrderId,
    OrderDate,
    ProductId,
    SkuId,
    SkuName,
    ChargeType,
    UnitPrice,
    Subtotal,
    SubscriptionId,
    ChargeStart,
    ChargeEnd,
    BillableQuantity,
    BillingFrequency,
    TermStart,
    TermEnd,
    ReferenceId,
}

const WANTED_COUNT: usize = 22;

const WANTED: [&str; WANTED_COUNT] = [
    "CustomerId",
    "CustomerName",
    "CustomerDomainName",
    "CustomerCountry",
    "MpnId",
    "ResellerMpnId",
    "OrderId",
    "OrderDate",
    "ProductId",
    "SkuId",
    "SkuName",
    "ChargeType",
    "UnitPrice",
    "Subtotal",
    "SubscriptionId",
    "ChargeStartDate",
    "ChargeEndDate",
    "BillableQuantity",
    "BillingFrequency",
    "SubscriptionStartDate",
    "SubscriptionEndDate",
    "ReferenceId",
];

/// The lines of the book's new commerce invoice dated `invoice_date` (a G invoice, dated in the
/// month after the one it bills), or why they can't be written.
pub fn nce_book_lines(
    state: &Derived,
    book: &Book,
    invoice_date: NaiveDate,
) -> Result<Vec<ReconLine>, String> {
    let positions = WANTED.map(|name| {
        NCE_RECON_HEADER
            .iter()
            .position(|column| *column == name)
            .expect("every wanted column is one of R6's")
    });
    let mut shared = SharedText::default();
    with_nce_invoice(state, book, invoice_date, |file| {
        nce_recon_cells(
            file.partner,
            file.month,
            file.customers,
            file.catalog,
            |rows| {
                rows.iter()
                    .map(|cells| {
                        let row = Row {
                            cells,
                            positions: &positions,
                        };
                        row.line(&mut shared)
                    })
                    .collect::<Result<Vec<_>, String>>()
            },
        )?
    })
}

/// One row of R6, its cells found by column.
struct Row<'r, 'c> {
    cells: &'r [Cell<'c>],
    positions: &'r [usize; WANTED_COUNT],
}

impl Row<'_, '_> {
    fn cell(&self, wanted: Wanted) -> Cell<'_> {
        self.cells[self.positions[wanted as usize]]
    }

    fn text(&self, wanted: Wanted) -> Result<&str, String> {
        match self.cell(wanted) {
            Cell::Text(text) => Ok(text),
            other => Err(self.not(wanted, "text", other)),
        }
    }

    fn date(&self, wanted: Wanted) -> Result<NaiveDate, String> {
        match self.cell(wanted) {
            Cell::Date(day) => Ok(day),
            other => Err(self.not(wanted, "a date", other)),
        }
    }

    fn amount(&self, wanted: Wanted) -> Result<Money, String> {
        match self.cell(wanted) {
            Cell::Amount(amount) => Ok(amount.round2()),
            other => Err(self.not(wanted, "an amount", other)),
        }
    }

    fn count(&self, wanted: Wanted) -> Result<u32, String> {
        match self.cell(wanted) {
            Cell::Count(n) => {
                u32::try_from(n).map_err(|_| self.not(wanted, "a count", Cell::Count(n)))
            }
            other => Err(self.not(wanted, "a count", other)),
        }
    }

    /// A cell not of the kind R6 writes there: PartnerDesk's own mistake, said as such.
    fn not(&self, wanted: Wanted, kind: &str, cell: Cell<'_>) -> String {
        format!(
            "PartnerDesk wrote the {} of a line of this invoice as {cell:?}, not as {kind}; \
             please report this.",
            WANTED[wanted as usize]
        )
    }

    /// The line as a reader of the file would see it: ids in lower case, the offer as
    /// ProductId:SkuId, the amount its Subtotal and the seats its BillableQuantity.
    fn line(&self, shared: &mut SharedText) -> Result<ReconLine, String> {
        use Wanted as W;
        let mut id = |text: &str| shared.share(&text.to_ascii_lowercase());
        let (customer_id, subscription_id) = (
            id(self.text(W::CustomerId)?),
            id(self.text(W::SubscriptionId)?),
        );
        let (order_id, reference_id) = (id(self.text(W::OrderId)?), id(self.text(W::ReferenceId)?));
        let offer_name = shared.share(self.text(W::SkuName)?);
        Ok(ReconLine {
            customer_id,
            customer_name: shared.share(self.text(W::CustomerName)?),
            domain: shared.share(self.text(W::Domain)?),
            subscription_id,
            order_id,
            offer_id: shared.share(&format!(
                "{}:{}",
                self.text(W::ProductId)?,
                self.text(W::SkuId)?
            )),
            subscription_name: Arc::clone(&offer_name),
            offer_name,
            mpn_id: shared.share(self.text(W::MpnId)?),
            reseller_mpn_id: shared.share(self.text(W::ResellerMpnId)?),
            charge_type: shared.share(self.text(W::ChargeType)?),
            charge_start: self.date(W::ChargeStart)?,
            charge_end: self.date(W::ChargeEnd)?,
            term_start: Some(self.date(W::TermStart)?),
            term_end: Some(self.date(W::TermEnd)?),
            frequency: shared.share(self.text(W::BillingFrequency)?),
            unit_price: Some(self.amount(W::UnitPrice)?),
            quantity: self.count(W::BillableQuantity)?,
            amount: self.amount(W::Subtotal)?,
            order_date: Some(self.date(W::OrderDate)?),
            reference_id,
            country: shared.share(self.text(W::Country)?),
            ..ReconLine::default()
        })
    }
}
