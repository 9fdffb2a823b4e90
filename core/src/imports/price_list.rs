//! Importing a price list CSV (SPEC P9): parse, preview what would change, then apply.
//!
//! A file is applied whole or not at all: any bad row makes the preview an error listing every
//! bad row with its line, and there is then nothing to apply.
//!
//! Decisions where SPEC is silent:
//! - Nothing takes effect before the import's `effective` date (the day the partner imports):
//!   a row's change applies from its Valid from date or `effective`, whichever is later, and a
//!   retirement never ends an offer before `effective − 1 day`. So past purchases keep the
//!   prices and orderability they had, and the history re-derives unchanged (SPEC P8).
//! - UNC asserts that the catalog's list and ERP prices are those of the row; a difference is
//!   an error ("mark the row CHG"), because silently changing or ignoring it would both be
//!   surprising.
//! - CHG, DEL and UNC act on prices and dates only; the other columns of a known offer are
//!   read and checked but do not rename or reclassify it.
//! - An added offer gets the defaults of a license-based offer: Monthly and Annual billing,
//!   1–10,000 seats, no limit, every country; a trial gets 25 seats, Lifetime 1 and no billing
//!   frequency (SPEC T2, T3). Its prerequisites, conversion targets and compatible offers are
//!   copied from a catalog offer of the same name and secondary type when there is one (a
//!   re-issued offer id), else left empty for the partner to set.

mod cell;
mod row;

pub use row::{parse_price_list, PriceListRow, PRICE_LIST_COLUMNS};

use crate::base::dates::{add_days, us_date};
use crate::imports::import_error::{all_or_nothing, ImportError};
use crate::model::catalog::{Catalog, Offer};
use crate::model::price_list_plan::{
    AddedOffer, ChangeIndicator, PriceChange, PriceListPlan, RetiredOffer, UnchangedOffer,
};
use chrono::NaiveDate;
use row::parse_rows;

/// The changes `rows` make to `catalog` from `effective` on, or every row that cannot apply.
pub fn plan_price_list(
    catalog: &Catalog,
    rows: &[PriceListRow],
    effective: NaiveDate,
) -> Result<PriceListPlan, Vec<ImportError>> {
    let (plan, errors) = plan_rows(catalog, rows, effective);
    all_or_nothing(plan, errors)
}

/// Parses and plans in one step, reporting the bad rows of both steps together.
pub fn preview_price_list(
    catalog: &Catalog,
    text: &str,
    effective: NaiveDate,
) -> Result<PriceListPlan, Vec<ImportError>> {
    let (rows, mut errors) = parse_rows(text)?;
    let (plan, plan_errors) = plan_rows(catalog, &rows, effective);
    errors.extend(plan_errors);
    all_or_nothing(plan, errors)
}

fn plan_rows(
    catalog: &Catalog,
    rows: &[PriceListRow],
    effective: NaiveDate,
) -> (PriceListPlan, Vec<ImportError>) {
    let mut plan = PriceListPlan::default();
    let mut errors = Vec::new();
    for row in rows {
        let known = catalog.offer(&row.offer_id);
        let outcome = match (row.change, known) {
            (ChangeIndicator::Add, Some(offer)) => Err(format!(
                "Offer ID {} is already in the catalog as \"{}\"; mark the row CHG to change its price.",
                row.offer_id, offer.name
            )),
            (ChangeIndicator::Add, None) => {
                plan.added.push(AddedOffer {
                    line: row.line,
                    offer: new_offer(catalog, row, effective),
                    price: row.price_point(effective),
                });
                Ok(())
            }
            (_, None) => Err(format!(
                "Offer ID {} is not in the catalog; mark the row ADD to add it.",
                row.offer_id
            )),
            (ChangeIndicator::Change, Some(offer)) => {
                let new = row.price_point(effective);
                plan.changed.push(PriceChange {
                    line: row.line,
                    offer_name: offer.name.clone(),
                    old: catalog.price_on(&offer.id, new.from).cloned(),
                    new,
                });
                Ok(())
            }
            (ChangeIndicator::Delete, Some(offer)) => {
                let day_before = add_days(effective, -1);
                plan.retired.push(RetiredOffer {
                    line: row.line,
                    offer_id: offer.id.clone(),
                    offer_name: offer.name.clone(),
                    valid_to: row.valid_to.map_or(day_before, |to| to.max(day_before)),
                });
                Ok(())
            }
            (ChangeIndicator::Unchanged, Some(offer)) => {
                unchanged_price(catalog, offer, row, effective).map(|()| {
                    plan.unchanged.push(UnchangedOffer {
                        line: row.line,
                        offer_id: offer.id.clone(),
                        offer_name: offer.name.clone(),
                    })
                })
            }
        };
        if let Err(reason) = outcome {
            errors.push(ImportError::new(row.line, reason));
        }
    }
    (plan, errors)
}

/// UNC holds only when the catalog's prices on the row's day are the row's.
fn unchanged_price(
    catalog: &Catalog,
    offer: &Offer,
    row: &PriceListRow,
    effective: NaiveDate,
) -> Result<(), String> {
    let day = row.from(effective);
    match catalog.price_on(&offer.id, day) {
        Some(p) if p.monthly == row.list_price && p.erp == row.erp_price => Ok(()),
        Some(p) => Err(format!(
            "UNC says \"{}\" is unchanged, but on {} the catalog has list {} and ERP {}, not {} and {}; mark the row CHG to change it.",
            offer.name,
            us_date(day),
            p.monthly,
            p.erp,
            row.list_price,
            row.erp_price
        )),
        None => Err(format!(
            "UNC says \"{}\" is unchanged, but the catalog has no price for it on {}; mark the row CHG to set one.",
            offer.name,
            us_date(day)
        )),
    }
}

/// An offer built from an ADD row with the defaults of the module notes.
fn new_offer(catalog: &Catalog, row: &PriceListRow, effective: NaiveDate) -> Offer {
    let namesake = catalog
        .offers
        .iter()
        .find(|o| o.secondary == row.secondary && o.name.eq_ignore_ascii_case(&row.name));
    let related =
        |pick: fn(&Offer) -> &Vec<String>| namesake.map(pick).cloned().unwrap_or_default();
    Offer {
        end_customer_type: row.end_customer_type.clone(),
        prerequisites: related(|o| &o.prerequisites),
        conversion_targets: related(|o| &o.conversion_targets),
        compatible_offers: related(|o| &o.compatible_offers),
        valid_to: row.valid_to,
        ..Offer::with_defaults(
            &row.offer_id,
            &row.name,
            row.agreement,
            row.secondary,
            row.from(effective),
        )
    }
}

#[cfg(test)]
mod tests;
