//! Derivation: the state of every customer and subscription, and every charge line, as pure
//! functions of (history, catalog, settings, today). Each subscription is replayed by the
//! engine of the book's rules profile.

use super::billing_engine;
use super::engine::{BillingEngine, ReplayInput, SubscriptionEvents};
use super::invoice::{invoice_on, invoices_up_to, summaries_up_to, Invoice, InvoiceSummary};
use crate::base::dates::{add_days, add_months, first_of_month};
use crate::base::say::PreviewNote;
use crate::model::book::Book;
use crate::model::charge_line::ChargeLine;
use crate::model::command::Command;
use crate::model::corrections::Corrections;
use crate::model::customer::Customer;
use crate::model::event::Event;
use crate::model::settings::RulesProfile;
use crate::model::subscription::SubscriptionView;
use chrono::NaiveDate;
use std::collections::HashMap;

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
fn upcoming_billing_date(book: &Book, today: NaiveDate) -> NaiveDate {
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
    Derived {
        horizon: upcoming,
        ..derive_with(book, events, today, lines_until, lines_from, None)
    }
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

/// The customers, and each subscription's events in order, in the order subscriptions began.
struct Grouped<'a> {
    customers: Vec<Customer>,
    order: Vec<&'a str>,
    by_subscription: HashMap<&'a str, Vec<&'a Event>>,
}

fn group<'a>(events: impl Iterator<Item = &'a Event> + Clone, today: NaiveDate) -> Grouped<'a> {
    let corrections = Corrections::of(events.clone(), today);
    let mut customers: Vec<Customer> = Vec::new();
    let mut customer_index: HashMap<String, usize> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    let mut by_subscription: HashMap<&str, Vec<&Event>> = HashMap::new();
    for e in events.take_while(|e| e.date <= today) {
        if corrections.skips(e) {
            continue;
        }
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
                    let list = by_subscription.entry(sub).or_default();
                    if list.is_empty() {
                        order.push(sub);
                    }
                    list.push(e);
                }
            }
        }
    }
    customers.retain(|c| !corrections.is_deleted(&c.id));
    Grouped {
        customers,
        order,
        by_subscription,
    }
}

fn derive_with<'a>(
    book: &Book,
    events: impl Iterator<Item = &'a Event> + Clone,
    today: NaiveDate,
    horizon: NaiveDate,
    lines_from: NaiveDate,
    explain_on: Option<NaiveDate>,
) -> Derived {
    let catalog = book.catalog_on(today);
    let nce_catalog = book.nce_catalog();
    let grouped = group(events, today);
    let input = ReplayInput {
        billing_day: book.settings.billing_day,
        partner_id: &book.settings.partner_id,
        tax_percent: book.settings.tax_percent.0,
        catalog: &catalog,
        nce_catalog: &nce_catalog,
        customers: &grouped.customers,
        today,
        horizon,
        lines_from,
        explain_on,
    };
    let mut by_subscription = grouped.by_subscription;
    let subscriptions: Vec<SubscriptionEvents> = grouped
        .order
        .iter()
        .map(|id| SubscriptionEvents {
            id,
            events: by_subscription.remove(id).unwrap_or_default(),
        })
        .collect();
    let replays = billing_engine(book.settings.profile).replay_all(&subscriptions, &input);
    let mut views = Vec::with_capacity(replays.len());
    let mut runs = Vec::with_capacity(replays.len());
    let mut notes = Vec::new();
    for r in replays {
        notes.extend(r.notes.into_iter().map(|n| (r.view.id.clone(), n)));
        views.push(r.view);
        runs.push(r.lines);
    }
    let lines = merge_by_billing_date(runs);
    Derived {
        profile: book.settings.profile,
        today,
        horizon,
        customers: grouped.customers,
        subscriptions: views,
        lines,
        notes,
    }
}

/// Every replay's lines in one list by billing date, in the order a stable sort of them all by
/// billing date gives: one date's lines in the order of the replays, and within a replay in
/// the order they arose. A replay's lines are (nearly always) in date order already and a book
/// has few billing dates (one a month), so each date takes its lines from the front of every
/// replay's: each line is moved once, where a sort of a large book moves each about twenty times.
fn merge_by_billing_date(runs: Vec<Vec<ChargeLine>>) -> Vec<ChargeLine> {
    let mut dates: Vec<NaiveDate> = Vec::new();
    let mut total = 0;
    let mut runs: Vec<_> = runs
        .into_iter()
        .map(|mut run| {
            if !run.is_sorted_by_key(|l| l.billing_date) {
                run.sort_by_key(|l| l.billing_date);
            }
            total += run.len();
            for line in &run {
                if let Err(i) = dates.binary_search(&line.billing_date) {
                    dates.insert(i, line.billing_date);
                }
            }
            run.into_iter()
        })
        .collect();
    let mut lines = Vec::with_capacity(total);
    for date in dates {
        for run in &mut runs {
            let on_date = run
                .as_slice()
                .iter()
                .take_while(|l| l.billing_date == date)
                .count();
            lines.extend(run.by_ref().take(on_date));
        }
        runs.retain(|run| run.len() > 0);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::money::Money;
    use crate::model::catalog::BillingFrequency;
    use crate::model::charge_line::ChargeType;

    fn line(subscription: &str, billing_day: u32, quantity: u32) -> ChargeLine {
        let day = |d| NaiveDate::from_ymd_opt(2025, 1, d).expect("a day of January");
        ChargeLine {
            subscription_id: subscription.into(),
            customer_id: "c".into(),
            offer_id: "o".into(),
            charge_type: ChargeType::CycleCharge,
            start: day(1),
            end: day(1),
            unit_price: Money::ZERO,
            quantity,
            amount: Money::ZERO,
            billing_date: day(billing_day),
            frequency: BillingFrequency::Monthly,
            term_start: day(1),
            term_end: day(1),
            nce: None,
        }
    }

    #[test]
    fn r1_lines_merge_by_billing_date_as_a_stable_sort_orders_them() {
        let runs = vec![
            vec![line("a", 8, 1), line("a", 8, 2), line("a", 20, 3)],
            vec![],
            // Out of date order, as a replay may leave them.
            vec![
                line("b", 20, 4),
                line("b", 8, 5),
                line("b", 31, 6),
                line("b", 8, 7),
            ],
            vec![line("c", 31, 8), line("c", 31, 9)],
        ];
        let mut sorted: Vec<ChargeLine> = runs.iter().flatten().cloned().collect();
        sorted.sort_by_key(|l| l.billing_date);
        let merged = merge_by_billing_date(runs);
        let order: Vec<u32> = merged.iter().map(|l| l.quantity).collect();
        assert_eq!(order, [1, 2, 5, 7, 3, 4, 6, 8, 9]);
        assert_eq!(merged, sorted);
    }
}
