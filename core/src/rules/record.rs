//! Recording: a command the rules accept is appended to the book's history with what it sets
//! off; a refused one changes nothing.

use super::check::{check, check_effective_date, not_after_today};
use super::customers::record_new_customers;
use crate::base::rule_error::RuleError;
use crate::base::say::HistoryDay;
use crate::model::book::Book;
use crate::model::command::Command;
use crate::model::customer::Customer;
use crate::model::event::Event;
use chrono::NaiveDate;

impl Book {
    /// The events `command` would record as of `today`, or the rule that refuses it.
    /// Nothing changes: previews use this.
    pub fn accept(&self, command: Command, today: NaiveDate) -> Result<Vec<Event>, RuleError> {
        let accepted = check(self, &command, today)?;
        let first_seq = self.events.last().map_or(1, |e| e.seq + 1);
        Ok(accepted
            .into_iter()
            .enumerate()
            .map(|(i, a)| Event {
                seq: first_seq + i as u64,
                date: today,
                customer_id: a.customer_id,
                caused_by: a.caused_by.map(|c| first_seq + c as u64),
                command: a.command,
            })
            .collect())
    }

    /// Checks `command` against every rule as of `today`; accepted, it is appended to the
    /// history with what it sets off, and the new events are returned. Refused, nothing changes.
    pub fn execute(&mut self, command: Command, today: NaiveDate) -> Result<Vec<Event>, RuleError> {
        let new = self.accept(command, today)?;
        self.events.extend(new.iter().cloned());
        Ok(new)
    }

    /// `command` recorded with the effective date `effective`, on or before `today` (a partner
    /// records on Friday what was done in Partner Center on Tuesday): the rules decide as of
    /// that date. Refused at the effective date's field when it is after today or before the
    /// latest recorded action (H1); refused, nothing changes.
    pub fn execute_dated(
        &mut self,
        command: Command,
        effective: NaiveDate,
        today: NaiveDate,
    ) -> Result<Vec<Event>, RuleError> {
        check_effective_date(self, effective, today)?;
        self.execute(command, effective)
    }

    /// Runs `commands` as one action: all are recorded, or none (an import).
    /// A refusal names the index of the command refused.
    pub fn execute_all(
        &mut self,
        commands: Vec<Command>,
        today: NaiveDate,
    ) -> Result<Vec<Event>, (usize, RuleError)> {
        // New customers only (a customer import): checked against one directory of ids and
        // domains, linear where a command at a time reads the whole book each time.
        let customers: Option<Vec<&Customer>> = commands
            .iter()
            .map(|c| match c {
                Command::CreateCustomer(customer) => Some(customer),
                _ => None,
            })
            .collect();
        if let Some(customers) = customers.filter(|c| !c.is_empty()) {
            return record_new_customers(self, &customers, today);
        }
        let mut trial = self.clone();
        let mut events = Vec::new();
        for (i, command) in commands.into_iter().enumerate() {
            events.extend(trial.execute(command, today).map_err(|e| (i, e))?);
        }
        *self = trial;
        Ok(events)
    }

    /// The actions recorded on this book (a scenario, copied from `base` and played on) that
    /// `base` doesn't hold: those after the history the two share.
    pub fn recorded_since(&self, base: &Book) -> &[Event] {
        let shared = self
            .events
            .iter()
            .zip(&base.events)
            .take_while(|(mine, theirs)| mine == theirs)
            .count();
        &self.events[shared..]
    }

    /// Records again, on this book, the actions recorded on a copy of it (a scenario played
    /// with a moved "today"): each command that no other set off runs through the rules again
    /// on its own date, and what it sets off follows as it does. All are recorded, or none;
    /// an action dated after `today` is refused (H1: the history holds nothing that hasn't
    /// happened yet), and so is one the rules no longer accept on this book.
    /// A refusal names the index in `actions` of the action refused.
    pub fn replay(
        &mut self,
        actions: &[Event],
        today: NaiveDate,
    ) -> Result<Vec<Event>, (usize, RuleError)> {
        let mut trial = self.clone();
        let mut events = Vec::new();
        for (i, action) in actions.iter().enumerate() {
            if action.caused_by.is_some() {
                continue;
            }
            not_after_today(action.date, today, HistoryDay::ActionDate).map_err(|e| (i, e))?;
            let recorded = trial.execute(action.command.clone(), action.date);
            events.extend(recorded.map_err(|e| (i, e))?);
        }
        *self = trial;
        Ok(events)
    }
}
