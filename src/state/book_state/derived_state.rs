//! The book derived as of today, kept between changes: after an action the core derives again
//! only the customers whose events changed (core `derive_again`), so a view opened after one
//! doesn't replay the whole book. The memo owns its previous value: no copy of hundreds of
//! thousands of lines, and no comparison of them either.

use crate::state::clock::Clock;
use leptos::prelude::*;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_patch::{derive_again, derive_span, LineSpan};
use partnerdesk_core::model::book::Book;
use std::sync::Arc;

/// A derivation and the book it was derived from.
struct Derivation {
    book: Arc<Book>,
    derived: Derived,
}

/// The book as of today with the lines of one span (reactive: it follows the book and the
/// clock).
#[derive(Clone, Copy, Debug)]
pub struct DerivedState(Memo<Derivation>);

impl DerivedState {
    pub(super) fn new(book: Memo<Arc<Book>>, clock: Clock, span: LineSpan) -> DerivedState {
        DerivedState(Memo::new_owning(move |previous: Option<Derivation>| {
            let today = clock.today();
            let book = book.get();
            let derived = match previous {
                Some(previous) => {
                    derive_again(previous.derived, &previous.book, &book, today, span)
                }
                None => derive_span(&book, today, span),
            };
            (Derivation { book, derived }, true)
        }))
    }

    /// Reads the derivation without copying it (reactive).
    pub fn with<R>(&self, f: impl FnOnce(&Derived) -> R) -> R {
        self.0.with(|d| f(&d.derived))
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&Derived) -> R) -> R {
        self.0.with_untracked(|d| f(&d.derived))
    }
}
