//! N2: price rows per offer, term and plan, and the row in force on a day.

use super::term::TermPlan;
use crate::base::dates::us_date;
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::base::say::NceOfferRefusal;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One seat for one charge cycle of the plan (per month, per year or per three years).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceRow {
    pub offer_id: String,
    pub term_plan: TermPlan,
    pub valid_from: NaiveDate,
    pub unit_price: Money,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceList {
    pub rows: Vec<PriceRow>,
}

impl PriceList {
    /// The row for (offer, term, plan) with the latest valid-from on or before `day`.
    pub fn in_force(
        &self,
        offer_id: &str,
        term_plan: TermPlan,
        day: NaiveDate,
    ) -> Option<&PriceRow> {
        self.rows
            .iter()
            // The cheap comparisons first: every renewal looks its price up among all rows.
            .filter(|r| r.term_plan == term_plan && r.valid_from <= day && r.offer_id == offer_id)
            .max_by_key(|r| r.valid_from)
    }

    /// Every combination the offer can be sold in on `day`, with its price, in N1's order.
    pub fn combinations(&self, offer_id: &str, day: NaiveDate) -> Vec<(TermPlan, Money)> {
        TermPlan::ALL
            .into_iter()
            .filter_map(|tp| self.in_force(offer_id, tp, day).map(|r| (tp, r.unit_price)))
            .collect()
    }

    /// The unit price in force, or the refusal a form shows at its term field.
    pub fn require(
        &self,
        offer_id: &str,
        offer_name: &str,
        term_plan: TermPlan,
        day: NaiveDate,
    ) -> Result<Money, RuleError> {
        self.in_force(offer_id, term_plan, day)
            .map(|r| r.unit_price)
            .ok_or_else(|| {
                let offered: Vec<String> = self
                    .combinations(offer_id, day)
                    .into_iter()
                    .map(|(tp, _)| tp.label())
                    .collect();
                RuleError::new(
                    "N1",
                    format!(
                        "{offer_name} is not sold as {} on {}. Choose one of: {}.",
                        term_plan.label(),
                        us_date(day),
                        if offered.is_empty() {
                            "none on that day".to_string()
                        } else {
                            offered.join("; ")
                        }
                    ),
                )
                .saying(NceOfferRefusal::NotSoldAs {
                    offer: offer_name.to_string(),
                    term_plan: term_plan.into(),
                    day,
                    offered: self
                        .combinations(offer_id, day)
                        .into_iter()
                        .map(|(tp, _)| tp.into())
                        .collect(),
                })
                .at("term")
            })
    }
}
