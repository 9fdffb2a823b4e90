//! The book derived as of today, for the views: every line (Billing's) and the dashboard
//! chart's months, both from one derivation (core `DeriveBoth`). A whole derivation runs in the
//! background a few hundred customers a step, between turns of the event loop, so that no task
//! keeps the page from answering (issue 13, "No long tasks"): once the app starts, and again
//! whenever the previous derivation can't be patched (another day, other settings or catalog,
//! another tab's book). After an action, the core derives again only the customers whose
//! events changed (`patch_again`), at once. Views show the derivation only once it is of the
//! book and day shown (`DerivationGate`): never one of a book that is no longer current.

use super::background::{derive_in_background, Derivation, Jobs, Since};
use super::patching::{fetch_patch, patch as patch_code};
use crate::state::clock::Clock;
use crate::store::event_loop::next_turn;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_both::DeriveBoth;
use partnerdesk_core::billing::derive_change::Change;
use partnerdesk_core::billing::derive_patch::LineSpan;
use partnerdesk_core::billing::derive_steps::Progress;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use std::sync::Arc;

/// A book of up to this many events is derived at once: it takes less than a frame, and no
/// progress line flickers.
const AT_ONCE_UP_TO_EVENTS: usize = 2_000;

/// Patches are told since a derivation made whole, up to this many customers changed: past
/// them a view made of an earlier one makes itself again whole.
const CUSTOMERS_TOLD: usize = 200;

/// What the views get: the derivation of the book shown, or nothing while it is being worked
/// out (what they read then is never on screen: `DerivationGate` shows the progress instead).
enum Shown {
    Ready(Derivation),
    Working { nothing: Derived },
}

/// What is shown, numbered: one more for each derivation shown.
struct Numbered {
    version: u64,
    shown: Shown,
}

/// The derivations of the book shown, kept in step with it and the clock.
#[derive(Clone, Copy, Debug)]
pub(super) struct Derivations {
    shown: Memo<Numbered>,
    progress: RwSignal<Option<Progress>>,
    /// Work to start once a derivation is taken up (`DerivedState::after_each`).
    taken_up: StoredValue<Option<AfterEach>>,
}

/// Work started after each derivation taken up.
type AfterEach = Arc<dyn Fn() + Send + Sync>;

impl Derivations {
    pub(super) fn new(book: Memo<Arc<Book>>, clock: Clock) -> Derivations {
        let sources = Sources {
            book,
            clock,
            jobs: StoredValue::new(Jobs::default()),
            progress: RwSignal::new(None),
            delivered: RwSignal::new(0),
        };
        let shown = Memo::new_owning(move |previous: Option<Numbered>| {
            let version = previous.as_ref().map_or(0, |p| p.version);
            let previous = previous.map(|p| (p.shown, p.version));
            let (shown, changed) = sources.next_shown(previous);
            let version = version + u64::from(changed);
            (Numbered { version, shown }, changed)
        });
        // Eager, a turn after the book or the day changed: the derivation starts with the app,
        // not with the first view that needs it, and an action's own task doesn't also patch
        // derivations no view shows yet.
        let taken_up = StoredValue::new(None::<AfterEach>);
        Effect::new(move |_| {
            book.track();
            clock.today();
            sources.delivered.track();
            leptos::task::spawn_local(async move {
                next_turn().await;
                shown.try_with_untracked(|_| ());
                if let Some(work) = taken_up.try_get_value().flatten() {
                    work();
                }
            });
        });
        Derivations {
            shown,
            progress: sources.progress,
            taken_up,
        }
    }
}

/// What the derivation shown follows, and the background derivation's bookkeeping.
#[derive(Clone, Copy)]
struct Sources {
    book: Memo<Arc<Book>>,
    clock: Clock,
    jobs: StoredValue<Jobs>,
    progress: RwSignal<Option<Progress>>,
    delivered: RwSignal<u64>,
}

impl Sources {
    /// What to show after `previous` (with its number), and whether it is another.
    fn next_shown(self, previous: Option<(Shown, u64)>) -> (Shown, bool) {
        let today = self.clock.today();
        let book = self.book.get();
        self.delivered.track();
        let is_current = |d: &Derivation| Arc::ptr_eq(&d.book, &book) && d.today == today;
        let finished = self
            .jobs
            .try_update_value(|j| j.done.take_if(|d| is_current(d)))
            .flatten();
        if let Some(derivation) = finished {
            return (Shown::Ready(derivation), true);
        }
        if let Some((Shown::Ready(previous), version)) = previous {
            if is_current(&previous) {
                return (Shown::Ready(previous), false);
            }
            if let Some(patched) = patch(previous, version, &book, today) {
                return (Shown::Ready(patched), true);
            }
        }
        if book.events.len() <= AT_ONCE_UP_TO_EVENTS {
            self.jobs.try_update_value(Jobs::cancel);
            let (every, months) = DeriveBoth::new(&book, today, CHART_WINDOW).finish();
            let derivation = Derivation {
                book,
                today,
                every,
                months,
                since: None,
            };
            return (Shown::Ready(derivation), true);
        }
        self.derive_in_background(&book, today);
        let nothing = nothing(&book, today);
        (Shown::Working { nothing }, true)
    }

