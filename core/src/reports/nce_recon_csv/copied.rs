//! What an R6 file is written from, copied: a file made in steps, between turns of the
//! browser's event loop, owns it, so that a derivation replaced meanwhile (an action in another
//! tab) cannot change the file half-way.

use super::{CustomerLines, ReconPartner};
use crate::model::charge_line::ChargeLine;
use crate::model::nce::offer::NceCatalog;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The partner's columns, each customer's columns and lines, and the catalog.
#[derive(Clone, Debug)]
pub struct CopiedNceFile {
    partner_id: String,
    mpn_id: String,
    currency: String,
    tax_percent: Decimal,
    month: NaiveDate,
    customers: Vec<CopiedCustomer>,
    catalog: NceCatalog,
}

#[derive(Clone, Debug)]
struct CopiedCustomer {
    id: String,
    name: String,
    domain: String,
    country: String,
    reseller_mpn_id: Option<String>,
    lines: Vec<ChargeLine>,
}

impl CopiedNceFile {
    pub fn of(
        partner: &ReconPartner,
        month: NaiveDate,
        customers: &[CustomerLines],
        catalog: &NceCatalog,
    ) -> CopiedNceFile {
        CopiedNceFile {
            partner_id: partner.partner_id.to_string(),
            mpn_id: partner.mpn_id.to_string(),
            currency: partner.currency.to_string(),
            tax_percent: partner.tax_percent,
            month,
            customers: customers
                .iter()
                .map(|c| CopiedCustomer {
                    id: c.id.to_string(),
                    name: c.name.to_string(),
                    domain: c.domain.to_string(),
                    country: c.country.to_string(),
                    reseller_mpn_id: c.reseller_mpn_id.map(str::to_string),
                    lines: c.lines.to_vec(),
                })
                .collect(),
            catalog: catalog.clone(),
        }
    }

    pub fn partner(&self) -> ReconPartner<'_> {
        ReconPartner {
            partner_id: &self.partner_id,
            mpn_id: &self.mpn_id,
            currency: &self.currency,
            tax_percent: self.tax_percent,
        }
    }

    pub fn month(&self) -> NaiveDate {
        self.month
    }

    pub fn customers(&self) -> Vec<CustomerLines<'_>> {
        self.customers
            .iter()
            .map(|c| CustomerLines {
                id: &c.id,
                name: &c.name,
                domain: &c.domain,
                country: &c.country,
                reseller_mpn_id: c.reseller_mpn_id.as_deref(),
                lines: &c.lines,
            })
            .collect()
    }

    pub fn catalog(&self) -> &NceCatalog {
        &self.catalog
    }
}
