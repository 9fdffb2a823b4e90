//! Recording: a command the rules accept is appended to the book's history with what it sets
//! off; a refused one changes nothing.

use super::check::check;
use super::customers::record_new_customers;
use crate::base::rule_error::RuleError;
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
}
