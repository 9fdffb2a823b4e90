//! What the dashboard and Billing show of the book's derivation, worked out once per derivation
//! and kept at the app's root: a page opened again with nothing changed only draws. Memos are
//! lazy: a partner who never opens Billing never pays for its figures.

use super::book_state::{use_book, BookState};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::base::stable_sort::sort_stable_by;
use partnerdesk_core::billing::invoice::{CustomerSubtotal, Invoice};
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::reports::board::{board, Board};
use partnerdesk_core::reports::cockpit::{cockpit, Cockpit};
use partnerdesk_core::reports::invoice_list::{invoice_list, InvoiceList};
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
}

/// A value made again only when what it reads changes, and then taken as changed: comparing
/// thousands of rows with the previous ones would cost what making them does.
fn shared<T: Send + Sync + 'static>(make: impl Fn() -> T + Send + Sync + 'static) -> Memo<Arc<T>> {
    Memo::new_with_compare(move |_| Arc::new(make()), |_, _| true)
}

#[derive(Clone, Copy, Debug)]
pub struct Views {
    book: BookState,
    board: Memo<Arc<Board>>,
    cockpit: Memo<Arc<Cockpit>>,
    invoices: Memo<Arc<InvoiceList>>,
    names: Memo<Names>,
    /// The invoice Billing opens on: the latest issued, or the upcoming one.
    latest: Memo<Arc<ShownInvoice>>,
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
        let invoices = shared(move || book.all().with(invoice_list));
        let names = shared(move || {
            book.all().with(|state| {
                state
                    .customers
                    .iter()
                    .map(|c| (Arc::from(c.id.as_str()), c.company_name.clone()))
                    .collect()
            })
        });
        let latest = shared(move || {
            let date = invoices.with(|list| list.latest_date());
            let invoice = book.all().with(|state| state.invoice(date));
            names.with(|names| ShownInvoice::new(invoice, names))
        });
        provide_context(Views {
            book,
            board,
            cockpit,
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

    pub fn invoices(&self) -> Memo<Arc<InvoiceList>> {
        self.invoices
    }

    pub fn names(&self) -> Memo<Names> {
        self.names
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
