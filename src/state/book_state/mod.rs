//! The partner's book (core `Book`) as a context: loaded from the store, kept in step with the
//! Settings context, changed only through the core's `execute` inside the store's
//! `commit_action` (so an action is stored whole or not at all), and replaced when another tab
//! changes the stored book. Views read derived state through it, always as of today.
//!
//! While today is moved, the book shown and acted on is the scenario (`state::scenario`): the
//! real book with the actions recorded since today was moved, stored apart from it. Going back
//! to the real date discards it or, when the core accepts them there, keeps its actions.

mod background;
mod derived_state;
mod patching;
mod scenario_return;

pub use background::WORK_PER_STEP;
use derived_state::Derivations;
pub use derived_state::DerivedState;
pub use patching::fetch_patch;

use super::clock::{use_clock, Clock};
use super::customer_index::{customer_rows, CustomerRow};
use super::language::current_lang;
use super::scenario::Scenario;
use super::settings_context::{use_settings, Settings};
use super::stored_problem::unreadable_text;
use crate::store::event_loop::next_turn;
use crate::store::{BookChange, BookLoad, ChangeSubscription, CommitError, Notice, Store};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::base::say::StorageProblem;
use partnerdesk_core::billing::derive::{derive_customer, Derived};
use partnerdesk_core::billing::derive_patch::LineSpan;
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::Customer;
use partnerdesk_core::model::event::Event;
use partnerdesk_core::model::sample_catalog::sample_catalog;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use partnerdesk_core::rules::check::check_effective_date;
use partnerdesk_core::rules::customers::{record_new_customers, CustomerBatch};
use partnerdesk_core::rules::preview::{preview, Preview};
use partnerdesk_l10n::SettingsText;
use std::sync::Arc;

#[derive(Clone, Copy, Debug)]
pub struct BookState {
    /// The real book. Shared, not copied: the store hands out the stored book as an Arc.
    real: RwSignal<Arc<Book>>,
    scenario: Scenario,
    /// The book the views show: the scenario while today is moved and it exists, else the
    /// real book.
    book: Memo<Arc<Book>>,
    store: StoredValue<Store>,
    clock: Clock,
    settings: Settings,
    /// What the partner should know about the stored book (another tab's change).
    notice: RwSignal<Option<Notice>>,
    /// The whole book as of today, every line ever billed, derived in the background.
    all: DerivedState,
    /// Every subscription as of today with the lines of the dashboard chart's months (6 issued,
    /// the upcoming invoice, 11 forecast): the dashboard's.
    current: DerivedState,
    /// The book's offers as of today (the profile's engine says which: the legacy catalog with
    /// its price changes, or new commerce's offers).
    catalog: Memo<Catalog>,
    /// Names and subscription counts for the customers list, without deriving anything.
    rows: Memo<Vec<CustomerRow>>,
}

