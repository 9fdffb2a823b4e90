//! What the dashboard and Billing show of the book's derivation, worked out once per derivation
//! and kept at the app's root: a page opened again with nothing changed only draws. Memos are
//! lazy: a partner who never opens Billing never pays for its figures. And where each
//! customer's events are, so that a customer's page reads only its own.

use super::book_state::{use_book, BookState, DerivedState};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::base::fast_hash::FastHashMap;
use partnerdesk_core::base::stable_sort::sort_stable_by;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_change::Change;
use partnerdesk_core::billing::invoice::{CustomerSubtotal, Invoice};
use partnerdesk_core::model::book::CustomerEvents;
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::model::customer::Customer;
use partnerdesk_core::model::event::Event;
use partnerdesk_core::model::subscription::Status;
use partnerdesk_core::reports::board::{board, Board};
use partnerdesk_core::reports::cockpit::{cockpit, Cockpit};
use partnerdesk_core::reports::customer_page::derive_indexed_customer;
use partnerdesk_core::reports::dashboard::{trial_count, trial_rows, Dashboard, DateRow, TrialRow};
use partnerdesk_core::reports::invoice_list::{invoice_list, invoice_list_again, InvoiceList};
use partnerdesk_core::reports::nce_dashboard::{
    ConversionRow, NceDashboard, RefusedRow, WindowRow,
};
use partnerdesk_core::reports::trial_export::{pipeline_rows, TrialRow as PipelineRow};
use std::sync::Arc;

/// Company names by customer id.
pub type Names = Arc<FastHashMap<Arc<str>, String>>;

/// One invoice as Billing shows it: its lines, each customer's subtotal (in order of their
/// first line) and its charge types. Names are read where they are shown: a renamed customer
/// does not make the invoice again.
pub struct ShownInvoice {
    pub invoice: Invoice,
    pub subtotals: Vec<CustomerSubtotal>,
    pub charge_types: Vec<ChargeType>,
}

impl ShownInvoice {
    fn new(invoice: Invoice) -> ShownInvoice {
        ShownInvoice {
            charge_types: invoice.charge_types(),
            subtotals: invoice.customer_subtotals(),
            invoice,
        }
    }

    /// Whether it is still what `change` leaves of the invoice of `date`: its lines did not
    /// change.
    fn outlives(&self, date: NaiveDate, change: &Change) -> bool {
        self.invoice.billing_date == date && !change.has_date(date)
    }
}

/// A value made again only when what it reads changes, and then taken as changed: comparing
/// thousands of rows with the previous ones would cost what making them does.
fn shared<T: Send + Sync + 'static>(make: impl Fn() -> T + Send + Sync + 'static) -> Memo<Arc<T>> {
    Memo::new_with_compare(move |_| Arc::new(make()), |_, _| true)
}

/// `shared`, made of the derivation of `span`: after a patch of it, `again` makes the value
/// from the one made of an earlier derivation and what changed since.
fn patched<T: Send + Sync + 'static>(
    span: DerivedState,
    make: impl Fn() -> T + Send + Sync + 'static,
    again: impl Fn(Arc<T>, &Change) -> Arc<T> + Send + Sync + 'static,
) -> Memo<Arc<T>> {
    // The derivation the value was made of (0: none yet).
    let made_of = StoredValue::new(0u64);
    Memo::new_owning(move |previous: Option<Arc<T>>| {
        let version = span.version();
        let was = made_of.get_value();
        let change = (was != version).then(|| span.change_since(was)).flatten();
        let value = match (previous, change) {
            (Some(previous), Some(change)) => again(previous, &change),
            _ => Arc::new(make()),
        };
        made_of.set_value(version);
        (value, true)
    })
}

fn names_of(customers: &[Customer]) -> FastHashMap<Arc<str>, String> {
    let names = customers
        .iter()
        .map(|c| (Arc::from(c.id.as_str()), c.company_name.clone()));
    names.collect()
}

/// The names after `change`: the same when none of the customers it derived again is new or
/// renamed (an action rarely renames), so nothing that shows names is made again.
fn names_again(previous: Names, customers: &[Customer], change: &Change) -> Names {
    let renamed = customers
        .iter()
        .filter(|c| change.has_customer(&c.id))
        .any(|c| previous.get(c.id.as_str()) != Some(&c.company_name));
    match renamed || previous.len() != customers.len() {
        true => Arc::new(names_of(customers)),
        false => previous,
    }
}

/// A list of one program's dashboard, kept apart so that its pager reads it without a copy:
/// empty under the other program.
fn list<T: Send + Sync + 'static>(
    board: Memo<Arc<Board>>,
    pick: fn(&Board) -> Option<Vec<T>>,
) -> Memo<Vec<T>> {
    Memo::new_with_compare(
        move |_| board.with(|b| pick(b).unwrap_or_default()),
        |_, _| true,
    )
}

