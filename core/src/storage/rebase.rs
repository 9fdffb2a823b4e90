//! Two tabs that act at once both build on the same stored book, and the later write replaces
//! the earlier. The tab whose write was replaced puts what it did back on top of the other's:
//! its commands go through the rules again, its settings or catalog edits are applied again.

use crate::base::rule_error::RuleError;
use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::event::Event;
use crate::model::settings::PartnerSettings;
use serde::{Deserialize, Serialize};

/// What one tab did to a stored book: small, so it can be kept in the tab's journal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delta {
    /// The commands the partner gave (events not caused by others), with their dates.
    pub commands: Vec<Event>,
    pub settings: Option<PartnerSettings>,
    pub catalog: Option<Catalog>,
}

impl Delta {
    /// What turned `base` into `ours`; `ours` extends `base`'s history.
    pub fn between(base: &Book, ours: &Book) -> Delta {
        Delta {
            commands: ours
                .events
                .get(base.events.len()..)
                .unwrap_or_default()
                .iter()
                .filter(|e| e.caused_by.is_none())
                .cloned()
                .collect(),
            settings: (ours.settings != base.settings).then(|| ours.settings.clone()),
            catalog: (ours.catalog != base.catalog).then(|| ours.catalog.clone()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.commands.is_empty() && self.settings.is_none() && self.catalog.is_none()
    }

    /// `theirs` with this delta on top: our commands re-checked on their dates. A command the
    /// rules now refuse (the other tab did something that excludes it) refuses the whole
    /// delta, so the caller can tell the partner which action was not kept.
    pub fn apply_to(&self, theirs: &Book) -> Result<Book, RuleError> {
        let mut merged = theirs.clone();
        self.apply(&mut merged)?;
        Ok(merged)
    }

    /// This delta on top of `book` in place, all or nothing: a refusal leaves `book` as it was.
    /// Commands of one day go through the rules together (`execute_all`), so an import's
    /// thousands of customers are checked in one pass.
    pub fn apply(&self, book: &mut Book) -> Result<(), RuleError> {
        let before = (
            book.events.len(),
            book.settings.clone(),
            book.catalog.clone(),
        );
        let result = self.apply_commands(book);
        if result.is_err() {
            book.events.truncate(before.0);
            book.settings = before.1;
            book.catalog = before.2;
        }
        result
    }

    /// This delta on top of `book` as it was recorded: its commands and the events they set
    /// off (`caused`), in the order of their numbers, which must continue the book's, on days
    /// from its last on. False, with nothing changed, when they don't: the caller applies it
    /// through the rules (`apply`).
    pub fn append(&self, book: &mut Book, caused: &[Event]) -> bool {
        let mut events: Vec<&Event> = self.commands.iter().chain(caused).collect();
        events.sort_by_key(|e| e.seq);
        let first = book.events.last().map_or(1, |e| e.seq + 1);
        let mut latest = book.last_event_date();
        let continues = events.iter().enumerate().all(|(i, e)| {
            let in_order = e.seq == first + i as u64 && latest.is_none_or(|d| d <= e.date);
            latest = Some(e.date);
            in_order
        });
        if !continues {
            return false;
        }
        self.put_settings_and_catalog(book);
        book.events.extend(events.into_iter().cloned());
        true
    }

    fn put_settings_and_catalog(&self, book: &mut Book) {
        if let Some(settings) = &self.settings {
            book.settings = settings.clone();
        }
        if let Some(catalog) = &self.catalog {
            book.catalog = catalog.clone();
        }
    }

    fn apply_commands(&self, book: &mut Book) -> Result<(), RuleError> {
        self.put_settings_and_catalog(book);
        for day in self.commands.chunk_by(|a, b| a.date == b.date) {
            let commands: Vec<_> = day.iter().map(|e| e.command.clone()).collect();
            let recorded = match <[_; 1]>::try_from(commands) {
                // One command needs no copy of the book to be all or nothing.
                Ok([one]) => book.execute(one, day[0].date).map_err(|e| (0, e)),
                Err(several) => book.execute_all(several, day[0].date),
            };
            // The action's name leads the English message; the refusal's own words (`say`)
            // stay, so the app can tell the partner why in their language.
            recorded.map_err(|(i, refusal)| RuleError {
                say: refusal.say,
                ..RuleError::new(
                    &refusal.rule,
                    format!("{}: {}", day[i].command.action_name(), refusal.message),
                )
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::command::Command;
    use crate::storage::generated_book::{empty_book, generated_customer};
    use chrono::NaiveDate;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
    }

    #[test]
    fn both_tabs_actions_are_kept() {
        let mut base = empty_book();
        base.execute(generated_customer(1), day()).unwrap();
        let mut ours = base.clone();
        ours.execute(generated_customer(2), day()).unwrap();
        ours.settings.name = "Renamed in our tab".into();
        let mut theirs = base.clone();
        theirs.execute(generated_customer(3), day()).unwrap();

        let delta = Delta::between(&base, &ours);
        assert!(!delta.is_empty());
        let merged = delta.apply_to(&theirs).unwrap();
        let created: Vec<&Command> = merged.events.iter().map(|e| &e.command).collect();
        assert_eq!(
            created,
            vec![
                &generated_customer(1),
                &generated_customer(3),
                &generated_customer(2)
            ]
        );
        assert_eq!(merged.events.last().unwrap().seq, 3);
        assert_eq!(merged.settings.name, "Renamed in our tab");
        assert_eq!(merged.catalog, theirs.catalog);
    }

    #[test]
    fn an_action_the_rules_now_refuse_is_named() {
        let base = empty_book();
        let mut ours = base.clone();
        ours.execute(generated_customer(1), day()).unwrap();
        let mut theirs = base.clone();
        theirs.execute(generated_customer(1), day()).unwrap();
        let refusal = Delta::between(&base, &ours).apply_to(&theirs).unwrap_err();
        assert_eq!(refusal.rule, "input");
        assert!(refusal.message.starts_with("Customer created: "));
        let direct = theirs
            .clone()
            .execute(generated_customer(1), day())
            .unwrap_err();
        assert!(direct.say.is_some());
        assert_eq!(
            refusal.say, direct.say,
            "the refusal's words for the partner stay"
        );
    }

    #[test]
    fn nothing_done_is_an_empty_delta() {
        assert!(Delta::between(&empty_book(), &empty_book()).is_empty());
    }
}
