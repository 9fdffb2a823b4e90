//! Every value a command carries, and the day it runs on, within `base::bounds`: checked before
//! any rule, because the rules' arithmetic is exact only within them. The history check of a
//! stored book or a backup asks the same of every recorded command.

use crate::base::bounds::{
    max_price, plausible_day, plausible_price, FIRST_DAY, LAST_DAY, MAX_SEATS,
};
use crate::base::dates::us_date;
use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::base::say::{BoundsRefusal, DayNamed, PriceNamed, Say};
use crate::model::command::Command;
use crate::model::price_list_plan::PriceListPlan;
use chrono::NaiveDate;

fn refusal(message: String, say: BoundsRefusal, field: &str) -> RuleError {
    RuleError::new("input", message).saying(say).at(field)
}

/// How the English message names a day.
fn day_name(named: DayNamed) -> &'static str {
    match named {
        DayNamed::Today => "Today",
        DayNamed::PriceFrom => "The first day of the price",
        DayNamed::TermStart => "The term's start",
        DayNamed::TermEnd => "The term's end",
        DayNamed::ValidFrom => "Valid from",
        DayNamed::ValidTo => "Valid to",
    }
}

fn day_within(day: NaiveDate, named: DayNamed, field: &str) -> Result<(), RuleError> {
    if plausible_day(day) {
        return Ok(());
    }
    Err(refusal(
        format!(
            "{} ({}) is outside the years PartnerDesk works with; choose a day from {} to {}.",
            day_name(named),
            us_date(day),
            us_date(FIRST_DAY),
            us_date(LAST_DAY)
        ),
        BoundsRefusal::DayOutside {
            named,
            day,
            first: FIRST_DAY,
            last: LAST_DAY,
        },
        field,
    ))
}

fn price_within(price: Money, named: PriceNamed, field: &str) -> Result<(), RuleError> {
    if plausible_price(price) {
        return Ok(());
    }
    let what = match named {
        PriceNamed::ListPrice => "The list price",
        PriceNamed::ErpPrice => "The ERP price",
        PriceNamed::UnitPrice => "The unit price",
    };
    let max = max_price();
    Err(refusal(
        format!("{what} must be from 0 to {max}; larger prices are typing errors."),
        BoundsRefusal::PriceOutside { named, max },
        field,
    ))
}

fn seats_within(quantity: u32) -> Result<(), RuleError> {
    if quantity <= MAX_SEATS {
        return Ok(());
    }
    Err(refusal(
        format!("Enter at most {MAX_SEATS} licenses."),
        BoundsRefusal::SeatsAtMost { max: MAX_SEATS },
        "quantity",
    ))
}

/// Today within the bounds: no command is recorded on another day.
pub fn check_today(today: NaiveDate) -> Result<(), RuleError> {
    day_within(today, DayNamed::Today, "today")
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
            day_within(*from, DayNamed::PriceFrom, "from")?;
            price_within(*monthly, PriceNamed::ListPrice, "monthly")?;
            price_within(*erp, PriceNamed::ErpPrice, "erp")
        }
        Command::ImportPriceList(plan) => plan_within(plan),
        Command::AdoptSubscription(adopted) => {
            seats_within(adopted.quantity)?;
            day_within(adopted.term_start, DayNamed::TermStart, "term_start")?;
            day_within(adopted.term_end, DayNamed::TermEnd, "term_end")?;
            price_within(adopted.unit_price, PriceNamed::UnitPrice, "unit_price")
        }
        _ => Ok(()),
    }
}

/// A price list's prices, days and the seat ranges of its new offers, each named by its line.
fn plan_within(plan: &PriceListPlan) -> Result<(), RuleError> {
    let at_line = |line: usize, result: Result<(), RuleError>| {
        result.map_err(|e| {
            let said = match e.say.as_deref() {
                Some(Say::Bounds(refusal)) => Some(BoundsRefusal::AtLine {
                    line,
                    refusal: Box::new(refusal.clone()),
                }),
                _ => None,
            };
            let at_line = RuleError::new(&e.rule, format!("Line {line}: {}", e.message));
            match said {
                Some(say) => at_line.saying(say),
                None => at_line,
            }
        })
    };
    for a in &plan.added {
        let o = &a.offer;
        at_line(
            a.line,
            day_within(o.valid_from, DayNamed::ValidFrom, "file"),
        )?;
        if let Some(to) = o.valid_to {
            at_line(a.line, day_within(to, DayNamed::ValidTo, "file"))?;
        }
        if o.min_seats == 0 || o.min_seats > o.max_seats || o.max_seats > MAX_SEATS {
            let seats = format!("The offer's seats must be from 1 to at most {MAX_SEATS}.");
            let say = BoundsRefusal::AtLine {
                line: a.line,
                refusal: Box::new(BoundsRefusal::OfferSeats { max: MAX_SEATS }),
            };
            return Err(RuleError::new("input", format!("Line {}: {seats}", a.line)).saying(say));
        }
    }
    let prices = plan
        .added
        .iter()
        .map(|a| (a.line, &a.price))
        .chain(plan.changed.iter().map(|c| (c.line, &c.new)));
    for (line, p) in prices {
        at_line(line, day_within(p.from, DayNamed::PriceFrom, "file"))?;
        at_line(line, price_within(p.monthly, PriceNamed::ListPrice, "file"))?;
        at_line(line, price_within(p.erp, PriceNamed::ErpPrice, "file"))?;
    }
    for r in &plan.retired {
        at_line(r.line, day_within(r.valid_to, DayNamed::ValidTo, "file"))?;
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
