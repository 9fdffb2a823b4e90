//! List prices (SPEC P8, P9): a price change takes effect today or later, never on a billed
//! past, and a confirmed price list still fits the catalog.

use crate::base::dates::us_date;
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::base::say::LegacyPriceListRefusal;
use crate::model::price_list_plan::PriceListPlan;
use crate::rules::context::{Accepted, CheckContext};
use chrono::NaiveDate;

/// P8: a known offer, prices of zero or more (`[monthly, erp]`), from today on.
pub(super) fn check_price_change(
    ctx: &CheckContext<'_>,
    offer_id: &str,
    from: NaiveDate,
    prices: [Money; 2],
) -> Result<Vec<Accepted>, RuleError> {
    ctx.known_offer(offer_id)?;
    if prices.iter().any(|p| p.is_negative()) {
        return Err(RuleError::new("P8", "A list price can't be negative.")
            .saying(LegacyPriceListRefusal::NegativeListPrice)
            .at("monthly"));
    }
    if from < ctx.today {
        return Err(RuleError::new(
            "P8",
            format!("A price change takes effect today or later, never on a billed past: choose {} or a later date.", us_date(ctx.today)),
        )
.saying(LegacyPriceListRefusal::PriceChangeInPast { today: ctx.today }).at("from"));
    }
    Ok(ctx.accepted(None))
}

/// P8, P9: a confirmed plan still fits the catalog and changes nothing already billed.
pub(super) fn check_price_list(
    ctx: &CheckContext<'_>,
    plan: &PriceListPlan,
) -> Result<Vec<Accepted>, RuleError> {
    let catalog = ctx.catalog();
    if let Some(a) = plan
        .added
        .iter()
        .find(|a| catalog.offer(&a.offer.id).is_some())
    {
        return Err(RuleError::new(
            "P9",
            format!(
                "Line {}: {} is in the catalog already; mark the row CHG or UNC.",
                a.line, a.offer.name
            ),
        )
        .saying(LegacyPriceListRefusal::LineInCatalogAlready {
            line: a.line,
            offer: a.offer.name.clone(),
        }));
    }
    let known = |id: &str, line: usize| {
        catalog.offer(id).map(|_| ()).ok_or_else(|| {
            RuleError::new(
                "P9",
                format!("Line {line}: offer {id} is not in the catalog; mark the row ADD."),
            )
            .saying(LegacyPriceListRefusal::LineNotInCatalog {
                line,
                offer_id: id.to_string(),
            })
        })
    };
    for c in &plan.changed {
        known(&c.new.offer_id, c.line)?;
        if c.new.from < ctx.today {
            return Err(RuleError::new(
                "P8",
                format!(
                    "Line {}: a price change takes effect today or later, never on a billed past.",
                    c.line
                ),
            )
            .saying(LegacyPriceListRefusal::LinePriceChangeInPast { line: c.line }));
        }
    }
    for r in &plan.retired {
        known(&r.offer_id, r.line)?;
    }
    Ok(ctx.accepted(None))
}
