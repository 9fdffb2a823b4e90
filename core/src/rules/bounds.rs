//! Every value a command carries, and the day it runs on, within `base::bounds`: checked before
//! any rule, because the rules' arithmetic is exact only within them. The history check of a
//! stored book or a backup asks the same of every recorded command.

use crate::base::bounds::{
    max_price, plausible_day, plausible_price, FIRST_DAY, LAST_DAY, MAX_SEATS,
};
use crate::base::dates::us_date;
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::model::command::Command;
use crate::model::price_list_plan::PriceListPlan;
use chrono::NaiveDate;

fn refusal(message: String, field: &str) -> RuleError {
    RuleError::new("input", message).at(field)
}

fn day_within(day: NaiveDate, what: &str, field: &str) -> Result<(), RuleError> {
    if plausible_day(day) {
        return Ok(());
    }
    Err(refusal(
        format!(
            "{what} ({}) is outside the years PartnerDesk works with; choose a day from {} to {}.",
            us_date(day),
            us_date(FIRST_DAY),
            us_date(LAST_DAY)
        ),
        field,
    ))
}

fn price_within(price: Money, what: &str, field: &str) -> Result<(), RuleError> {
    if plausible_price(price) {
        return Ok(());
    }
    Err(refusal(
        format!(
            "{what} must be from 0 to {}; larger prices are typing errors.",
            max_price()
        ),
        field,
    ))
}

fn seats_within(quantity: u32) -> Result<(), RuleError> {
    if quantity <= MAX_SEATS {
        return Ok(());
    }
    Err(refusal(
        format!("Enter at most {MAX_SEATS} licenses."),
        "quantity",
    ))
}

/// Today within the bounds: no command is recorded on another day.
pub fn check_today(today: NaiveDate) -> Result<(), RuleError> {
    day_within(today, "Today", "today")
}

/// `command` as of `today`, or the first value outside the bounds.
pub fn check_bounds(command: &Command, today: NaiveDate) -> Result<(), RuleError> {
    check_today(today)?;
    match command {
        Command::ConvertTrial { quantity, .. }
        | Command::Purchase { quantity, .. }
        | Command::BuyAddOn { quantity, .. }
        | Command::ChangeQuantity { quantity, .. } => seats_within(*quantity),
        Command::ChangePrice {
            from, monthly, erp, ..
        } => {
            day_within(*from, "The first day of the price", "from")?;
            price_within(*monthly, "The list price", "monthly")?;
            price_within(*erp, "The ERP price", "erp")
        }
        Command::ImportPriceList(plan) => plan_within(plan),
        Command::AdoptSubscription(adopted) => {
            seats_within(adopted.quantity)?;
            day_within(adopted.term_start, "The term's start", "term_start")?;
            day_within(adopted.term_end, "The term's end", "term_end")?;
            price_within(adopted.unit_price, "The unit price", "unit_price")
        }
        _ => Ok(()),
    }
}

/// A price list's prices, days and the seat ranges of its new offers, each named by its line.
fn plan_within(plan: &PriceListPlan) -> Result<(), RuleError> {
    let at_line = |line: usize, result: Result<(), RuleError>| {
        result.map_err(|e| RuleError::new(&e.rule, format!("Line {line}: {}", e.message)))
    };
    for a in &plan.added {
        let o = &a.offer;
        at_line(a.line, day_within(o.valid_from, "Valid from", "file"))?;
        if let Some(to) = o.valid_to {
            at_line(a.line, day_within(to, "Valid to", "file"))?;
        }
        if o.min_seats == 0 || o.min_seats > o.max_seats || o.max_seats > MAX_SEATS {
            let seats = format!("The offer's seats must be from 1 to at most {MAX_SEATS}.");
            return Err(RuleError::new("input", format!("Line {}: {seats}", a.line)));
        }
    }
    let prices = plan
        .added
        .iter()
        .map(|a| (a.line, &a.price))
        .chain(plan.changed.iter().map(|c| (c.line, &c.new)));
    for (line, p) in prices {
        at_line(
            line,
            day_within(p.from, "The first day of the price", "file"),
        )?;
        at_line(line, price_within(p.monthly, "The list price", "file"))?;
        at_line(line, price_within(p.erp, "The ERP price", "file"))?;
    }
    for r in &plan.retired {
        at_line(r.line, day_within(r.valid_to, "Valid to", "file"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample_catalog::E3;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn price_change(from: NaiveDate, monthly: Money) -> Command {
        Command::ChangePrice {
            offer_id: E3.into(),
            from,
            monthly,
            erp: Money::ZERO,
        }
    }

    #[test]
    fn bounds_a_day_outside_the_years_is_refused_at_its_field() {
        let june = day(2018, 6, 1);
        let refused = check_bounds(&price_change(june, Money::ZERO), day(9999, 12, 31));
        assert_eq!(
            refused.unwrap_err().message,
            "Today (12/31/9999) is outside the years PartnerDesk works with; choose a day from 1/1/2000 to 12/31/2199."
        );
        let refused = check_bounds(&price_change(day(2200, 1, 1), Money::ZERO), june);
        assert_eq!(refused.unwrap_err().field.as_deref(), Some("from"));
        assert_eq!(check_bounds(&price_change(june, Money::ZERO), june), Ok(()));
    }

    #[test]
    fn bounds_a_price_or_quantity_beyond_the_limits_is_refused_at_its_field() {
        let june = day(2018, 6, 1);
        let huge = Money(rust_decimal::Decimal::MAX);
        let refused = check_bounds(&price_change(june, huge), june).unwrap_err();
        assert_eq!(refused.field.as_deref(), Some("monthly"));
        assert_eq!(
            refused.message,
            "The list price must be from 0 to 1000000.00; larger prices are typing errors."
        );
        let quantity = Command::ChangeQuantity {
            subscription_id: "s".into(),
            quantity: u32::MAX,
            order: None,
        };
        let refused = check_bounds(&quantity, june).unwrap_err();
        assert_eq!(refused.message, "Enter at most 1000000 licenses.");
    }
}
