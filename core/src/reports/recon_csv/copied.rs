//! What the rows of one invoice's file need from the derived book, copied: a file made in
//! steps, between turns of the browser's event loop, owns it, so that a derivation replaced
//! meanwhile (an action in another tab) cannot change the file half-way.

use super::{ReconLookup, SubscriptionFacts};
use crate::base::fast_hash::FastHashMap;
use crate::model::charge_line::ChargeLine;
use crate::model::customer::Customer;
use std::sync::Arc;

/// The customers, subscriptions and offer names that some lines name, as a lookup had them.
#[derive(Clone, Debug, Default)]
pub struct CopiedLookup {
    customers: FastHashMap<Arc<str>, Customer>,
    subscriptions: FastHashMap<Arc<str>, SubscriptionFacts>,
    offer_names: FastHashMap<Arc<str>, String>,
}

impl CopiedLookup {
    /// What `lines` name, copied from `lookup`, each once. What `lookup` doesn't know stays
    /// unknown: the rows then name it as they would have from `lookup`.
    pub fn of(lines: &[ChargeLine], lookup: &dyn ReconLookup) -> CopiedLookup {
        let mut copied = CopiedLookup::default();
        for line in lines {
            if !copied.customers.contains_key(&line.customer_id) {
                if let Some(c) = lookup.customer(&line.customer_id) {
                    copied.customers.insert(line.customer_id.clone(), c.clone());
                }
            }
            if !copied.subscriptions.contains_key(&line.subscription_id) {
                if let Some(s) = lookup.subscription(&line.subscription_id) {
                    copied.subscriptions.insert(line.subscription_id.clone(), s);
                }
            }
            if !copied.offer_names.contains_key(&line.offer_id) {
                if let Some(name) = lookup.offer_name(&line.offer_id) {
                    copied.offer_names.insert(line.offer_id.clone(), name);
                }
            }
        }
        copied
    }
}

impl ReconLookup for CopiedLookup {
    fn customer(&self, id: &str) -> Option<&Customer> {
        self.customers.get(id)
    }

    fn subscription(&self, subscription_id: &str) -> Option<SubscriptionFacts> {
        self.subscriptions.get(subscription_id).cloned()
    }

    fn offer_name(&self, offer_id: &str) -> Option<String> {
        self.offer_names.get(offer_id).cloned()
    }
}