    /// Starts deriving `book` as of `today` in the background, unless that already runs.
    fn derive_in_background(self, book: &Arc<Book>, today: NaiveDate) {
        let running = self
            .jobs
            .try_with_value(|j| {
                j.target
                    .as_ref()
                    .is_some_and(|(b, d)| Arc::ptr_eq(b, book) && *d == today)
            })
            .unwrap_or(false);
        if running {
            return;
        }
        let generation = self.jobs.try_update_value(|j| j.start(book.clone(), today));
        if let Some(generation) = generation {
            let job = derive_in_background(
                book.clone(),
                today,
                generation,
                self.jobs,
                self.progress,
                self.delivered,
            );
            leptos::task::spawn_local(job);
        }
    }
}

/// `previous` (derivation `version`) patched to `book` as of `today` when only some
/// customers' events were added, with what changed; none when the whole book must be derived
/// again, or the patch's code hasn't arrived yet (it is fetched then, for the next time).
fn patch(
    previous: Derivation,
    version: u64,
    book: &Arc<Book>,
    today: NaiveDate,
) -> Option<Derivation> {
    let Some(patch_noting) = patch_code() else {
        fetch_patch();
        return None;
    };
    let before = &previous.book;
    let (every, every_change) = patch_noting(previous.every, before, book, today, LineSpan::Every)?;
    let window = LineSpan::Months(CHART_WINDOW);
    let (months, months_change) = patch_noting(previous.months, before, book, today, window)?;
    let since = match previous.since.map(|s| *s) {
        Some(s) if s.every.customers.len() < CUSTOMERS_TOLD => Since {
            version: s.version,
            every: s.every.then(&every_change),
            months: s.months.then(&months_change),
        },
        _ => Since {
            version,
            every: every_change,
            months: months_change,
        },
    };
    Some(Derivation {
        book: book.clone(),
        today,
        every,
        months,
        since: Some(Box::new(since)),
    })
}

/// A derivation with nothing in it, for what is read while the book's is worked out.
fn nothing(book: &Book, today: NaiveDate) -> Derived {
    Derived {
        profile: book.settings.profile,
        today,
        horizon: today,
        customers: Vec::new(),
        subscriptions: Vec::new(),
        lines: Vec::new(),
        notes: Vec::new(),
    }
}

/// The book as of today with the lines of one span (reactive: it follows the book and the
/// clock). Read it inside a `DerivationGate`: until the book's derivation is ready it holds
/// nothing.
#[derive(Clone, Copy, Debug)]
pub struct DerivedState {
    derivations: Derivations,
    span: LineSpan,
}

impl DerivedState {
    pub(super) fn new(derivations: Derivations, span: LineSpan) -> DerivedState {
        DerivedState { derivations, span }
    }

    fn of<'a>(&self, shown: &'a Shown) -> &'a Derived {
        match (shown, self.span) {
            (Shown::Ready(d), LineSpan::Every) => &d.every,
            (Shown::Ready(d), LineSpan::Months(_)) => &d.months,
            (Shown::Working { nothing }, _) => nothing,
        }
    }

    /// Reads the derivation without copying it (reactive).
    pub fn with<R>(&self, f: impl FnOnce(&Derived) -> R) -> R {
        self.derivations.shown.with(|n| f(self.of(&n.shown)))
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&Derived) -> R) -> R {
        self.derivations
            .shown
            .with_untracked(|n| f(self.of(&n.shown)))
    }

    /// Whether the derivation is of the book and day shown (reactive).
    pub fn is_ready(&self) -> bool {
        self.derivations
            .shown
            .with(|n| matches!(n.shown, Shown::Ready(_)))
    }

    /// Starts `work` a turn after each change of the book or the day and after the background
    /// derivation delivered, once the derivation shown was brought up to date (it may still
    /// be being worked out: `book_untracked` tells). One piece of work: a later call replaces
    /// it.
    pub fn after_each(&self, work: impl Fn() + Send + Sync + 'static) {
        self.derivations.taken_up.set_value(Some(Arc::new(work)));
    }

    /// The book and day of the derivation shown, once it is ready; not reactive. None too
    /// once the app that showed it is gone: work waiting for an idle moment may outlive it.
    pub fn book_untracked(&self) -> Option<(Arc<Book>, NaiveDate)> {
        self.derivations
            .shown
            .try_with_untracked(|n| match &n.shown {
                Shown::Ready(d) => Some((d.book.clone(), d.today)),
                Shown::Working { .. } => None,
            })
            .flatten()
    }

    /// The derivation's number (reactive): another for each derivation shown.
    pub fn version(&self) -> u64 {
        self.derivations.shown.with(|n| n.version)
    }

    /// What changed in this span since derivation `version`, when the one shown was patched
    /// from it (through others or not); none when it must be taken as all new.
    pub fn change_since(&self, version: u64) -> Option<Change> {
        self.derivations.shown.with_untracked(|n| {
            let since = match &n.shown {
                Shown::Ready(d) => d.since.as_ref(),
                Shown::Working { .. } => None,
            };
            match since {
                _ if version == n.version => Some(Change::default()),
                Some(s) if (s.version..n.version).contains(&version) => Some(match self.span {
                    LineSpan::Every => s.every.clone(),
                    LineSpan::Months(_) => s.months.clone(),
                }),
                _ => None,
            }
        })
    }

    /// How far the derivation being worked out has come (reactive); none before it starts.
    pub fn progress(&self) -> Option<Progress> {
        self.derivations.progress.get()
    }
}
