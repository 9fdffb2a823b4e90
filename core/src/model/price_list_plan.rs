//! A price list plan (SPEC P9): what an imported price list changes in the catalog, row by row,
//! as the partner confirms it, and how it applies. The import (`imports::price_list`) makes it;
//! the history records it in `Command::ImportPriceList`.

use crate::base::stable_sort::sort_stable_by_key;
use crate::model::catalog::{Catalog, Offer, PricePoint};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A price list row's Change Indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChangeIndicator {
    Add,
    Change,
    Delete,
    Unchanged,
}

impl ChangeIndicator {
    pub fn code(self) -> &'static str {
        match self {
            ChangeIndicator::Add => "ADD",
            ChangeIndicator::Change => "CHG",
            ChangeIndicator::Delete => "DEL",
            ChangeIndicator::Unchanged => "UNC",
        }
    }
}

/// What applying a price list would do, row by row, for the partner to confirm.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceListPlan {
    pub added: Vec<AddedOffer>,
    pub changed: Vec<PriceChange>,
    pub retired: Vec<RetiredOffer>,
    pub unchanged: Vec<UnchangedOffer>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedOffer {
    pub line: usize,
    pub offer: Offer,
    pub price: PricePoint,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceChange {
    pub line: usize,
    pub offer_name: String,
    /// The price in effect on the day the new one starts, if any.
    pub old: Option<PricePoint>,
    pub new: PricePoint,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetiredOffer {
    pub line: usize,
    pub offer_id: String,
    pub offer_name: String,
    /// The last day the offer can be ordered (SPEC P7).
    pub valid_to: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnchangedOffer {
    pub line: usize,
    pub offer_id: String,
    pub offer_name: String,
}

/// One row of a plan as the partner confirms it: what the row does to which offer, the price
/// before and after where there is one, and the last orderable day of a retired offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow<'a> {
    pub line: usize,
    pub change: ChangeIndicator,
    pub offer_name: &'a str,
    pub old: Option<&'a PricePoint>,
    pub new: Option<&'a PricePoint>,
    pub valid_to: Option<NaiveDate>,
}

impl PriceListPlan {
    /// Every row of the plan in file order, for the preview the partner confirms.
    pub fn rows(&self) -> Vec<PlanRow<'_>> {
        let row = |line, change, offer_name| PlanRow {
            line,
            change,
            offer_name,
            old: None,
            new: None,
            valid_to: None,
        };
        let mut rows: Vec<PlanRow<'_>> = Vec::new();
        rows.extend(self.added.iter().map(|a| PlanRow {
            new: Some(&a.price),
            ..row(a.line, ChangeIndicator::Add, &a.offer.name)
        }));
        rows.extend(self.changed.iter().map(|c| PlanRow {
            old: c.old.as_ref(),
            new: Some(&c.new),
            ..row(c.line, ChangeIndicator::Change, &c.offer_name)
        }));
        rows.extend(self.retired.iter().map(|r| PlanRow {
            valid_to: Some(r.valid_to),
            ..row(r.line, ChangeIndicator::Delete, &r.offer_name)
        }));
        rows.extend(
            self.unchanged
                .iter()
                .map(|u| row(u.line, ChangeIndicator::Unchanged, &u.offer_name)),
        );
        sort_stable_by_key(&mut rows, |r| r.line);
        rows
    }
}

/// Applies a plan made against `catalog`. Applying the same plan twice changes nothing more.
pub fn apply_price_list(catalog: &mut Catalog, plan: &PriceListPlan) {
    for added in &plan.added {
        catalog.offers.retain(|o| o.id != added.offer.id);
        catalog.offers.push(added.offer.clone());
        catalog.set_price(added.price.clone());
    }
    for change in &plan.changed {
        catalog.set_price(change.new.clone());
    }
    for retired in &plan.retired {
        if let Some(offer) = catalog.offers.iter_mut().find(|o| o.id == retired.offer_id) {
            offer.valid_to = Some(retired.valid_to);
        }
    }
}
