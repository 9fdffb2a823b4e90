//! Derivation: the state of every customer and subscription, and every charge line, as pure
//! functions of (history, catalog, settings, today). Each subscription is replayed by the
//! engine of the book's rules profile.

use super::billing_engine;
use super::derive_group::group;
use super::engine::{BillingEngine, Replay, ReplayInput};
use super::invoice::{invoice_on, invoices_up_to, summaries_up_to, Invoice, InvoiceSummary};
use super::line_merge::merge_by_billing_date;
use crate::base::dates::{add_days, add_months, first_of_month};
use crate::base::say::PreviewNote;
use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::charge_line::ChargeLine;
use crate::model::customer::Customer;
use crate::model::event::Event;
use crate::model::nce::offer::NceCatalog;
use crate::model::settings::RulesProfile;
use crate::model::subscription::SubscriptionView;
use chrono::NaiveDate;
use std::borrow::Cow;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Derived {
    /// The rules profile the book was derived under: it dates and numbers the invoices.
    pub profile: RulesProfile,
    pub today: NaiveDate,
    /// Lines are produced up to this billing date: the upcoming invoice's.
    pub horizon: NaiveDate,
    pub customers: Vec<Customer>,
    pub subscriptions: Vec<SubscriptionView>,
    /// Ordered by billing date, then in the order they arose.
    pub lines: Vec<ChargeLine>,
    /// Explanations of the money of `explain_on`'s events, for previews: (the subscription's
    /// id, the explanation).
    pub notes: Vec<(String, PreviewNote)>,
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

    fn engine(&self) -> &'static dyn BillingEngine {
        billing_engine(self.profile)
    }

    /// The issued invoices: every billing date whose invoice is final as of today (R1, N7).
    pub fn invoices(&self) -> Vec<Invoice> {
        invoices_up_to(self.engine(), &self.lines, self.closed_through())
    }

    /// The issued invoices without their lines: cheap for a long history.
    pub fn invoice_summaries(&self) -> Vec<InvoiceSummary> {
        summaries_up_to(self.engine(), &self.lines, self.closed_through())
    }

    /// `invoice_summaries` of the invoices billed on `from` or later.
    pub fn invoice_summaries_from(&self, from: NaiveDate) -> Vec<InvoiceSummary> {
        let lines = &self.lines[self.lines.partition_point(|l| l.billing_date < from)..];
        summaries_up_to(self.engine(), lines, self.closed_through())
    }

    fn closed_through(&self) -> NaiveDate {
        self.engine().closed_through(self.today)
    }

    /// The invoice of one billing date, with its lines.
    pub fn invoice(&self, billing_date: NaiveDate) -> Invoice {
        invoice_on(self.engine(), &self.lines, billing_date)
    }

    /// The next invoice, as it stands if nothing else happens before it.
    pub fn upcoming_invoice(&self) -> Invoice {
        invoice_on(self.engine(), &self.lines, self.horizon)
    }
}

/// The billing date of the invoice after `today`: lines are derived up to it.
pub(super) fn upcoming_billing_date(book: &Book, today: NaiveDate) -> NaiveDate {
    billing_engine(book.settings.profile).upcoming_billing_date(today, book.settings.billing_day)
}

/// The whole book as of `today`, with lines up to the upcoming invoice.
pub fn derive(book: &Book, today: NaiveDate) -> Derived {
    derive_all_of(book, book.events.iter(), today)
}

/// `derive` of `events` (a subset of the book's, in order).
pub(super) fn derive_all_of<'a>(
    book: &Book,
    events: impl Iterator<Item = &'a Event> + Clone,
    today: NaiveDate,
) -> Derived {
    let horizon = upcoming_billing_date(book, today);
    derive_events(book, events, today, horizon, None)
}

/// One customer as of `today`, with lines up to the upcoming invoice.
pub fn derive_customer(book: &Book, customer_id: &str, today: NaiveDate) -> Derived {
    derive_all_of(book, book.customer_events(customer_id), today)
}

/// The state of every subscription as of `today` with only the upcoming invoice's lines.
pub fn derive_current(book: &Book, today: NaiveDate) -> Derived {
    derive_months(book, today, MonthWindow::default())
}

/// Whole months of invoices around the upcoming invoice's month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MonthWindow {
    pub before: i32,
    pub after: i32,
}

/// The state of every subscription as of `today`, with the lines billed in the months of
/// `window` around the upcoming invoice's month: the issued invoices before it, and after it
/// the invoices the replay forecasts if nothing else happens. What the dashboard needs from one
/// replay, without keeping years of past lines.
pub fn derive_months(book: &Book, today: NaiveDate, window: MonthWindow) -> Derived {
    derive_months_of(book, book.events.iter(), today, window)
}

