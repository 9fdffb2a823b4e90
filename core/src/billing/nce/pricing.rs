//! What each term and billing plan of an offer costs on a day, side by side (N1–N3): the price
//! per cycle, what that is per month, the first charge for the seats, and how much more it is
//! per month than paying a year up front (+20 % for the monthly term, +5 % for monthly billing
//! of a year from 4/1/2025), so the partner can advise the customer.

use crate::base::money::Money;
use crate::model::nce::offer::NceCatalog;
use crate::model::nce::term::{BillingPlan, Term, TermPlan};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceOption {
    pub term_plan: TermPlan,
    /// u: one seat for one charge cycle of the plan (N2).
    pub unit_price: Money,
    /// u spread over the months of the plan's cycle, half up to cents.
    pub per_month: Money,
    /// The first cycle for all the seats: what the purchase or conversion line charges.
    pub first_charge: Money,
    /// Percent more per month than one year paid up front (whole percent, half up); None
    /// when the offer has no such row that day.
    pub over_annual_percent: Option<Decimal>,
}

/// Every combination `offer_id` is sold in on `day`, in N1's order, for `seats` seats.
pub fn price_options(
    catalog: &NceCatalog,
    offer_id: &str,
    day: NaiveDate,
    seats: u32,
) -> Vec<PriceOption> {
    let per_month = |tp: TermPlan, u: Money| Money(u.0 / Decimal::from(tp.plan.months())).round2();
    let annual = TermPlan::new(Term::P1Y, BillingPlan::Annual).expect("an N1 combination");
    // The exact monthly price of a year up front, not its rounded form, is the base.
    let annual_month = catalog
        .prices
        .in_force(offer_id, annual, day)
        .map(|row| row.unit_price.0 / Decimal::from(12));
    catalog
        .prices
        .combinations(offer_id, day)
        .into_iter()
        .map(|(term_plan, unit_price)| {
            let month = unit_price.0 / Decimal::from(term_plan.plan.months());
            let over_annual_percent = annual_month.filter(|a| !a.is_zero()).map(|a| {
                ((month - a) / a * Decimal::ONE_HUNDRED)
                    .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
            });
            PriceOption {
                term_plan,
                unit_price,
                per_month: per_month(term_plan, unit_price),
                first_charge: (unit_price * i64::from(seats)).round2(),
                over_annual_percent,
            }
        })
        .collect()
}