impl BookState {
    /// Loads the stored book, or starts a new one on the sample catalog. Needs the Clock and
    /// Settings contexts. Returns a sentence for the storage banner when something went wrong.
    pub fn provide(store: &Store) -> (BookState, Vec<String>) {
        let clock = use_clock();
        let settings = use_settings();
        let fresh = move || Arc::new(Book::new(settings.get_untracked(), sample_catalog()));
        let (initial, problem) = match store.load_book() {
            BookLoad::Fresh => (fresh(), None),
            BookLoad::Loaded(book) => (book, None),
            // Left untouched in storage (the store refuses to write over it).
            BookLoad::Unreadable { reason, .. } => (
                fresh(),
                Some({
                    let lang = current_lang();
                    let why = unreadable_text(&reason, lang);
                    lang.fill(SettingsText::BookUnreadable, &[&why])
                }),
            ),
        };
        let real = RwSignal::new(with_settings(initial, &settings.get_untracked()));
        let notice = RwSignal::new(None::<Notice>);
        // The profile and billing day live in Settings; the book must derive with them, so a
        // change of profile re-derives every view.
        Effect::new(move |_| {
            let current = settings.get();
            real.maybe_update(|b| {
                let changed = b.settings != current;
                if changed {
                    Arc::make_mut(b).settings = current;
                }
                changed
            });
        });
        let subscription: ChangeSubscription =
            store.subscribe_changes(move |change: &BookChange| {
                let next = match &change.load {
                    BookLoad::Loaded(b) => Some(b.clone()),
                    BookLoad::Fresh => Some(fresh()),
                    BookLoad::Unreadable { .. } => None,
                };
                if let Some(next) = next {
                    real.set(with_settings(next, &settings.get_untracked()));
                }
                notice.set(change.notice.clone());
            });
        // Lives as long as the app: dropping it stops listening to other tabs.
        StoredValue::new_local(subscription);
        // What tabs closed before stored in their journals goes into the book, so that loads
        // don't check it again and again.
        store.fold_soon();
        let readable = problem.is_none().then(|| real.get_untracked());
        let (scenario, scenario_problem) = Scenario::load(store, readable.as_deref());
        let book = Memo::new(move |_| {
            let played = clock.is_moved().then(|| scenario.book()).flatten();
            match played {
                Some(played) => with_settings(played, &settings.get()),
                None => real.get(),
            }
        });
        let derivations = Derivations::new(book, clock);
        let all = DerivedState::new(derivations, LineSpan::Every);
        let current = DerivedState::new(derivations, LineSpan::Months(CHART_WINDOW));
        let catalog = Memo::new(move |_| {
            let today = clock.today();
            book.with(|b| offer_catalog(b, today))
        });
        let rows = Memo::new(move |_| {
            let today = clock.today();
            book.with(|b| customer_rows(b, today))
        });
        let state = BookState {
            real,
            scenario,
            book,
            store: StoredValue::new(store.clone()),
            clock,
            settings,
            notice,
            all,
            current,
            catalog,
            rows,
        };
        provide_context(state);
        (state, problem.into_iter().chain(scenario_problem).collect())
    }

    /// Runs `command` through the core as of today on the stored book and stores the result.
    /// A refusal, or a book that can't be stored, leaves everything as it was.
    pub fn execute(&self, command: Command) -> Result<Vec<Event>, RuleError> {
        self.execute_on(command, None)
    }

    /// `execute` with an earlier effective date than today when there is one; the core
    /// refuses one after today or before the latest recorded action.
    pub fn execute_on(
        &self,
        command: Command,
        effective: Option<NaiveDate>,
    ) -> Result<Vec<Event>, RuleError> {
        self.commit(
            |b, today| match effective {
                Some(day) => b.execute_dated(command, day, today),
                None => b.execute(command, today),
            },
            |refusal| refusal,
        )
    }

    /// New customers (an import) checked a few thousand at a time, between turns of the event
    /// loop, with `progress(checked, all)` after each step; then recorded and stored as one
    /// action, all or none. A refusal names the index of the customer refused; a book that
    /// can't be stored names none.
    pub async fn import_customers(
        &self,
        customers: Vec<Customer>,
        progress: impl Fn(usize, usize),
    ) -> Result<Vec<Event>, (Option<usize>, RuleError)> {
        const CUSTOMERS_PER_STEP: usize = 2_000;
        let base = self.book.get_untracked();
        let today = self.clock.today_untracked();
        let mut batch = CustomerBatch::new(&base, today).map_err(|e| (Some(0), e))?;
        for step in customers.chunks(CUSTOMERS_PER_STEP) {
            batch.add(step).map_err(|(i, e)| (Some(i), e))?;
            progress(batch.len(), customers.len());
            next_turn().await;
        }
        self.commit(
            move |b, today| {
                if batch.fits(b) {
                    return Ok(batch.record(b));
                }
                // Another tab acted in the meantime: checked again, in one go.
                let all: Vec<&Customer> = customers.iter().collect();
                record_new_customers(b, &all, today).map_err(|(i, e)| (Some(i), e))
            },
            |refusal| (None, refusal),
        )
    }

    /// Every command as of today, as one action: all recorded and stored, or none. A refusal
    /// names the index of the command refused; a book that can't be stored names none.
    pub fn execute_all(
        &self,
        commands: Vec<Command>,
    ) -> Result<Vec<Event>, (Option<usize>, RuleError)> {
        self.commit(
            |b, today| {
                b.execute_all(commands, today)
                    .map_err(|(i, e)| (Some(i), e))
            },
            |refusal| (None, refusal),
        )
    }

