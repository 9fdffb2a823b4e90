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
use crate::model::settings::PartnerSettings;
use crate::model::subscription::SubscriptionView;
use crate::reports::nce_recon_csv::copied::CopiedNceFile;
use crate::reports::nce_recon_csv::{nce_recon_header, CustomerLines, NceRows, ReconPartner};
use crate::reports::recon_csv::copied::CopiedLookup;
use crate::reports::recon_csv::{
    recon_file_name, write_recon_header, write_recon_lines, CsvDialect, LentFacts, ReconLookup,
};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

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

    fn subscription(&self, subscription_id: &str) -> Option<LentFacts<'_>> {
        self.subscriptions.get(subscription_id).map(|s| LentFacts {
            billing_id: &s.billing_id,
            order_id: &s.order_id,
            nickname: s.nickname.as_deref(),
        })
    }

    fn offer_name(&self, offer_id: &str) -> Option<&str> {
        self.catalog.offer(offer_id).map(|o| o.name.as_str())
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
/// under profile 2022 the new commerce file (R6). Billing's file made in steps is the same job.
pub fn invoice_recon_file(
    state: &Derived,
    book: &Book,
    billing_date: NaiveDate,
    dialect: CsvDialect,
) -> Result<ReconFile, String> {
    ReconJob::of(state, book, billing_date, dialect)?.whole()
}

/// What one invoice's file is written from, copied from the derived book when asked: a file
/// made in steps between turns of the browser's event loop (issue 13, "No long tasks") owns it,
/// so that a derivation replaced meanwhile (an action in another tab) doesn't change it
/// half-way. Its parts (`parts`) are written all at once or a range of rows at a time.
pub struct ReconJob {
    name: String,
    dialect: CsvDialect,
    rows: usize,
    /// The sum of the invoice's amounts (R4).
    total: Money,
    rules: Rules,
}

/// What the rows are written from, by program.
enum Rules {
    /// The license-based file (R2–R5): the invoice's lines, and what their rows name.
    LicenseBased {
        settings: Box<PartnerSettings>,
        lines: Vec<ChargeLine>,
        lookup: CopiedLookup,
    },
    /// The new commerce file (R6), whose rows sort across customers.
    NewCommerce(Box<CopiedNceFile>),
}

impl ReconJob {
    /// The file of the invoice of `billing_date` as `state` derives `book`; an error names what
    /// the book lacks.
    pub fn of(
        state: &Derived,
        book: &Book,
        billing_date: NaiveDate,
        dialect: CsvDialect,
    ) -> Result<ReconJob, String> {
        let settings = &book.settings;
        // The invoice's lines as the derivation holds them (R4, N7); each program copies what
        // its rows need of them.
        let lines = lines_on(&state.lines, billing_date);
        let rules = match billing_engine(settings.profile).program() {
            Program::LicenseBased => Rules::LicenseBased {
                settings: Box::new(settings.clone()),
                lines: lines.to_vec(),
                lookup: CopiedLookup::of(lines, state, &offer_catalog(book, state.today)),
            },
            Program::NewCommerce => {
                let copy = with_nce_invoice(state, book, billing_date, |f| {
                    Ok(CopiedNceFile::of(
                        f.partner,
                        f.month,
                        f.customers,
                        f.catalog,
                    ))
                })?;
                Rules::NewCommerce(Box::new(copy))
            }
        };
        Ok(ReconJob {
            name: recon_file_name(&settings.name, billing_date, dialect),
            dialect,
            rows: lines.len(),
            total: total_of(lines),
            rules,
        })
    }

    /// How many rows the file has.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The writer of the file's parts. R6's rows are sorted here, once.
    pub fn parts(&self) -> ReconParts<'_> {
        let rows = match &self.rules {
            Rules::LicenseBased {
                settings,
                lines,
                lookup,
            } => PartRows::LicenseBased {
                settings,
                lines,
                lookup,
            },
            Rules::NewCommerce(file) => PartRows::NewCommerce(NceRows::new(
                file.partner(),
                file.month(),
                file.customers(),
                file.catalog(),
            )),
        };
        ReconParts {
            dialect: self.dialect,
            rows,
        }
    }

    /// The file of `bytes`, the parts written.
    pub fn file(self, bytes: Vec<u8>) -> ReconFile {
        ReconFile {
            name: self.name,
            bytes,
            rows: self.rows,
            total: self.total,
        }
    }

    /// The file written whole at once.
    pub fn whole(self) -> Result<ReconFile, String> {
        let parts = self.parts();
        let mut bytes = parts.header();
        bytes.extend(parts.write(0..parts.rows())?);
        Ok(self.file(bytes))
    }
}

/// A job's file in parts: its header, and the records of any range of its rows; the header then
/// the ranges in order, joined, are the file's bytes.
pub struct ReconParts<'a> {
    dialect: CsvDialect,
    rows: PartRows<'a>,
}

enum PartRows<'a> {
    LicenseBased {
        settings: &'a PartnerSettings,
        lines: &'a [ChargeLine],
        lookup: &'a CopiedLookup,
    },
    NewCommerce(NceRows<'a>),
}

impl ReconParts<'_> {
    /// How many rows the parts write.
    pub fn rows(&self) -> usize {
        match &self.rows {
            PartRows::LicenseBased { lines, .. } => lines.len(),
            PartRows::NewCommerce(rows) => rows.len(),
        }
    }

    /// The file's start: its dialect's byte-order mark and the program's header.
    pub fn header(&self) -> Vec<u8> {
        match &self.rows {
            PartRows::LicenseBased { .. } => write_recon_header(self.dialect),
            PartRows::NewCommerce(_) => nce_recon_header(self.dialect),
        }
    }

    /// The records of the rows in `range`; an error names a line whose customer, subscription
    /// or offer the book does not know.
    pub fn write(&self, range: Range<usize>) -> Result<Vec<u8>, String> {
        match &self.rows {
            PartRows::LicenseBased {
                settings,
                lines,
                lookup,
            } => write_recon_lines(&lines[range], *lookup, settings, self.dialect),
            PartRows::NewCommerce(rows) => rows.write(range, self.dialect),
        }
    }
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
