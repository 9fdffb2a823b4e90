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
    match book.last_event_date().filter(|last| today < *last) {
        Some(last) => Err(RuleError::new(
            "H1",
            format!(
                "Today ({}) is before the latest recorded action ({}); the history only moves forward, so move today to {} or later.",
                us_date(today),
                us_date(last),
                us_date(last)
            ),
        )),
        None => Ok(()),
    }
}
