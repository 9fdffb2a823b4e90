//! The reconciliation file of one invoice, made from the derived book (R1–R5).

use crate::base::fast_hash::FastHashMap;
use crate::base::money::Money;
use crate::billing::derive::Derived;
use crate::billing::engine::Program;
use crate::billing::invoice::{lines_on, total_of};
use crate::billing::nce::calendar::invoiced_month;
use crate::billing::{billing_engine, offer_catalog};
use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::charge_line::ChargeLine;
use crate::model::customer::Customer;
use crate::model::nce::offer::NceCatalog;
use crate::model::subscription::SubscriptionView;
use crate::reports::nce_recon_csv::{nce_recon_csv, CustomerLines, ReconPartner};
use crate::reports::recon_csv::{
    recon_file_name, recon_rows, write_recon_csv, CsvDialect, ReconLookup, SubscriptionFacts,
};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::collections::HashMap;

/// The derived book, indexed for the many look-ups of a large invoice.
pub struct DerivedLookup<'a> {
    customers: HashMap<&'a str, &'a Customer>,
    subscriptions: HashMap<&'a str, &'a SubscriptionView>,
    catalog: &'a Catalog,
}

impl<'a> DerivedLookup<'a> {
    pub fn new(state: &'a Derived, catalog: &'a Catalog) -> DerivedLookup<'a> {
        DerivedLookup {
            customers: state.customers.iter().map(|c| (c.id.as_str(), c)).collect(),
            subscriptions: state
                .subscriptions
                .iter()
                .map(|s| (s.id.as_str(), s))
                .collect(),
            catalog,
        }
    }
}

impl ReconLookup for DerivedLookup<'_> {
    fn customer(&self, id: &str) -> Option<&Customer> {
        self.customers.get(id).copied()
    }

    fn subscription(&self, subscription_id: &str) -> Option<SubscriptionFacts> {
        self.subscriptions
            .get(subscription_id)
            .map(|s| SubscriptionFacts {
                billing_id: s.billing_id.clone(),
                order_id: s.order_id.clone(),
                nickname: s.nickname.clone(),
            })
    }

    fn offer_name(&self, offer_id: &str) -> Option<String> {
        self.catalog.offer(offer_id).map(|o| o.name.clone())
    }
}

/// A file ready to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReconFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub rows: usize,
    /// The sum of the Amount column: the invoice's license-based total (R4).
    pub total: Money,
}

/// The reconciliation file of the invoice of `billing_date`: the license-based file (R2–R5), or
/// under profile 2022 the new commerce file (R6).
pub fn invoice_recon_file(
    state: &Derived,
    book: &Book,
    billing_date: NaiveDate,
    dialect: CsvDialect,
) -> Result<ReconFile, String> {
    let settings = &book.settings;
    // The invoice's lines as the derivation holds them, not a copy (R4, N7).
    let lines = lines_on(&state.lines, billing_date);
    let total = total_of(lines);
    let (bytes, rows) = match billing_engine(settings.profile).program() {
        Program::LicenseBased => {
            let catalog = offer_catalog(book, state.today);
            let lookup = DerivedLookup::new(state, &catalog);
            let rows = recon_rows(lines, &lookup, settings)?;
            (write_recon_csv(&rows, dialect), rows.len())
        }
        Program::NewCommerce => (
            nce_invoice_csv(state, book, billing_date, dialect)?,
            lines.len(),
        ),
    };
    Ok(ReconFile {
        name: recon_file_name(&settings.name, billing_date, dialect),
        bytes,
        rows,
        total,
    })
}

/// R6 of one invoice.
fn nce_invoice_csv(
    state: &Derived,
    book: &Book,
    billing_date: NaiveDate,
    dialect: CsvDialect,
) -> Result<Vec<u8>, String> {
    with_nce_invoice(state, book, billing_date, |file| {
        nce_recon_csv(
            dialect,
            file.partner,
            file.month,
            file.customers,
            file.catalog,
        )
    })
}

/// What R6 is written from for one invoice.
pub struct NceInvoiceFile<'a> {
    pub partner: &'a ReconPartner<'a>,
    pub month: NaiveDate,
    /// The invoice's lines grouped by customer, with the customers' columns.
    pub customers: &'a [CustomerLines<'a>],
    pub catalog: &'a NceCatalog,
}

/// Hands `take` what R6 of `invoice` is written from: the file's writer, or the reconciliation,
/// which expects Microsoft's file to hold the same rows.
pub fn with_nce_invoice<T>(
    state: &Derived,
    book: &Book,
    billing_date: NaiveDate,
    take: impl FnOnce(&NceInvoiceFile<'_>) -> Result<T, String>,
) -> Result<T, String> {
    let settings = &book.settings;
    let month = invoiced_month(billing_date);
    let lines = grouped_by_customer(lines_on(&state.lines, billing_date));
    // One look-up per customer on the invoice: a scan of the book's customers for each would
    // cost more than writing the file.
    let book_customers: HashMap<&str, &Customer> =
        state.customers.iter().map(|c| (c.id.as_str(), c)).collect();
    let customers = lines
        .chunk_by(|a, b| a.customer_id == b.customer_id)
        .map(|lines| {
            let id = &*lines[0].customer_id;
            let c = book_customers
                .get(id)
                .ok_or_else(|| format!("A line names customer {id}, who is not in the book."))?;
            Ok(CustomerLines {
                id: &c.id,
                name: &c.company_name,
                domain: &c.domain,
                country: &c.country,
                reseller_mpn_id: c.reseller_mpn_id.as_deref(),
                lines,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let partner = ReconPartner {
        partner_id: &settings.partner_id,
        mpn_id: &settings.mpn_id,
        currency: &settings.currency,
        tax_percent: settings.tax_percent.0,
    };
    take(&NceInvoiceFile {
        partner: &partner,
        month,
        customers: &customers,
        catalog: &book.nce_catalog(),
    })
}

/// `lines` with each customer's together, customers in the order they first appear and each
/// one's lines in their order: as they are when so already (a derivation replays customer by
/// customer), else copied into that order.
fn grouped_by_customer(lines: &[ChargeLine]) -> Cow<'_, [ChargeLine]> {
    let mut first_seen: FastHashMap<&str, usize> = FastHashMap::default();
    let groups: Vec<usize> = lines
        .iter()
        .map(|l| {
            let next = first_seen.len();
            *first_seen.entry(&l.customer_id).or_insert(next)
        })
        .collect();
    if groups.is_sorted() {
        return Cow::Borrowed(lines);
    }
    let mut keyed: Vec<(usize, &ChargeLine)> = groups.into_iter().zip(lines).collect();
    keyed.sort_by_key(|(group, _)| *group);
    Cow::Owned(keyed.into_iter().map(|(_, line)| line.clone()).collect())
}