fn legacy(board: &Board) -> Option<&Dashboard> {
    match board {
        Board::LicenseBased(d) => Some(d),
        Board::NewCommerce(_) => None,
    }
}

fn nce(board: &Board) -> Option<&NceDashboard> {
    match board {
        Board::NewCommerce(d) => Some(d),
        Board::LicenseBased(_) => None,
    }
}

/// The license-based dashboard's lists (T10-T12, C10).
#[derive(Clone, Copy, Debug)]
pub struct LegacyLists {
    pub ending: Memo<Vec<TrialRow>>,
    pub expired: Memo<Vec<TrialRow>>,
    pub renewals: Memo<Vec<DateRow>>,
    pub deletions: Memo<Vec<DateRow>>,
    /// Every trial still running.
    pub running: Memo<Vec<TrialRow>>,
}

impl LegacyLists {
    fn new(board: Memo<Arc<Board>>) -> LegacyLists {
        LegacyLists {
            ending: list(board, |b| legacy(b).map(|d| d.trials_ending_soon.clone())),
            expired: list(board, |b| legacy(b).map(|d| d.expired_trials.clone())),
            renewals: list(board, |b| legacy(b).map(|d| d.renewals.clone())),
            deletions: list(board, |b| legacy(b).map(|d| d.nearing_deletion.clone())),
            running: list(board, |b| {
                let trials = &legacy(b)?.trials;
                let running = trials.iter().filter(|t| t.status == Status::Trial);
                Some(running.cloned().collect())
            }),
        }
    }
}

/// New commerce's dashboard lists (N14, N15, N20, N31, T11).
#[derive(Clone, Copy, Debug)]
pub struct NceLists {
    pub windows: Memo<Vec<WindowRow>>,
    pub conversions: Memo<Vec<ConversionRow>>,
    pub renewals: Memo<Vec<DateRow>>,
    pub refused: Memo<Vec<RefusedRow>>,
    pub expired: Memo<Vec<TrialRow>>,
}

