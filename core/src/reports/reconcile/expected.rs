//! What the book expects Microsoft's file to hold: its invoice for the same billing date, each
//! line as the row PartnerDesk's own file writes for it (R2, R3: `recon_csv`), so that a file
//! PartnerDesk wrote reconciles against its own invoice to the cent. The text of a
//! subscription's rows is made once and shared by its lines: an invoice of 18,000 lines names
//! each subscription once or twice and each customer a few times.

use super::expected_nce::nce_book_lines;
use crate::base::fast_hash::FastHashMap;
use crate::base::shared_text::SharedText;
use crate::billing::billing_engine;
use crate::billing::derive::Derived;
use crate::billing::engine::Program;
use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::charge_line::ChargeLine;
use crate::model::recon_line::{ReconLine, ReconProgram};
use crate::model::settings::PartnerSettings;
use crate::reports::recon_csv::recon_rows;
use crate::reports::reconciliation::DerivedLookup;
use chrono::NaiveDate;
use std::sync::Arc;

/// The program of the book's reconciliation files, and the lines of its invoice dated
/// `invoice_date`: the legacy invoice of that billing date, or under new commerce the monthly
/// invoice issued that day (`expected_nce`). `catalog` is the legacy offers as of the book's day.
pub fn book_lines(
    state: &Derived,
    book: &Book,
    catalog: &Catalog,
    invoice_date: NaiveDate,
) -> Result<(ReconProgram, Vec<ReconLine>), String> {
    match billing_engine(book.settings.profile).program() {
        Program::LicenseBased => legacy_book_lines(state, catalog, &book.settings, invoice_date)
            .map(|l| (ReconProgram::Legacy, l)),
        Program::NewCommerce => {
            nce_book_lines(state, book, invoice_date).map(|l| (ReconProgram::NewCommerce, l))
        }
    }
}

/// The lines of the book's legacy invoice of `billing_date`, or why they can't be written.
pub fn legacy_book_lines(
    state: &Derived,
    catalog: &Catalog,
    settings: &PartnerSettings,
    billing_date: NaiveDate,
) -> Result<Vec<ReconLine>, String> {
    let lookup = DerivedLookup::new(state, catalog);
    let mut texts = Texts {
        lookup: &lookup,
        settings,
        shared: SharedText::default(),
        of_subscription: FastHashMap::default(),
    };
    state
        .lines
        .iter()
        .filter(|l| l.billing_date == billing_date)
        .map(|line| texts.line(line))
        .collect()
}

/// The text of one subscription's rows under one offer.
#[derive(Clone)]
struct SubscriptionText {
    offer_id: Arc<str>,
    line: ReconLine,
}

struct Texts<'a> {
    lookup: &'a DerivedLookup<'a>,
    settings: &'a PartnerSettings,
    shared: SharedText,
    of_subscription: FastHashMap<Arc<str>, SubscriptionText>,
}

impl Texts<'_> {
    fn line(&mut self, line: &ChargeLine) -> Result<ReconLine, String> {
        let known = self
            .of_subscription
            .get(&line.subscription_id)
            .filter(|t| t.offer_id == line.offer_id);
        let mut recon = match known {
            Some(text) => text.line.clone(),
            None => {
                let text = self.subscription_text(line)?;
                self.of_subscription
                    .insert(Arc::clone(&line.subscription_id), text.clone());
                text.line
            }
        };
        recon.charge_type = self.shared.share(line.charge_type.label());
        recon.charge_start = line.start;
        recon.charge_end = line.end;
        recon.term_start = Some(line.term_start);
        recon.term_end = Some(line.term_end);
        recon.frequency = self.shared.share(line.frequency.label());
        recon.unit_price = Some(line.unit_price.round2());
        recon.quantity = line.quantity;
        recon.amount = line.amount.round2();
        Ok(recon)
    }

    /// A subscription's columns as `recon_csv` writes them; the first row it writes for the
    /// line gives them, or its refusal (a customer, subscription or offer the book lacks).
    fn subscription_text(&mut self, line: &ChargeLine) -> Result<SubscriptionText, String> {
        let row = recon_rows(std::slice::from_ref(line), self.lookup, self.settings)?
            .pop()
            .ok_or("no row was written")?;
        let id = |shared: &mut SharedText, text: &str| shared.share(&text.to_ascii_lowercase());
        let shared = &mut self.shared;
        Ok(SubscriptionText {
            offer_id: Arc::clone(&line.offer_id),
            line: ReconLine {
                customer_id: id(shared, &row.customer_id),
                customer_name: shared.share(&row.customer_name),
                domain: shared.share(&row.domain_name),
                subscription_id: id(shared, &row.syndication_partner_subscription_number),
                billing_id: id(shared, &row.subscription_id),
                order_id: id(shared, &row.order_id),
                offer_id: id(shared, &row.durable_offer_id),
                offer_name: shared.share(&row.offer_name),
                subscription_name: shared.share(&row.subscription_name),
                mpn_id: shared.share(&row.mpn_id),
                reseller_mpn_id: shared.share(&row.reseller_mpn_id),
                ..ReconLine::default()
            },
        })
    }
}
