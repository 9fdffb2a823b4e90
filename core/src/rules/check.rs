//! Every command checked against every rule before it is recorded (SPEC §2–§7): its values
//! within the bounds, the history only moves forward (H1), then the rules of the book's profile
//! decide.

use super::bounds::check_bounds;
use super::context::{Accepted, CheckContext};
use super::rule_set;
use crate::base::dates::us_date;
use crate::base::rule_error::RuleError;
use crate::model::book::Book;
use crate::model::command::Command;
use chrono::NaiveDate;

/// What `command` records if the rules accept it as of `today`.
pub fn check(book: &Book, command: &Command, today: NaiveDate) -> Result<Vec<Accepted>, RuleError> {
    check_bounds(command, today)?;
    history_moves_forward(book, today)?;
    let ctx = CheckContext {
        book,
        command,
        today,
        catalog: book.catalog_on(today),
    };
    rule_set(book.settings.profile).check(&ctx)
}

/// H1: no command is recorded before the latest recorded one.
pub(super) fn history_moves_forward(book: &Book, today: NaiveDate) -> Result<(), RuleError> {
    not_before_latest(book, today, "Today", "move today to")
}

/// H1 for an action entered with an earlier effective date (recorded on Friday, done in
/// Partner Center on Tuesday): not after today, and not before the latest recorded action,
/// so the history still only moves forward. Refused at the effective date's field.
pub fn check_effective_date(
    book: &Book,
    effective: NaiveDate,
    today: NaiveDate,
) -> Result<(), RuleError> {
    const NAMED: &str = "The effective date";
    not_after_today(effective, today, NAMED)
        .and_then(|()| not_before_latest(book, effective, NAMED, "enter"))
        .map_err(|refusal| refusal.at(EFFECTIVE_DATE))
}

/// The field of an action's effective date.
pub const EFFECTIVE_DATE: &str = "effective_date";

/// H1: nothing is recorded on a day that hasn't come yet; `named` says which date it is.
pub(super) fn not_after_today(
    day: NaiveDate,
    today: NaiveDate,
    named: &str,
) -> Result<(), RuleError> {
    if day <= today {
        return Ok(());
    }
    Err(RuleError::new(
        "H1",
        format!(
            "{named} ({}) is after today ({}); it can be recorded once that day has come.",
            us_date(day),
            us_date(today)
        ),
    ))
}

/// `named` says which date `day` is, `to_act` how the partner gives a later one.
fn not_before_latest(
    book: &Book,
    day: NaiveDate,
    named: &str,
    to_act: &str,
) -> Result<(), RuleError> {
    match book.last_event_date().filter(|last| day < *last) {
        Some(last) => Err(RuleError::new(
            "H1",
            format!(
                "{named} ({}) is before the latest recorded action ({}); the history only moves forward, so {to_act} {} or later.",
                us_date(day),
                us_date(last),
                us_date(last)
            ),
        )),
        None => Ok(()),
    }
}
