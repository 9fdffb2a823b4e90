//! What every check reads (the book, the command, today, the catalog of today) and what an
//! accepted command records. A refusal names the rule and says, in one sentence, what is wrong
//! and what to do instead.

use crate::base::rule_error::RuleError;
use crate::base::say::BookRefusal;
use crate::billing::billing_engine;
use crate::billing::derive::{derive_events, Derived};
use crate::model::book::Book;
use crate::model::catalog::{Catalog, Offer};
use crate::model::command::{Command, NewIds};
use crate::model::event::Event;
use crate::model::subscription::SubscriptionView;
use chrono::NaiveDate;
use std::cell::OnceCell;

/// A command that the rules accepted, with what it sets off (add-ons following their base).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    pub customer_id: Option<String>,
    pub command: Command,
    /// Index into the same list of the command this one follows from.
    pub caused_by: Option<usize>,
}

pub struct CheckContext<'a> {
    pub book: &'a Book,
    pub command: &'a Command,
    pub today: NaiveDate,
    /// The catalog with the list price changes accepted up to today, read from the history
    /// when a check first needs it: most commands of customers and their details need none.
    catalog: OnceCell<Catalog>,
}

impl<'a> CheckContext<'a> {
    pub fn new(book: &'a Book, command: &'a Command, today: NaiveDate) -> CheckContext<'a> {
        CheckContext {
            book,
            command,
            today,
            catalog: OnceCell::new(),
        }
    }

    /// The catalog with the list price changes accepted up to today (P8).
    pub fn catalog(&self) -> &Catalog {
        self.catalog
            .get_or_init(|| self.book.catalog_on(self.today))
    }

    /// The command, accepted alone, for `customer_id` (none for a catalog command).
    pub fn accepted(&self, customer_id: Option<&str>) -> Vec<Accepted> {
        vec![Accepted {
            customer_id: customer_id.map(str::to_string),
            command: self.command.clone(),
            caused_by: None,
        }]
    }

    /// The state of an existing customer as of today.
    pub fn customer_state(&self, customer_id: &str) -> Result<Derived, RuleError> {
        let state = self.derive_customer(customer_id);
        if state.customer(customer_id).is_none() {
            return Err(unknown_customer());
        }
        Ok(state)
    }

    /// An existing subscription as of today, with the state of its customer.
    pub fn subscription_state(
        &self,
        subscription_id: &str,
    ) -> Result<(Derived, SubscriptionView), RuleError> {
        let unknown = || {
            RuleError::new(
                "input",
                "That subscription doesn't exist; pick one from the customer's subscriptions.",
            )
            .saying(BookRefusal::NoSuchSubscription)
        };
        let customer_id = self.book.customer_of(subscription_id).ok_or_else(unknown)?;
        let state = self.derive_customer(customer_id);
        let sub = state
            .subscription(subscription_id)
            .cloned()
            .ok_or_else(unknown)?;
        Ok((state, sub))
    }

    /// `billing::derive::derive_customer`, with the customer's events picked from the history
    /// once: the derivation reads its events three times, and each picking walks the whole book.
    fn derive_customer(&self, customer_id: &str) -> Derived {
        let events: Vec<&Event> = self.book.customer_events(customer_id).collect();
        let settings = &self.book.settings;
        let horizon = billing_engine(settings.profile)
            .upcoming_billing_date(self.today, settings.billing_day);
        derive_events(self.book, events.into_iter(), self.today, horizon, None)
    }

    pub fn known_offer(&self, offer_id: &str) -> Result<&Offer, RuleError> {
        self.catalog().offer(offer_id).ok_or_else(|| {
            RuleError::new(
                "input",
                "That offer is not in the catalog; pick one from the catalog.",
            )
            .saying(BookRefusal::NoSuchOffer)
        })
    }

    /// The names of the offers `ids`, for a message.
    pub fn offer_names(&self, ids: &[String]) -> String {
        self.offer_name_list(ids).join(", ")
    }

    /// The names of the offers of `ids` the catalog has, in order.
    pub fn offer_name_list(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .filter_map(|id| self.catalog().offer(id).map(|o| o.name.clone()))
            .collect()
    }

    pub fn check_new_ids(&self, ids: &NewIds) -> Result<(), RuleError> {
        if self.book.customer_of(&ids.subscription_id).is_some() {
            return Err(RuleError::new(
                "input",
                "A subscription with this id exists already; try again.",
            )
            .saying(BookRefusal::SubscriptionIdTaken));
        }
        Ok(())
    }
}

pub fn unknown_customer() -> RuleError {
    RuleError::new(
        "input",
        "That customer doesn't exist; pick one from the customer list.",
    )
    .saying(BookRefusal::NoSuchCustomer)
}
