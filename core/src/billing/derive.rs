//! Derivation: the state of every customer and subscription, and every charge line, as pure
//! functions of (history, catalog, settings, today).

use crate::base::dates::billing_date_after;
use crate::billing::invoice::{invoice_on, invoices_up_to, summaries_up_to, Invoice, InvoiceSummary};
use crate::model::book::Book;
use crate::model::charge_line::ChargeLine;
use crate::model::command::Command;
use crate::model::customer::Customer;
use crate::model::event::Event;
use crate::model::subscription::SubscriptionView;
use crate::billing::legacy::timeline::{replay, Ctx, ParentTrack};
use chrono::NaiveDate;
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Derived {
    pub today: NaiveDate,
    /// Lines are produced up to this billing date: the upcoming invoice's.
    pub horizon: NaiveDate,
    pub customers: Vec<Customer>,
    pub subscriptions: Vec<SubscriptionView>,
    /// Ordered by billing date, then in the order they arose.
    pub lines: Vec<ChargeLine>,
    /// Explanations of the money of `explain_on`'s events, for previews.
    pub notes: Vec<String>,
}

impl Derived {
    pub fn customer(&self, id: &str) -> Option<&Customer> {
        self.customers.iter().find(|c| c.id == id)
    }

    pub fn subscription(&self, id: &str) -> Option<&SubscriptionView> {
        self.subscriptions.iter().find(|s| s.id == id)
    }

    pub fn subscriptions_of<'a>(
        &'a self,
        customer_id: &'a str,
    ) -> impl Iterator<Item = &'a SubscriptionView> {
        self.subscriptions
            .iter()
            .filter(move |s| s.customer_id == customer_id)
    }

    /// Invoices of every billing date up to today (R1).
    pub fn invoices(&self) -> Vec<Invoice> {
        invoices_up_to(&self.lines, self.today)
    }

    /// Invoices up to today without their lines: cheap for a long history.
    pub fn invoice_summaries(&self) -> Vec<InvoiceSummary> {
        summaries_up_to(&self.lines, self.today)
    }

    /// The invoice of one billing date, with its lines.
    pub fn invoice(&self, billing_date: NaiveDate) -> Invoice {
        invoice_on(&self.lines, billing_date)
    }

    /// The next invoice, as it stands if nothing else happens before it.
    pub fn upcoming_invoice(&self) -> Invoice {
        invoice_on(&self.lines, self.horizon)
    }
}

/// The whole book as of `today`, with lines up to the upcoming invoice.
pub fn derive(book: &Book, today: NaiveDate) -> Derived {
    let horizon = billing_date_after(today, book.settings.billing_day);
    derive_events(book, book.events.iter(), today, horizon, None)
}

/// One customer as of `today`, with lines up to the upcoming invoice.
pub fn derive_customer(book: &Book, customer_id: &str, today: NaiveDate) -> Derived {
    let horizon = billing_date_after(today, book.settings.billing_day);
    derive_events(
        book,
        book.customer_events(customer_id),
        today,
        horizon,
        None,
    )
}

/// The state of every subscription as of `today` with only the upcoming invoice's lines: what
/// the dashboard needs, without keeping years of past lines.
pub fn derive_current(book: &Book, today: NaiveDate) -> Derived {
    let horizon = billing_date_after(today, book.settings.billing_day);
    derive_with(book, book.events.iter(), today, horizon, horizon, None)
}

/// The derivation itself: `events` (a subset of the book's, in order) up to `today`.
pub fn derive_events<'a>(
    book: &Book,
    events: impl Iterator<Item = &'a Event>,
    today: NaiveDate,
    horizon: NaiveDate,
    explain_on: Option<NaiveDate>,
) -> Derived {
    derive_with(book, events, today, horizon, NaiveDate::MIN, explain_on)
}

fn derive_with<'a>(
    book: &Book,
    events: impl Iterator<Item = &'a Event>,
    today: NaiveDate,
    horizon: NaiveDate,
    lines_from: NaiveDate,
    explain_on: Option<NaiveDate>,
) -> Derived {
    let catalog = book.catalog_on(today);
    let ctx = Ctx {
        profile: book.settings.profile,
        billing_day: book.settings.billing_day,
        catalog: &catalog,
        today,
        horizon,
        lines_from,
        explain_on,
    };
    let mut customers: Vec<Customer> = Vec::new();
    let mut customer_index: HashMap<String, usize> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    let mut by_sub: HashMap<&str, Vec<&Event>> = HashMap::new();
    for e in events.take_while(|e| e.date <= today) {
        match &e.command {
            Command::CreateCustomer(c) => {
                customer_index.insert(c.id.clone(), customers.len());
                customers.push(c.clone());
            }
            Command::EditCustomer(c) => {
                if let Some(&i) = customer_index.get(&c.id) {
                    customers[i] = c.clone();
                }
            }
            other => {
                if let Some(sub) = other.target_subscription() {
                    let list = by_sub.entry(sub).or_default();
                    if list.is_empty() {
                        order.push(sub);
                    }
                    list.push(e);
                }
            }
        }
    }
    let is_add_on = |id: &str| {
        by_sub[id]
            .first()
            .is_some_and(|e| matches!(e.command, Command::BuyAddOn { .. }))
    };
    let mut tracks: HashMap<&str, ParentTrack> = HashMap::new();
    let mut replays = HashMap::new();
    for pass_add_ons in [false, true] {
        for &id in order.iter().filter(|id| is_add_on(id) == pass_add_ons) {
            let parent = match &by_sub[id][0].command {
                Command::BuyAddOn { parent_id, .. } => tracks.get(parent_id.as_str()),
                _ => None,
            };
            if let Some(r) = replay(&by_sub[id], &ctx, parent) {
                if !pass_add_ons {
                    tracks.insert(id, r.track.clone());
                }
                replays.insert(id, r);
            }
        }
    }
    let mut subscriptions = Vec::with_capacity(order.len());
    let mut lines = Vec::new();
    let mut notes = Vec::new();
    for id in order {
        if let Some(r) = replays.remove(id) {
            subscriptions.push(r.view);
            lines.extend(r.lines);
            notes.extend(r.notes);
        }
    }
    lines.sort_by_key(|l| l.billing_date);
    Derived {
        today,
        horizon,
        customers,
        subscriptions,
        lines,
        notes,
    }
}