impl NceLists {
    fn new(board: Memo<Arc<Board>>) -> NceLists {
        NceLists {
            windows: list(board, |b| nce(b).map(|d| d.windows_closing.clone())),
            conversions: list(board, |b| nce(b).map(|d| d.conversions.clone())),
            renewals: list(board, |b| nce(b).map(|d| d.renewals.clone())),
            refused: list(board, |b| nce(b).map(|d| d.refused.clone())),
            expired: list(board, |b| nce(b).map(|d| d.expired_trials.clone())),
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Views {
    book: BookState,
    board: Memo<Arc<Board>>,
    cockpit: Memo<Arc<Cockpit>>,
    legacy_lists: LegacyLists,
    nce_lists: NceLists,
    invoices: Memo<Arc<InvoiceList>>,
    names: Memo<Names>,
    /// The invoice Billing opens on: the latest issued, or the upcoming one.
    latest: Memo<Arc<ShownInvoice>>,
    /// Every trial not converted, as Billing's trial pipeline file lists them.
    trial_pipeline: Memo<Arc<Vec<PipelineRow>>>,
    /// How many: what Billing shows without making the rows.
    trial_count: Memo<usize>,
    /// Where each customer's events are: brought up to date after an action, not made again.
    customer_events: Memo<CustomerEvents>,
    /// The customers of the invoice last asked for, by name.
    by_name: StoredValue<Option<ByName>>,
}

/// An invoice's customers as (id, name), by name: the customer filter's list. Sorting 10,000
/// names takes about 10 ms: kept for the invoice and the names it was made of, so that an
/// action leaving both alone, or Billing opened again, does not sort them again.
struct ByName {
    invoice: Arc<ShownInvoice>,
    names: Names,
    customers: Arc<Vec<(String, String)>>,
}

fn by_name(invoice: &ShownInvoice, names: &Names) -> Vec<(String, String)> {
    let mut customers: Vec<(String, String)> = invoice
        .subtotals
        .iter()
        .map(|s| {
            let name = names.get(&s.customer_id).cloned().unwrap_or_default();
            (s.customer_id.to_string(), name)
        })
        .collect();
    sort_stable_by(&mut customers, |a, b| a.1.cmp(&b.1));
    customers
}

impl Views {
    /// Needs the BookState context.
    pub fn provide() {
        let book = use_book();
        let board = shared(move || {
            book.current()
                .with(|state| book.catalog().with(|catalog| board(state, catalog)))
        });
        // From the same derivation as the board: the dashboard replays the book once.
        let cockpit = shared(move || {
            book.current()
                .with(|state| board.with(|b| cockpit(state, b)))
        });
        let invoices = patched(
            book.all(),
            move || book.all().with(invoice_list),
            move |previous, change| {
                Arc::new(
                    book.all()
                        .with(|s| invoice_list_again(&previous, s, change)),
                )
            },
        );
        let names = patched(
            book.all(),
            move || book.all().with(|state| names_of(&state.customers)),
            move |previous, change| {
                book.all()
                    .with(|state| names_again(previous, &state.customers, change))
            },
        );
        let latest_invoice = move || {
            let date = invoices.with(|list| list.latest_date());
            let invoice = book.all().with(|state| state.invoice(date));
            ShownInvoice::new(invoice)
        };
        let latest = patched(book.all(), latest_invoice, move |previous, change| {
            let date = invoices.with(|list| list.latest_date());
            match previous.outlives(date, change) {
                true => previous,
                false => Arc::new(latest_invoice()),
            }
        });
        let customer_events = Memo::new_owning(move |index: Option<CustomerEvents>| {
            let index = book.with(|b| match index {
                Some(index) => index.brought_up_to(&b.events),
                None => CustomerEvents::of(&b.events),
            });
            (index, true)
        });
        // From the whole book Billing has derived anyway, not from the dashboard's derivation.
        let trial_pipeline = shared(move || {
            book.all().with(|state| {
                book.catalog().with(|catalog| {
                    pipeline_rows(&trial_rows(state, catalog, state.subscriptions.iter()))
                })
            })
        });
        let trial_count = Memo::new(move |_| book.all().with(trial_count));
        provide_context(Views {
            trial_pipeline,
            trial_count,
            customer_events,
            book,
            board,
            cockpit,
            legacy_lists: LegacyLists::new(board),
            nce_lists: NceLists::new(board),
            invoices,
            names,
            latest,
            by_name: StoredValue::new(None),
        });
    }

    /// The customers of `invoice` as (id, name), by name, with `names`.
    pub fn customers_by_name(
        &self,
        invoice: &Arc<ShownInvoice>,
        names: &Names,
    ) -> Arc<Vec<(String, String)>> {
        let kept = self.by_name.with_value(|kept| {
            let made_of =
                |k: &&ByName| Arc::ptr_eq(&k.invoice, invoice) && Arc::ptr_eq(&k.names, names);
            kept.as_ref()
                .filter(made_of)
                .map(|k| Arc::clone(&k.customers))
        });
        kept.unwrap_or_else(|| {
            let customers = Arc::new(by_name(invoice, names));
            self.by_name.set_value(Some(ByName {
                invoice: Arc::clone(invoice),
                names: Arc::clone(names),
                customers: Arc::clone(&customers),
            }));
            customers
        })
    }

    /// Works out what Billing opens on: the invoice list, the latest invoice, its customers by
    /// name. Its first opening then only draws; after an action each is brought up to date
    /// from what changed (well under a millisecond), not made again.
    pub fn work_out_billing(&self) {
        self.invoices.with_untracked(|_| ());
        let latest = self.latest.get_untracked();
        self.customers_by_name(&latest, &self.names.get_untracked());
    }

    pub fn board(&self) -> Memo<Arc<Board>> {
        self.board
    }

    pub fn cockpit(&self) -> Memo<Arc<Cockpit>> {
        self.cockpit
    }

    pub fn legacy_lists(&self) -> LegacyLists {
        self.legacy_lists
    }

    pub fn nce_lists(&self) -> NceLists {
        self.nce_lists
    }

    pub fn invoices(&self) -> Memo<Arc<InvoiceList>> {
        self.invoices
    }

    pub fn trial_pipeline(&self) -> Memo<Arc<Vec<PipelineRow>>> {
        self.trial_pipeline
    }

    pub fn trial_count(&self) -> Memo<usize> {
        self.trial_count
    }

    pub fn names(&self) -> Memo<Names> {
        self.names
    }

    /// One customer as of today (reactive), from its own events.
    pub fn customer(&self, customer_id: &str) -> Derived {
        let today = self.book.today();
        self.book.with(|b| {
            self.customer_events
                .with(|index| derive_indexed_customer(b, index, customer_id, today))
        })
    }

    /// One customer's events, in order (reactive).
    pub fn customer_events(&self, customer_id: &str) -> Vec<Event> {
        self.book.with(|b| {
            self.customer_events
                .with(|index| index.events(&b.events, customer_id).cloned().collect())
        })
    }

    /// The invoice of `date` as Billing shows it (reactive); the latest one is kept.
    pub fn invoice(&self, date: NaiveDate) -> Arc<ShownInvoice> {
        if self.invoices.with(|list| list.latest_date()) == date {
            return self.latest.get();
        }
        Arc::new(ShownInvoice::new(
            self.book.all().with(|state| state.invoice(date)),
        ))
    }
}

pub fn use_views() -> Views {
    expect_context::<Views>()
}

#[cfg(test)]
mod tests;