/// `derive_months` of `events` (a subset of the book's, in order): the incremental derivation
/// derives the customers whose events changed with it.
pub(super) fn derive_months_of<'a>(
    book: &Book,
    events: impl Iterator<Item = &'a Event> + Clone,
    today: NaiveDate,
    window: MonthWindow,
) -> Derived {
    let (upcoming, lines_from, lines_until) = month_bounds(book, today, window);
    Derived {
        horizon: upcoming,
        ..derive_with(book, events, today, lines_until, lines_from, None)
    }
}

/// The upcoming invoice's billing date, and the first and last billing dates of the lines
/// `derive_months` keeps.
pub(super) fn month_bounds(
    book: &Book,
    today: NaiveDate,
    window: MonthWindow,
) -> (NaiveDate, NaiveDate, NaiveDate) {
    let upcoming = upcoming_billing_date(book, today);
    let month = first_of_month(upcoming);
    let lines_from = match window.before {
        0 => upcoming,
        months => add_months(month, -months),
    };
    let lines_until = match window.after {
        0 => upcoming,
        months => add_days(add_months(month, months + 1), -1),
    };
    (upcoming, lines_from, lines_until)
}

/// The derivation itself: `events` (a subset of the book's, in order) up to `today`.
pub fn derive_events<'a>(
    book: &Book,
    events: impl Iterator<Item = &'a Event> + Clone,
    today: NaiveDate,
    horizon: NaiveDate,
    explain_on: Option<NaiveDate>,
) -> Derived {
    derive_with(book, events, today, horizon, NaiveDate::MIN, explain_on)
}

fn derive_with<'a>(
    book: &Book,
    events: impl Iterator<Item = &'a Event> + Clone,
    today: NaiveDate,
    horizon: NaiveDate,
    lines_from: NaiveDate,
    explain_on: Option<NaiveDate>,
) -> Derived {
    let basis = Basis::new(book, today, horizon, lines_from, explain_on);
    let grouped = group(events, today);
    let input = basis.input(&grouped.customers);
    let replays = basis.engine().replay_all(&grouped.subscriptions, &input);
    let split = split_replays(replays);
    Derived {
        profile: book.settings.profile,
        today,
        horizon,
        customers: grouped.customers,
        subscriptions: split.views,
        lines: merge_by_billing_date(split.runs),
        notes: split.notes,
    }
}

/// What every replay of a derivation reads besides its subscription's events and customers.
pub(super) struct Basis<'b> {
    book: &'b Book,
    catalog: Catalog,
    nce_catalog: Cow<'b, NceCatalog>,
    today: NaiveDate,
    horizon: NaiveDate,
    lines_from: NaiveDate,
    explain_on: Option<NaiveDate>,
}

impl<'b> Basis<'b> {
    pub(super) fn new(
        book: &'b Book,
        today: NaiveDate,
        horizon: NaiveDate,
        lines_from: NaiveDate,
        explain_on: Option<NaiveDate>,
    ) -> Basis<'b> {
        Basis {
            book,
            catalog: book.catalog_on(today),
            nce_catalog: book.nce_catalog(),
            today,
            horizon,
            lines_from,
            explain_on,
        }
    }

    pub(super) fn engine(&self) -> &'static dyn BillingEngine {
        billing_engine(self.book.settings.profile)
    }

    pub(super) fn input<'i>(&'i self, customers: &'i [Customer]) -> ReplayInput<'i> {
        let settings = &self.book.settings;
        ReplayInput {
            billing_day: settings.billing_day,
            partner_id: &settings.partner_id,
            tax_percent: settings.tax_percent.0,
            catalog: &self.catalog,
            nce_catalog: &self.nce_catalog,
            customers,
            today: self.today,
            horizon: self.horizon,
            lines_from: self.lines_from,
            explain_on: self.explain_on,
        }
    }
}

/// The replays' views, their lines (a run each) and their notes beside their subscriptions'
/// ids, in the replays' order.
pub(super) struct SplitReplays {
    pub views: Vec<SubscriptionView>,
    pub runs: Vec<Vec<ChargeLine>>,
    pub notes: Vec<(String, PreviewNote)>,
}

pub(super) fn split_replays(replays: impl IntoIterator<Item = Replay>) -> SplitReplays {
    let mut split = SplitReplays {
        views: Vec::new(),
        runs: Vec::new(),
        notes: Vec::new(),
    };
    for r in replays {
        let id = &r.view.id;
        split
            .notes
            .extend(r.notes.into_iter().map(|n| (id.clone(), n)));
        split.views.push(r.view);
        split.runs.push(r.lines);
    }
    split
}
