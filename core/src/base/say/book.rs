//! Refusals of the book's own rules, whatever the profile: the history moves forward (H1),
//! corrections (H2, H3), ids that name nothing, a program switch (N37), plain input.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which date of an action H1 speaks of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HistoryDay {
    /// Today, possibly moved.
    Today,
    /// The effective date entered in an action form.
    EffectiveDate,
    /// The date of an action replayed from a scenario or a backup.
    ActionDate,
}

/// A billing program, as N37 names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProgramWord {
    Legacy,
    NewCommerce,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BookRefusal {
    /// H1: `day` is after `today`.
    AfterToday {
        named: HistoryDay,
        day: NaiveDate,
        today: NaiveDate,
    },
    /// H1: `day` is before the latest recorded action, of `last`.
    BeforeLatest {
        named: HistoryDay,
        day: NaiveDate,
        last: NaiveDate,
    },
    /// H2: the action is no longer the customer's most recent.
    OnlyMostRecentUndone,
    /// H2: the customer's creation is its only action.
    CreationNotUndone,
    /// H2: an invoice was issued since the action.
    InvoicedSince {
        taken: NaiveDate,
        invoice: NaiveDate,
    },
    /// H3: a customer with subscriptions.
    CustomerHasSubscriptions,
    /// An unknown subscription id.
    NoSuchSubscription,
    /// An unknown offer id.
    NoSuchOffer,
    /// A new subscription's id is taken.
    SubscriptionIdTaken,
    /// An unknown customer id.
    NoSuchCustomer,
    /// A new customer's id is taken.
    CustomerIdTaken,
    /// Another customer has the domain.
    DomainTaken { domain: String },
    /// A nickname longer than `max` characters.
    NicknameTooLong { max: u32 },
    /// N37: the book's subscriptions are of one program.
    ProgramFixed { from: ProgramWord, to: ProgramWord },
    /// A command the rule set was handed by mistake: not an order.
    NotAnOrder,
    /// As above: not a correction.
    NotACorrection,
}
