//! The history: every recorded action with its date (issue: "a full history"), as data
//! (`history_line`) for the app to word in the partner's language.

use super::history_line::{history_line, undo_line};
use crate::base::say::Say;
use crate::model::catalog::Catalog;
use crate::model::command::Command;
use crate::model::corrections::Corrections;
use crate::model::event::Event;
use chrono::NaiveDate;

/// One recorded action, and whether a later correction took it back (H2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEntry {
    pub date: NaiveDate,
    /// The line as data, for the app to word in the partner's language.
    pub say: Say,
    pub undone: bool,
}

/// `shown` (some of a customer's events, in order) up to `today`; `customer_events`
/// (all of that customer's) say which were undone and what each undo took back.
pub fn history_entries(
    shown: &[Event],
    customer_events: &[Event],
    catalog: &Catalog,
    today: NaiveDate,
) -> Vec<HistoryEntry> {
    let corrections = Corrections::of(customer_events, today);
    shown
        .iter()
        .take_while(|e| e.date <= today)
        .map(|e| {
            let line = match &e.command {
                Command::UndoAction { seq, .. } => undo_line(*seq, customer_events),
                _ => history_line(e, catalog),
            };
            HistoryEntry {
                date: e.date,
                say: line.into(),
                undone: corrections.skips(e),
            }
        })
        .collect()
}
