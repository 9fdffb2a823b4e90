//! What an action changed in a book, for the incremental derivation (`derive_patch`): the
//! customers whose events were added, and what deriving them again changed, for the views made
//! of a derivation to make again only that.

use super::derive::Derived;
use crate::model::book::{Book, History};
use crate::model::command::Command;
use crate::model::event::Event;
use chrono::NaiveDate;

/// What deriving again changed in a derivation: nothing else differs from the previous one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// The customers derived again (their details, subscriptions and lines), sorted.
    pub customers: Vec<String>,
    /// The billing dates whose lines differ, ascending.
    pub dates: Vec<NaiveDate>,
}

impl Change {
    /// `self` followed by `later`: what changed over both.
    pub fn then(mut self, later: &Change) -> Change {
        self.customers.extend(later.customers.iter().cloned());
        self.customers.sort_unstable();
        self.customers.dedup();
        self.dates.extend(later.dates.iter().copied());
        self.dates.sort_unstable();
        self.dates.dedup();
        self
    }

    pub fn has_customer(&self, id: &str) -> bool {
        self.customers
            .binary_search_by(|c| c.as_str().cmp(id))
            .is_ok()
    }

    /// The first billing date whose lines differ.
    pub fn first_date(&self) -> Option<NaiveDate> {
        self.dates.first().copied()
    }

    pub fn has_date(&self, date: NaiveDate) -> bool {
        self.dates.binary_search(&date).is_ok()
    }
}

/// The customers whose events were added to `before`'s to make `book`'s, sorted: the ones
/// `derive_again` derives again. None when anything else changed that a derivation reads: then
/// it derives the whole book.
pub fn changed_customers<'a>(
    previous: &Derived,
    before: &Book,
    book: &'a Book,
    today: NaiveDate,
) -> Option<Vec<&'a str>> {
    let same_basis = previous.today == today
        && previous.profile == book.settings.profile
        && before.settings == book.settings
        && before.catalog == book.catalog
        && before.nce_catalog == book.nce_catalog;
    let kept = before.events.len();
    if !same_basis || !extends(&book.events, &before.events) {
        return None;
    }
    let mut customers = book.events[kept..]
        .iter()
        .map(|e| customer_touched(book, e))
        .collect::<Option<Vec<&str>>>()?;
    customers.sort_unstable();
    customers.dedup();
    Some(customers)
}

/// Whether `history` is `earlier` with events appended: told by their lineage when one was
/// copied from the other (an action), else by comparing them (a book read again, another
/// tab's, restored, rebased or undone).
fn extends(history: &History, earlier: &History) -> bool {
    let kept = earlier.len();
    // Another tab's history put under ours differs first at its end: compared from there.
    history.extends(earlier)
        || (history.len() >= kept && history[..kept].iter().rev().eq(earlier.iter().rev()))
}

/// The one customer whose derivation `event` changes, when it changes no other's and not the
/// catalog.
fn customer_touched<'a>(book: &'a Book, event: &'a Event) -> Option<&'a str> {
    let customer = event.customer_id.as_deref()?;
    let own = |e: &Event| e.customer_id.as_deref() == Some(customer);
    let concerns_it = match &event.command {
        Command::ChangePrice { .. } | Command::ImportPriceList(_) => false,
        Command::CreateCustomer(c) | Command::EditCustomer(c) => c.id == customer,
        Command::DeleteCustomer { customer_id } => customer_id == customer,
        // An undo skips the action and what it set off: all of them must be this customer's.
        Command::UndoAction { customer_id, seq } => {
            let from = book.events.partition_point(|e| e.seq < *seq);
            let undone = &book.events[from..];
            customer_id == customer
                && undone.first().is_some_and(|e| e.seq == *seq)
                && undone
                    .iter()
                    .filter(|e| e.seq == *seq || e.caused_by == Some(*seq))
                    .all(own)
        }
        _ => true,
    };
    concerns_it.then_some(customer)
}
