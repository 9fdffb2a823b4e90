//! The reconciliation file of one invoice, made from the derived book (R1–R5).

use crate::base::money::Money;
use crate::billing::derive::Derived;
use crate::model::catalog::Catalog;
use crate::model::customer::Customer;
use crate::model::settings::PartnerSettings;
use crate::model::subscription::SubscriptionView;
use crate::reports::recon_csv::{
    recon_file_name, recon_rows, write_recon_csv, CsvDialect, ReconLookup, SubscriptionFacts,
};
use chrono::NaiveDate;
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

/// The reconciliation file of the invoice of `billing_date`.
pub fn invoice_recon_file(
    state: &Derived,
    catalog: &Catalog,
    settings: &PartnerSettings,
    billing_date: NaiveDate,
    dialect: CsvDialect,
) -> Result<ReconFile, String> {
    let invoice = state.invoice(billing_date);
    let lookup = DerivedLookup::new(state, catalog);
    let rows = recon_rows(&invoice.lines, &lookup, settings)?;
    Ok(ReconFile {
        name: recon_file_name(&settings.name, billing_date, dialect),
        bytes: write_recon_csv(&rows, dialect),
        rows: rows.len(),
        total: invoice.total,
    })
}
