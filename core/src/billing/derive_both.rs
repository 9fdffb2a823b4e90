//! One derivation serving both of the app's (issue 13): every line (`LineSpan::Every`, Billing's)
//! and the dashboard chart's months (`LineSpan::Months`), which a partner who opens both would
//! otherwise pay two whole derivations for. The chart's window reaches past the upcoming
//! invoice (its forecast months), so the replays go as far as the window's end and keep every
//! line from the first; a replay's lines up to a day are the same however much further it
//! goes, so each span's lines are a range of these (core/tests/derive_in_steps.rs checks both
//! against `derive_span`). The window's copy of the customers, subscriptions and lines it
//! shares with every line's is made in steps too: at once it takes about a fifth of a whole
//! derivation.

use super::derive::{month_bounds, Derived, MonthWindow};
use super::derive_steps::{DeriveSteps, Progress};
use crate::model::book::Book;
use crate::model::charge_line::ChargeLine;
use chrono::NaiveDate;
use std::ops::Range;
use std::vec::IntoIter;

/// What copying a line costs in a unit of work (a subscription replayed), and a subscription
/// or a customer in lines: measured natively on the generated books.
const LINES_PER_WORK: usize = 200;
const LINES_PER_SUBSCRIPTION: usize = 12;
const LINES_PER_CUSTOMER: usize = 3;

/// The derivations `derive_span(book, today, LineSpan::Every)` and `derive_span(book, today,
/// LineSpan::Months(window))` from one run in steps.
pub struct DeriveBoth<'a> {
    /// Every line's derivation, until it is done.
    steps: Option<DeriveSteps<'a>>,
    /// The billing dates of the window's first and last lines.
    window: (NaiveDate, NaiveDate),
    /// Then the window's being copied from it.
    copying: Option<Copying>,
}

/// Every line's derivation done, the window's being copied from it.
struct Copying {
    every: Derived,
    months: Derived,
    /// The window's lines up to the upcoming invoice's, in `every`, not copied yet.
    shared: Range<usize>,
    /// The window's lines after the upcoming invoice: its own, moved after the shared ones.
    forecast: IntoIter<ChargeLine>,
    /// The customers replayed, all of them.
    replayed: Progress,
}

impl<'a> DeriveBoth<'a> {
    pub fn new(book: &'a Book, today: NaiveDate, window: MonthWindow) -> DeriveBoth<'a> {
        let (upcoming, from, until) = month_bounds(book, today, window);
        let last = until.max(upcoming);
        DeriveBoth {
            steps: Some(DeriveSteps::with_lines(
                book,
                today,
                upcoming,
                NaiveDate::MIN..=last,
            )),
            window: (from, until),
            copying: None,
        }
    }

    /// As `DeriveSteps::step`, the copy last.
    pub fn step(&mut self, work: usize) -> Progress {
        match self.steps.take() {
            Some(steps) if steps.is_done() => {
                let replayed = steps.progress();
                self.copying = Some(Copying::new(steps.finish(), self.window, replayed));
            }
            Some(mut steps) => {
                steps.step(work);
                self.steps = Some(steps);
            }
            None => {
                if let Some(copying) = &mut self.copying {
                    copying.copy(work.saturating_mul(LINES_PER_WORK));
                }
            }
        }
        self.progress()
    }

    pub fn progress(&self) -> Progress {
        match (&self.steps, &self.copying) {
            (Some(steps), _) => steps.progress(),
            (None, Some(copying)) => copying.replayed,
            (None, None) => Progress { done: 0, of: 0 },
        }
    }

    pub fn is_done(&self) -> bool {
        self.copying.as_ref().is_some_and(Copying::is_done)
    }

    /// Every line's derivation and the window's, the remaining steps done at once.
    pub fn finish(mut self) -> (Derived, Derived) {
        while !self.is_done() {
            self.step(usize::MAX);
        }
        match self.copying {
            Some(copying) => copying.into_both(),
            None => unreachable!("done only once copied"),
        }
    }
}

impl Copying {
    /// The window's lines found in `every`'s (in billing date order: a range), its forecast
    /// moved out.
    fn new(
        mut every: Derived,
        (from, until): (NaiveDate, NaiveDate),
        replayed: Progress,
    ) -> Copying {
        let lines = &every.lines;
        let start = lines.partition_point(|l| l.billing_date < from);
        let end = lines.partition_point(|l| l.billing_date <= until);
        let upcoming_end = lines.partition_point(|l| l.billing_date <= every.horizon);
        let shared = start.min(upcoming_end)..end.min(upcoming_end);
        let forecast: Vec<ChargeLine> = every
            .lines
            .drain(upcoming_end..)
            .skip(start.saturating_sub(upcoming_end))
            .take(end.saturating_sub(start.max(upcoming_end)))
            .collect();
        let months = Derived {
            profile: every.profile,
            today: every.today,
            horizon: every.horizon,
            customers: Vec::with_capacity(every.customers.len()),
            subscriptions: Vec::with_capacity(every.subscriptions.len()),
            lines: Vec::with_capacity(shared.len() + forecast.len()),
            notes: every.notes.clone(),
        };
        Copying {
            shared,
            every,
            months,
            forecast: forecast.into_iter(),
            replayed,
        }
    }

    /// Copies about `budget` lines' worth: the shared lines, then the forecast's (moved), then
    /// subscriptions, then customers.
    fn copy(&mut self, budget: usize) {
        // Enough for one subscription: a step of any budget copies something, so copying ends.
        let mut budget = budget.max(LINES_PER_SUBSCRIPTION);
        let lines = self.shared.len().min(budget);
        let from = self.shared.start;
        self.months
            .lines
            .extend_from_slice(&self.every.lines[from..from + lines]);
        self.shared.start += lines;
        budget -= lines;
        let forecast = self.forecast.len().min(budget);
        self.months
            .lines
            .extend(self.forecast.by_ref().take(forecast));
        budget -= forecast;
        let subscriptions = copy_more(
            &self.every.subscriptions,
            &mut self.months.subscriptions,
            budget / LINES_PER_SUBSCRIPTION,
        );
        budget -= subscriptions * LINES_PER_SUBSCRIPTION;
        copy_more(
            &self.every.customers,
            &mut self.months.customers,
            budget / LINES_PER_CUSTOMER,
        );
    }

    fn into_both(self) -> (Derived, Derived) {
        (self.every, self.months)
    }

    fn is_done(&self) -> bool {
        self.shared.is_empty()
            && self.forecast.len() == 0
            && self.months.subscriptions.len() == self.every.subscriptions.len()
            && self.months.customers.len() == self.every.customers.len()
    }
}

/// Copies up to `count` more of `from` into `to` (a copy of its beginning); how many.
fn copy_more<T: Clone>(from: &[T], to: &mut Vec<T>, count: usize) -> usize {
    let more = &from[to.len()..];
    let count = count.min(more.len());
    to.extend_from_slice(&more[..count]);
    count
}
