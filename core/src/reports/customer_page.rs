//! A customer's page: the customer derived from its own events, found through the book's
//! `CustomerEvents` index instead of going through the whole history.

use crate::billing::billing_engine;
use crate::billing::derive::{derive_events, Derived};
use crate::model::book::{Book, CustomerEvents};
use chrono::NaiveDate;

/// What `derive_customer(book, customer_id, today)` gives, with `index` of `book`'s events.
pub fn derive_indexed_customer(
    book: &Book,
    index: &CustomerEvents,
    customer_id: &str,
    today: NaiveDate,
) -> Derived {
    let settings = &book.settings;
    let horizon =
        billing_engine(settings.profile).upcoming_billing_date(today, settings.billing_day);
    let events = index.events(&book.events, customer_id);
    derive_events(book, events, today, horizon, None)
}
