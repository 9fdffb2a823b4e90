//! What every check reads (the book, the command, today, the catalog of today) and what an
//! accepted command records. A refusal names the rule and says, in one sentence, what is wrong
//! and what to do instead.

use crate::base::rule_error::RuleError;
use crate::base::say::BookRefusal;
use crate::billing::derive::{derive_customer, Derived};
use crate::model::book::Book;
use crate::model::catalog::{Catalog, Offer};
use crate::model::command::{Command, NewIds};
use crate::model::subscription::SubscriptionView;
use chrono::NaiveDate;

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
    /// The catalog with the list price changes accepted up to today.
    pub catalog: Catalog,
}

impl CheckContext<'_> {
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
        let state = derive_customer(self.book, customer_id, self.today);
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
        let state = derive_customer(self.book, customer_id, self.today);
        let sub = state
            .subscription(subscription_id)
            .cloned()
            .ok_or_else(unknown)?;
        Ok((state, sub))
    }

    pub fn known_offer(&self, offer_id: &str) -> Result<&Offer, RuleError> {
        self.catalog.offer(offer_id).ok_or_else(|| {
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
            .filter_map(|id| self.catalog.offer(id).map(|o| o.name.clone()))
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
