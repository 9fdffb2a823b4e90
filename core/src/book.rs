//! The partner's book: settings, the base catalog and the append-only history of accepted
//! commands. Everything else is derived from it.

use crate::base::rule_error::RuleError;
use crate::catalog::{Catalog, PricePoint};
use crate::command::Command;
use crate::derive::derive_customer;
use crate::event::Event;
use crate::pricelist_import::apply_price_list;
use crate::rule_check::check;
use crate::settings::PartnerSettings;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    pub settings: PartnerSettings,
    /// The catalog as imported or built in; list price changes live in the history.
    pub catalog: Catalog,
    pub events: Vec<Event>,
}

/// A command that the rules accepted, with what it sets off (add-ons following their base).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    pub customer_id: Option<String>,
    pub command: Command,
    /// Index into the same list of the command this one follows from.
    pub caused_by: Option<usize>,
}

impl Book {
    pub fn new(settings: PartnerSettings, catalog: Catalog) -> Book {
        Book {
            settings,
            catalog,
            events: Vec::new(),
        }
    }

    /// The date of the latest recorded action: the history never goes back before it (H1).
    pub fn last_event_date(&self) -> Option<NaiveDate> {
        self.events.last().map(|e| e.date)
    }

    /// The catalog with the list price changes accepted up to `today` (P8).
    pub fn catalog_on(&self, today: NaiveDate) -> Catalog {
        let mut catalog = self.catalog.clone();
        for e in self.events.iter().take_while(|e| e.date <= today) {
            if let Command::ChangePrice {
                offer_id,
                from,
                monthly,
                erp,
            } = &e.command
            {
                catalog.set_price(PricePoint {
                    offer_id: offer_id.clone(),
                    from: *from,
                    monthly: *monthly,
                    erp: *erp,
                });
            } else if let Command::ImportPriceList(plan) = &e.command {
                apply_price_list(&mut catalog, plan);
            }
        }
        catalog
    }

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

    /// The events of one customer, in order.
    pub fn customer_events<'a>(&'a self, customer_id: &'a str) -> impl Iterator<Item = &'a Event> {
        self.events
            .iter()
            .filter(move |e| e.customer_id.as_deref() == Some(customer_id))
    }

    /// Runs `commands` as one action: all are recorded, or none (an import).
    /// A refusal names the index of the command refused.
    pub fn execute_all(
        &mut self,
        commands: Vec<Command>,
        today: NaiveDate,
    ) -> Result<Vec<Event>, (usize, RuleError)> {
        let mut trial = self.clone();
        let mut events = Vec::new();
        for (i, command) in commands.into_iter().enumerate() {
            events.extend(trial.execute(command, today).map_err(|e| (i, e))?);
        }
        *self = trial;
        Ok(events)
    }

    /// The customer a subscription belongs to.
    pub fn customer_of(&self, subscription_id: &str) -> Option<&str> {
        self.events
            .iter()
            .find(|e| e.command.target_subscription() == Some(subscription_id))
            .and_then(|e| e.customer_id.as_deref())
    }

    /// Every event that touched one subscription, in order: its history.
    pub fn subscription_events<'a>(
        &'a self,
        subscription_id: &'a str,
    ) -> impl Iterator<Item = &'a Event> {
        self.events
            .iter()
            .filter(move |e| e.command.target_subscription() == Some(subscription_id))
    }

    /// True when the customer exists as of `today`.
    pub fn has_customer(&self, customer_id: &str, today: NaiveDate) -> bool {
        derive_customer(self, customer_id, today)
            .customers
            .iter()
            .any(|c| c.id == customer_id)
    }
}
