//! N4, N5, N7: term dates, charge cycles counted from the term start, invoice months.

use crate::base::dates::{add_days, add_months, first_of_month};
use crate::model::nce::cycle::{Cycle, CycleShare};
use crate::model::nce::term::{BillingPlan, Term};
use chrono::{Datelike, NaiveDate};

/// N4: the last day E of a term that starts on `start`.
pub fn term_end(start: NaiveDate, term: Term) -> NaiveDate {
    add_days(add_months(start, term.months()), -1)
}

/// N5: the cycles of `plan` counted from `anchor` (month steps k·m, never chained), from the
/// cycle that starts `first_month` months after it, up to the one ending on `last_day`.
pub fn cycles_from(
    anchor: NaiveDate,
    plan: BillingPlan,
    first_month: i32,
    last_day: NaiveDate,
) -> Vec<Cycle> {
    let mut cycles = Vec::new();
    push_cycles(&mut cycles, anchor, plan, first_month, last_day);
    cycles
}

/// `cycles_from`, pushed onto `cycles`.
fn push_cycles(
    cycles: &mut Vec<Cycle>,
    anchor: NaiveDate,
    plan: BillingPlan,
    first_month: i32,
    last_day: NaiveDate,
) {
    let m = plan.months();
    let mut month = first_month;
    loop {
        let start = add_months(anchor, month);
        if start > last_day {
            return;
        }
        let end = add_days(add_months(anchor, month + m), -1).min(last_day);
        cycles.push(Cycle {
            start,
            end,
            plan,
            share: CycleShare::WHOLE,
        });
        month += m;
    }
}

/// N5: every cycle of a term that starts on `start`.
pub fn term_cycles(start: NaiveDate, term: Term, plan: BillingPlan) -> Vec<Cycle> {
    let mut cycles = Vec::new();
    push_term_cycles(&mut cycles, start, term, plan);
    cycles
}

/// `term_cycles`, pushed onto `cycles`.
pub fn push_term_cycles(cycles: &mut Vec<Cycle>, start: NaiveDate, term: Term, plan: BillingPlan) {
    push_cycles(cycles, start, plan, 0, term_end(start, term));
}

/// The whole months from `anchor` to `day`, when `day` is such a month step (N30: counted in
/// months from T, never from days).
pub fn months_from(anchor: NaiveDate, day: NaiveDate) -> Option<i32> {
    let guess = (day.year() - anchor.year()) * 12 + day.month() as i32 - anchor.month() as i32;
    (add_months(anchor, guess) == day).then_some(guess)
}

/// N7: the first day of the calendar month whose invoice holds a line ordered on `order_date`.
pub fn invoice_month(order_date: NaiveDate) -> NaiveDate {
    first_of_month(order_date)
}

/// N7: "G" + YYYY + MM + "001".
pub fn invoice_number(month: NaiveDate) -> String {
    format!("G{:04}{:02}001", month.year(), month.month())
}

/// N7: the 8th of the month after the invoice month.
pub fn invoice_date(month: NaiveDate) -> NaiveDate {
    // Made in one step, not by month and day arithmetic: every line is dated by it.
    let (year, next) = match month.month() {
        12 => (month.year() + 1, 1),
        m => (month.year(), m + 1),
    };
    NaiveDate::from_ymd_opt(year, next, 8).expect("the 8th of a month exists")
}

/// N7: the month an invoice dated `invoice_date` bills (the inverse of `invoice_date`).
pub fn invoiced_month(invoice_date: NaiveDate) -> NaiveDate {
    first_of_month(add_months(invoice_date, -1))
}

/// N7: the last OrderDate on the invoices dated up to `billing_date`.
pub fn last_order_day(billing_date: NaiveDate) -> NaiveDate {
    add_days(first_of_month(add_days(billing_date, -7)), -1)
}

/// N7 (O10): 60 days after the invoice date.
pub fn invoice_due_date(month: NaiveDate) -> NaiveDate {
    add_days(invoice_date(month), 60)
}

/// R6 column 38: the last day of the month before the order date's month.
pub fn exchange_rate_date(order_date: NaiveDate) -> NaiveDate {
    add_days(first_of_month(order_date), -1)
}
