//! The whole derivation in the background: core `DeriveBoth` a step at a time between turns
//! of the event loop, given up as soon as another book or day is shown.

use crate::store::event_loop::next_turn;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_both::DeriveBoth;
use partnerdesk_core::billing::derive_change::Change;
use partnerdesk_core::billing::derive_steps::Progress;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use std::sync::Arc;

/// Units of work a step (about a subscription replayed each): some 30–50 ms in wasm on the
/// generated 10,000-customer book (core example `bench_derive_steps`; the view benchmark
/// measures the steps in the browser with it).
pub const WORK_PER_STEP: usize = 500;

/// Both derivations of one book as of one day.
pub(super) struct Derivation {
    pub book: Arc<Book>,
    pub today: NaiveDate,
    pub every: Derived,
    pub months: Derived,
    /// What changed since an earlier derivation, when this one was patched from it.
    pub since: Option<Box<Since>>,
}

/// What changed in each span since the derivation `version` (the derivations shown are
/// numbered): a view made of that one, or of a later one it was patched to, makes again only
/// this.
#[derive(Clone, Debug)]
pub(super) struct Since {
    pub version: u64,
    pub every: Change,
    pub months: Change,
}

/// The derivation being worked out and the last one done.
#[derive(Default)]
pub(super) struct Jobs {
    /// Counts the derivations started: only the latest goes on.
    generation: u64,
    /// The book and day of the latest.
    pub target: Option<(Arc<Book>, NaiveDate)>,
    /// Its result, until the views take it.
    pub done: Option<Derivation>,
}

impl Jobs {
    /// A derivation of `book` as of `today` replaces any other: its generation.
    pub fn start(&mut self, book: Arc<Book>, today: NaiveDate) -> u64 {
        self.generation += 1;
        self.target = Some((book, today));
        self.done = None;
        self.generation
    }

    /// No derivation goes on (the book shown was derived at once).
    pub fn cancel(&mut self) {
        self.generation += 1;
        self.target = None;
        self.done = None;
    }

    fn is_latest(jobs: StoredValue<Jobs>, generation: u64) -> bool {
        jobs.try_with_value(|j| j.generation == generation)
            .unwrap_or(false)
    }
}

/// Derives `book` as of `today` in steps, with `progress` after each; hands the result to
/// `jobs` and says so through `delivered`. Stops when a later derivation started.
pub(super) async fn derive_in_background(
    book: Arc<Book>,
    today: NaiveDate,
    generation: u64,
    jobs: StoredValue<Jobs>,
    progress: RwSignal<Option<Progress>>,
    delivered: RwSignal<u64>,
) {
    progress.try_set(Some(Progress { done: 0, of: 0 }));
    // The page is drawn first.
    next_turn().await;
    let mut steps = DeriveBoth::new(&book, today, CHART_WINDOW);
    while !steps.is_done() {
        if !Jobs::is_latest(jobs, generation) {
            return;
        }
        progress.try_set(Some(steps.step(WORK_PER_STEP)));
        next_turn().await;
    }
    if !Jobs::is_latest(jobs, generation) {
        return;
    }
    let (every, months) = steps.finish();
    let derivation = Derivation {
        book: book.clone(),
        today,
        every,
        months,
        since: None,
    };
    jobs.try_update_value(|j| {
        j.target = None;
        j.done = Some(derivation);
    });
    delivered.try_update(|n| *n += 1);
}
