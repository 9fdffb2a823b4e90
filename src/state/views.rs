//! What the dashboard and Billing show of the book's derivation, worked out once per derivation
//! and kept at the app's root: a page opened again with nothing changed only draws. Memos are
//! lazy: a partner who never opens Billing never pays for its figures. And where each
//! customer's events are, so that a customer's page reads only its own.

use super::book_state::{use_book, BookState, DerivedState};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::base::stable_sort::sort_stable_by;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_change::Change;
use partnerdesk_core::billing::invoice::{CustomerSubtotal, Invoice};
use partnerdesk_core::model::book::CustomerEvents;
use partnerdesk_core::model::charge_line::ChargeType;
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
use std::collections::HashMap;
use std::sync::Arc;

/// Company names by customer id.
pub type Names = Arc<HashMap<Arc<str>, String>>;

/// One invoice as Billing shows it: its lines, each customer's subtotal (in order of their
/// first line), its charge types, and its customers sorted by name for the filter.
pub struct ShownInvoice {
    pub invoice: Invoice,
    pub subtotals: Vec<CustomerSubtotal>,
    pub charge_types: Vec<ChargeType>,
    /// (id, name) of each customer billed on it, by name.
    pub customers: Vec<(String, String)>,
}

impl ShownInvoice {
    fn new(invoice: Invoice, names: &Names) -> ShownInvoice {
        let subtotals = invoice.customer_subtotals();
        let mut customers: Vec<(String, String)> = subtotals
            .iter()
            .map(|s| {
                let name = names.get(&s.customer_id).cloned().unwrap_or_default();
                (s.customer_id.to_string(), name)
            })
            .collect();
        sort_stable_by(&mut customers, |a, b| a.1.cmp(&b.1));
        ShownInvoice {
            charge_types: invoice.charge_types(),
            subtotals,
            customers,
            invoice,
        }
    }

    /// Whether it is still what `change` leaves of the invoice of `date`: its lines did not
    /// change, nor the names of its customers.
    fn outlives(&self, date: NaiveDate, change: &Change) -> bool {
        self.invoice.billing_date == date
            && !change.has_date(date)
            && !self.customers.iter().any(|(id, _)| change.has_customer(id))
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
        let names = shared(move || {
            book.all().with(|state| {
                state
                    .customers
                    .iter()
                    .map(|c| (Arc::from(c.id.as_str()), c.company_name.clone()))
                    .collect()
            })
        });
        let latest_invoice = move || {
            let date = invoices.with(|list| list.latest_date());
            let invoice = book.all().with(|state| state.invoice(date));
            names.with(|names| ShownInvoice::new(invoice, names))
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
        });
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
        let invoice = self.book.all().with(|state| state.invoice(date));
        Arc::new(self.names.with(|names| ShownInvoice::new(invoice, names)))
    }
}

pub fn use_views() -> Views {
    expect_context::<Views>()
}
