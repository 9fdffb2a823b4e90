//! What the rows of one invoice's file need from the derived book, copied: a file made in
//! steps, between turns of the browser's event loop, owns it, so that a derivation replaced
//! meanwhile (an action in another tab) cannot change the file half-way.

use super::{LentFacts, ReconLookup, SubscriptionFacts};
use crate::base::fast_hash::FastHashMap;
use crate::billing::derive::Derived;
use crate::model::catalog::Catalog;
use crate::model::charge_line::ChargeLine;
use crate::model::customer::Customer;
use std::sync::Arc;

/// The customers, subscriptions and offer names that some lines name, as the book had them
/// (none for an id the book doesn't know).
#[derive(Clone, Debug)]
pub struct CopiedLookup {
    customers: FastHashMap<Arc<str>, Option<Customer>>,
    subscriptions: FastHashMap<Arc<str>, Option<SubscriptionFacts>>,
    offer_names: FastHashMap<Arc<str>, Option<String>>,
}

impl CopiedLookup {
    /// What `lines` name, copied from `state` and `catalog`. A scan of the book's customers and
    /// subscriptions, each kept when a line names it: an index of the whole book first would
    /// cost more than the copy. What the book doesn't know stays unknown: the rows then name it
    /// as they would have from the book.
    pub fn of(lines: &[ChargeLine], state: &Derived, catalog: &Catalog) -> CopiedLookup {
        let mut customers = FastHashMap::default();
        let mut subscriptions = FastHashMap::default();
        let mut offer_names = FastHashMap::default();
        for line in lines {
            customers.entry(line.customer_id.clone()).or_insert(None);
            subscriptions
                .entry(line.subscription_id.clone())
                .or_insert(None);
            if !offer_names.contains_key(&line.offer_id) {
                let name = catalog.offer(&line.offer_id).map(|o| o.name.clone());
                offer_names.insert(line.offer_id.clone(), name);
            }
        }
        // Should an id be there twice, the last one is kept, as an index of the book keeps it.
        for customer in &state.customers {
            if let Some(wanted) = customers.get_mut(customer.id.as_str()) {
                *wanted = Some(customer.clone());
            }
        }
        for s in &state.subscriptions {
            if let Some(wanted) = subscriptions.get_mut(s.id.as_str()) {
                *wanted = Some(SubscriptionFacts {
                    billing_id: s.billing_id.clone(),
                    order_id: s.order_id.clone(),
                    nickname: s.nickname.clone(),
                });
            }
        }
        CopiedLookup {
            customers,
            subscriptions,
            offer_names,
        }
    }
}

impl ReconLookup for CopiedLookup {
    fn customer(&self, id: &str) -> Option<&Customer> {
        self.customers.get(id)?.as_ref()
    }

    fn subscription(&self, subscription_id: &str) -> Option<LentFacts<'_>> {
        self.subscriptions
            .get(subscription_id)?
            .as_ref()
            .map(SubscriptionFacts::lent)
    }

    fn offer_name(&self, offer_id: &str) -> Option<&str> {
        self.offer_names.get(offer_id)?.as_deref()
    }
}
