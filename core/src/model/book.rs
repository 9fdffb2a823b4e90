//! The partner's book: settings, the base catalog and the append-only history of accepted
//! commands, as plain data. Everything else is derived from it; recording a command is the
//! rules' business (`rules::record`).

use crate::model::catalog::{Catalog, PricePoint};
use crate::model::command::Command;
use crate::model::event::Event;
use crate::model::nce::offer::NceCatalog;
use crate::model::nce::sample_catalog::nce_sample_catalog;
use crate::model::price_list_plan::apply_price_list;
use crate::model::settings::PartnerSettings;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    pub settings: PartnerSettings,
    /// The catalog as imported or built in; list price changes live in the history.
    pub catalog: Catalog,
    /// The new commerce catalog (price rows per offer, term and plan) when it is not the built-in
    /// one of N3: a book that never set it (every stored book before profile 2022) has the sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nce_catalog: Option<NceCatalog>,
    pub events: Vec<Event>,
}

impl Book {
    pub fn new(settings: PartnerSettings, catalog: Catalog) -> Book {
        Book {
            settings,
            catalog,
            nce_catalog: None,
            events: Vec::new(),
        }
    }

    /// The new commerce catalog the book bills by under profile 2022 (N2, N3).
    pub fn nce_catalog(&self) -> Cow<'_, NceCatalog> {
        match &self.nce_catalog {
            Some(catalog) => Cow::Borrowed(catalog),
            None => Cow::Owned(nce_sample_catalog()),
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

    /// The events of one customer, in order.
    pub fn customer_events<'a>(
        &'a self,
        customer_id: &'a str,
    ) -> impl Iterator<Item = &'a Event> + Clone {
        self.events
            .iter()
            .filter(move |e| e.customer_id.as_deref() == Some(customer_id))
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
}
