//! Every command checked against every rule before it is recorded (SPEC §2–§7): its values
//! within the bounds, the history only moves forward (H1), then the rules of the book's profile
//! decide.

use super::bounds::check_bounds;
use super::context::{Accepted, CheckContext};
use super::rule_set;
use crate::base::dates::us_date;
use crate::base::rule_error::RuleError;
use crate::base::say::{BookRefusal, HistoryDay};
use crate::model::book::Book;
use crate::model::command::Command;
use chrono::NaiveDate;

/// What `command` records if the rules accept it as of `today`.
pub fn check(book: &Book, command: &Command, today: NaiveDate) -> Result<Vec<Accepted>, RuleError> {
    check_bounds(command, today)?;
    history_moves_forward(book, today)?;
    let ctx = CheckContext::new(book, command, today);
    rule_set(book.settings.profile).check(&ctx)
}

/// H1: no command is recorded before the latest recorded one.
pub(super) fn history_moves_forward(book: &Book, today: NaiveDate) -> Result<(), RuleError> {
    not_before_latest(book, today, HistoryDay::Today)
}

/// H1 for an action entered with an earlier effective date (recorded on Friday, done in
/// Partner Center on Tuesday): not after today, and not before the latest recorded action,
/// so the history still only moves forward. Refused at the effective date's field.
pub fn check_effective_date(
    book: &Book,
    effective: NaiveDate,
    today: NaiveDate,
) -> Result<(), RuleError> {
    const NAMED: HistoryDay = HistoryDay::EffectiveDate;
    not_after_today(effective, today, NAMED)
        .and_then(|()| not_before_latest(book, effective, NAMED))
        .map_err(|refusal| refusal.at(EFFECTIVE_DATE))
}

/// The field of an action's effective date.
pub const EFFECTIVE_DATE: &str = "effective_date";

/// H1: nothing is recorded on a day that hasn't come yet; `named` says which date it is.
pub(super) fn not_after_today(
    day: NaiveDate,
    today: NaiveDate,
    which: HistoryDay,
) -> Result<(), RuleError> {
    if day <= today {
        return Ok(());
    }
    let named = english_name(which);
    Err(RuleError::new(
        "H1",
        format!(
            "{named} ({}) is after today ({}); it can be recorded once that day has come.",
            us_date(day),
            us_date(today)
        ),
    )
    .saying(BookRefusal::AfterToday {
        named: which,
        day,
        today,
    }))
}

/// `which` says which date `day` is, and so how the partner gives a later one.
fn not_before_latest(book: &Book, day: NaiveDate, which: HistoryDay) -> Result<(), RuleError> {
    let named = english_name(which);
    let to_act = match which {
        HistoryDay::Today => "move today to",
        HistoryDay::EffectiveDate | HistoryDay::ActionDate => "enter",
    };
    match book.last_event_date().filter(|last| day < *last) {
        Some(last) => Err(RuleError::new(
            "H1",
            format!(
                "{named} ({}) is before the latest recorded action ({}); the history only moves forward, so {to_act} {} or later.",
                us_date(day),
                us_date(last),
                us_date(last)
            ),
        )
.saying(BookRefusal::BeforeLatest { named: which, day, last })),
        None => Ok(()),
    }
}

/// How the core's English message names the date H1 speaks of.
fn english_name(which: HistoryDay) -> &'static str {
    match which {
        HistoryDay::Today => "Today",
        HistoryDay::EffectiveDate => "The effective date",
        HistoryDay::ActionDate => "This action's date",
    }
}