    /// `action` as of today, on the scenario while today is moved, else on the stored book;
    /// stored whole or not at all. `not_saved` turns the storage's refusal into the action's
    /// error.
    fn commit<E>(
        &self,
        action: impl FnOnce(&mut Book, NaiveDate) -> Result<Vec<Event>, E>,
        not_saved: impl FnOnce(RuleError) -> E,
    ) -> Result<Vec<Event>, E> {
        let today = self.clock.today_untracked();
        let stored = if self.clock.is_moved_untracked() {
            self.commit_to_scenario(|b| action(b, today))
        } else {
            self.commit_to_real(|b| action(b, today))
        };
        stored.map_err(|e| match e {
            CommitError::Refused(refusal) => refusal,
            CommitError::NotSaved(e) => not_saved(
                RuleError::new("storage", format!("Nothing was recorded: {e}."))
                    .saying(StorageProblem::NothingRecorded(e.failure())),
            ),
        })
    }

    fn commit_to_real<T, E>(
        &self,
        action: impl FnOnce(&mut Book) -> Result<T, E>,
    ) -> Result<T, CommitError<E>> {
        let settings = self.settings.get_untracked();
        let fresh = {
            let settings = settings.clone();
            move || Book::new(settings, sample_catalog())
        };
        let committed = self.store.with_value(|store| {
            store.commit_action(fresh, |b| {
                b.settings = settings;
                action(b)
            })
        })?;
        self.real.set(committed.book);
        self.notice.set(committed.notice);
        Ok(committed.value)
    }

    /// The scenario begins as a copy of the real book at its first action.
    fn commit_to_scenario<T, E>(
        &self,
        action: impl FnOnce(&mut Book) -> Result<T, E>,
    ) -> Result<T, CommitError<E>> {
        let base = self
            .scenario
            .book_untracked()
            .unwrap_or_else(|| self.real.get_untracked());
        let mut next = base.as_ref().clone();
        next.settings = self.settings.get_untracked();
        let value = action(&mut next).map_err(CommitError::Refused)?;
        let real = self.real.get_untracked();
        self.store
            .with_value(|store| store.save_scenario(&real, &next))
            .map_err(CommitError::NotSaved)?;
        self.scenario.set(Some(Arc::new(next)));
        Ok(value)
    }

    /// What `command` would do today (reactive: it follows the book and the clock).
    pub fn preview(&self, command: &Command) -> Result<Preview, RuleError> {
        self.preview_on(command, None)
    }

    /// What `command` would do on its effective date, when it has an earlier one than today
    /// (reactive); the date's own refusal first.
    pub fn preview_on(
        &self,
        command: &Command,
        effective: Option<NaiveDate>,
    ) -> Result<Preview, RuleError> {
        let today = self.clock.today();
        self.book.with(|b| match effective {
            Some(day) => {
                check_effective_date(b, day, today)?;
                preview(b, command, day)
            }
            None => preview(b, command, today),
        })
    }

    /// One customer as of today (reactive); cheap next to deriving the whole book.
    pub fn customer(&self, customer_id: &str) -> Derived {
        let today = self.clock.today();
        self.book.with(|b| derive_customer(b, customer_id, today))
    }

    pub fn all(&self) -> DerivedState {
        self.all
    }

    pub fn current(&self) -> DerivedState {
        self.current
    }

    pub fn catalog(&self) -> Memo<Catalog> {
        self.catalog
    }

    pub fn customer_rows(&self) -> Memo<Vec<CustomerRow>> {
        self.rows
    }

    /// The country of customer `id` as its details stand today (reactive): the offers a form
    /// lists for it are those sold there (P7).
    pub fn customer_country(&self, id: &str) -> Option<String> {
        let rows = self.rows;
        self.book.with(|b| {
            rows.with(|rows| {
                rows.iter()
                    .map(|r| r.customer(b))
                    .find(|c| c.id == id)
                    .map(|c| c.country.clone())
            })
        })
    }

    /// Another tab's change that the partner should hear about (reactive).
    pub fn notice(&self) -> Option<Notice> {
        self.notice.get()
    }

    /// Reads the book without copying it (reactive).
    pub fn with<R>(&self, f: impl FnOnce(&Book) -> R) -> R {
        self.book.with(|b| f(b))
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }
}

pub fn use_book() -> BookState {
    expect_context::<BookState>()
}

/// The book with the settings in force: Settings is where the partner edits them.
fn with_settings(
    mut book: Arc<Book>,
    settings: &partnerdesk_core::model::settings::PartnerSettings,
) -> Arc<Book> {
    if &book.settings != settings {
        Arc::make_mut(&mut book).settings = settings.clone();
    }
    book
}
