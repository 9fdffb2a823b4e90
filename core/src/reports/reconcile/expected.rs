//! What the book expects Microsoft's file to hold: its invoice for the same billing date, as
//! the rows of the file PartnerDesk itself would write for it (R2, R3), so that a file
//! PartnerDesk wrote reconciles against its own invoice to the cent.

use crate::base::shared_text::SharedText;
use crate::billing::derive::Derived;
use crate::model::catalog::Catalog;
use crate::model::recon_line::ReconLine;
use crate::model::settings::PartnerSettings;
use crate::reports::recon_csv::{recon_rows, ReconRow};
use crate::reports::reconciliation::DerivedLookup;
use chrono::NaiveDate;
use std::sync::Arc;

/// The lines of the book's legacy invoice of `billing_date`, or why they can't be written.
pub fn legacy_book_lines(
    state: &Derived,
    catalog: &Catalog,
    settings: &PartnerSettings,
    billing_date: NaiveDate,
) -> Result<Vec<ReconLine>, String> {
    let invoice = state.invoice(billing_date);
    let lookup = DerivedLookup::new(state, catalog);
    let rows = recon_rows(&invoice.lines, &lookup, settings)?;
    let mut shared = Shared::default();
    Ok(rows.iter().map(|row| shared.line(row)).collect())
}

/// Text the rows repeat, shared as the file reader shares it.
#[derive(Default)]
struct Shared {
    known: SharedText,
}

impl Shared {
    fn text(&mut self, text: &str) -> Arc<str> {
        self.known.share(text)
    }

    fn id(&mut self, text: &str) -> Arc<str> {
        self.text(&text.to_ascii_lowercase())
    }

    fn line(&mut self, row: &ReconRow) -> ReconLine {
        ReconLine {
            line: 0,
            customer_id: self.id(&row.customer_id),
            customer_name: self.text(&row.customer_name),
            domain: self.text(&row.domain_name),
            subscription_id: self.id(&row.syndication_partner_subscription_number),
            billing_id: self.id(&row.subscription_id),
            order_id: self.id(&row.order_id),
            offer_id: self.id(&row.durable_offer_id),
            offer_name: self.text(&row.offer_name),
            subscription_name: self.text(&row.subscription_name),
            mpn_id: self.text(&row.mpn_id),
            reseller_mpn_id: self.text(&row.reseller_mpn_id),
            charge_type: self.text(row.charge_type.label()),
            charge_start: row.charge_start_date.date(),
            charge_end: row.charge_end_date.date(),
            term_start: Some(row.subscription_start_date.date()),
            term_end: Some(row.subscription_end_date.date()),
            frequency: self.text(row.billing_cycle_type.label()),
            unit_price: Some(row.unit_price),
            quantity: row.quantity,
            amount: row.amount,
            ..ReconLine::default()
        }
    }
}
