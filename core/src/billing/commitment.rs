//! What a subscription commits the customer to, and what a period comes to after a
//! cancellation: the answers a preview gives before the partner confirms (issue 14, item 4).

use crate::base::dates::{add_days, add_months};
use crate::base::money::Money;
use crate::model::charge_line::ChargeLine;
use crate::model::subscription::SubscriptionView;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The money of a paid subscription: a month of it, and its whole term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commitment {
    /// Unit price × quantity for one month (a yearly or three-yearly price spread per month).
    pub per_month: Money,
    /// Whole months from the term's start to its end; none for a term that isn't (a co-termed
    /// add-on's first term).
    pub months: Option<u32>,
    pub over_term: Option<Money>,
    pub term_end: NaiveDate,
}

/// The commitment of `sub` as it stands, or none for a trial or a subscription without a term.
pub fn commitment(sub: &SubscriptionView) -> Option<Commitment> {
    if sub.is_trial() {
        return None;
    }
    let unit = sub.unit_price?;
    let (start, end, cycle_months) = match sub.nce.as_deref() {
        Some(nce) => (nce.term_start, nce.term_end, nce.term_plan?.plan.months()),
        None => (sub.term?.start, sub.term?.end, 1),
    };
    let per_cycle = unit * i64::from(sub.quantity);
    // Multiplied before divided: a year of an annual price is exact.
    let for_months = |m: i64| Money(per_cycle.0 * Decimal::from(m) / Decimal::from(cycle_months));
    let months = whole_months(start, end);
    Some(Commitment {
        per_month: for_months(1).round2(),
        months,
        over_term: months.map(|m| for_months(i64::from(m)).round2()),
        term_end: end,
    })
}

/// The months from `start` to `end` (inclusive) when they are whole, e.g. a year: 12.
fn whole_months(start: NaiveDate, end: NaiveDate) -> Option<u32> {
    (1..=60)
        .find(|&m| add_days(add_months(start, m), -1) == end)
        .map(|m| m as u32)
}

/// A period of a subscription and what the customer pays for it once every line is counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodNet {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub charged: Money,
    pub credited: Money,
}

impl PeriodNet {
    pub fn net(&self) -> Money {
        (self.charged + self.credited).round2()
    }
}

/// The period of `subscription_id` that holds `today` (the charge covering it) and the net
/// of every line of that subscription within it: after a cancellation, what the customer
/// still pays for the period.
pub fn period_net(
    lines: &[ChargeLine],
    subscription_id: &str,
    today: NaiveDate,
) -> Option<PeriodNet> {
    let of_sub = || {
        lines
            .iter()
            .filter(|l| &*l.subscription_id == subscription_id)
    };
    let period = of_sub().find(|l| l.amount > Money::ZERO && l.start <= today && today <= l.end)?;
    let (start, end) = (period.start, period.end);
    let within = of_sub().filter(|l| start <= l.start && l.end <= end);
    let (credited, charged): (Vec<&ChargeLine>, Vec<&ChargeLine>) =
        within.partition(|l| l.amount.is_negative());
    Some(PeriodNet {
        start,
        end,
        charged: charged.iter().map(|l| l.amount).sum(),
        credited: credited.iter().map(|l| l.amount).sum(),
    })
}
