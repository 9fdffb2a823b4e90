//! The dashboard's figures kept beside the book (core `storage::kept_figures`), under
//! [`KEPT_FIGURES_KEY`], so that a start on the dashboard shows them at once while the book is
//! read and derived again (issue 13's cold load). Written a turn after a derivation of the
//! stored book settles, never on an action's path; read at the start only when everything they
//! were derived from is still what storage holds. A cache: a write the browser refuses is
//! dropped, and nothing else is read or written for it.

use super::backend::{lock, Backend};
use super::handle::Store;
use super::{journal_key, plain_json_text, BOOK_KEY, JOURNAL_PREFIX, SETTINGS_KEY, TODAY_KEY};
use chrono::NaiveDate;
use partnerdesk_core::base::kept_form::{FieldReader, FieldWriter, KeptForm};
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::model::subscription::Status;
use partnerdesk_core::reports::board::{board, Board};
use partnerdesk_core::reports::cockpit::{cockpit, Cockpit};
use partnerdesk_core::reports::dashboard::Dashboard;
use partnerdesk_core::reports::nce_dashboard::NceDashboard;
use partnerdesk_core::storage::kept_figures::{decode_kept, encode_kept, Fingerprint, TextMark};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The dashboard's figures as of the last derivation of the stored book.
pub const KEPT_FIGURES_KEY: &str = "partnerdesk.kept-figures.v1";

/// The rows of each list the dashboard shows a page (`components::paged`): what is kept.
pub const FIRST_ROWS: usize = 25;

/// Figures derived by another version of the app are not shown.
const PROGRAM: &str = env!("CARGO_PKG_VERSION");

/// What the dashboard shows first: its tiles and chart, the first rows of each list, and the
/// partner's name, profile and currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DashboardFigures {
    pub cockpit: Cockpit,
    /// The board with the first rows of each list; under the license-based program `trials`
    /// holds the running trials only, as the dashboard lists them.
    pub board: Board,
    pub partner: String,
    pub profile: RulesProfile,
    pub currency: String,
}

impl DashboardFigures {
    /// The figures of `book` as `months` (its derivation with the chart's months) has it.
    pub fn of(months: &Derived, book: &Book) -> DashboardFigures {
        let catalog = offer_catalog(book, months.today);
        let board = board(months, &catalog);
        DashboardFigures::from_parts(&cockpit(months, &board), &board, book)
    }

    /// The figures of `book` whose `board` and `cockpit` were worked out already.
    pub fn from_parts(cockpit: &Cockpit, board: &Board, book: &Book) -> DashboardFigures {
        DashboardFigures {
            cockpit: cockpit.clone(),
            board: first_rows(board),
            partner: book.settings.name.clone(),
            profile: book.settings.profile,
            currency: book.settings.currency.clone(),
        }
    }
}

impl KeptForm for DashboardFigures {
    fn write(&self, to: &mut FieldWriter) {
        to.put(&self.cockpit)
            .put(&self.board)
            .put(&self.partner)
            .put(&self.profile)
            .put(&self.currency);
    }

    fn read(from: &mut FieldReader) -> Option<DashboardFigures> {
        Some(DashboardFigures {
            cockpit: from.get()?,
            board: from.get()?,
            partner: from.get()?,
            profile: from.get()?,
            currency: from.get()?,
        })
    }
}

fn first<T: Clone>(rows: &[T]) -> Vec<T> {
    rows[..rows.len().min(FIRST_ROWS)].to_vec()
}

fn first_rows(board: &Board) -> Board {
    match board {
        Board::LicenseBased(d) => Board::LicenseBased(Dashboard {
            trials: d
                .trials
                .iter()
                .filter(|t| t.status == Status::Trial)
                .take(FIRST_ROWS)
                .cloned()
                .collect(),
            trials_ending_soon: first(&d.trials_ending_soon),
            expired_trials: first(&d.expired_trials),
            renewals: first(&d.renewals),
            nearing_deletion: first(&d.nearing_deletion),
            next_invoice_date: d.next_invoice_date,
            next_invoice_total: d.next_invoice_total,
        }),
        Board::NewCommerce(d) => Board::NewCommerce(NceDashboard {
            windows_closing: first(&d.windows_closing),
            conversions: first(&d.conversions),
            renewals: first(&d.renewals),
            refused: first(&d.refused),
            expired_trials: first(&d.expired_trials),
            next_invoice_number: d.next_invoice_number.clone(),
            next_invoice_date: d.next_invoice_date,
            next_invoice_total: d.next_invoice_total,
        }),
    }
}

/// Whether `json` is `day` as `Store::save` writes a date: "YYYY-MM-DD" in quotes. Read by
/// hand: chrono's and serde's readers would come into the first load with it.
fn is_day(json: &str, day: NaiveDate) -> bool {
    plain_json_text(json) == Some(day.to_string().as_str())
}

/// What storage holds that the figures are derived from.
struct Texts {
    book: String,
    /// Every journal's text, by key.
    journals: BTreeMap<String, String>,
    settings: Option<String>,
}

impl Texts {
    /// The texts as storage holds them now; none without a stored book.
    fn now(backend: &Backend) -> Option<Texts> {
        let book = backend.get(BOOK_KEY).ok()??;
        let mut journals = BTreeMap::new();
        for key in backend.keys_with_prefix(JOURNAL_PREFIX).ok()? {
            let text = backend.get(&key).ok()??;
            journals.insert(key, text);
        }
        let settings = backend.get(SETTINGS_KEY).ok()?;
        Some(Texts {
            book,
            journals,
            settings,
        })
    }

    /// What they describe as of `today`.
    fn fingerprint(&self, today: NaiveDate) -> Fingerprint {
        Fingerprint {
            program: PROGRAM.to_string(),
            today,
            book: TextMark::of(&self.book),
            journals: self
                .journals
                .iter()
                .map(|(key, text)| (key.clone(), TextMark::of(text)))
                .collect(),
            settings: self.settings.as_deref().map(TextMark::of),
        }
    }
}

impl Store {
    /// The dashboard's kept figures, when they are of exactly what storage holds as of
    /// `real_today` (figures are never kept while today is moved); none otherwise.
    pub fn kept_dashboard(&self, real_today: NaiveDate) -> Option<DashboardFigures> {
        let kept = self.backend.get(KEPT_FIGURES_KEY).ok()??;
        // A moved day is kept as "YYYY-MM-DD", else as null (`state::clock`).
        let moved = self.backend.get(TODAY_KEY).ok()?;
        if moved.is_some_and(|json| json != "null" && !is_day(&json, real_today)) {
            return None;
        }
        let texts = Texts::now(&self.backend)?;
        decode_kept(&kept, &texts.fingerprint(real_today))
    }

    /// Keeps the figures `make` works out for `book` as of `today`, when `book` is what the
    /// texts storage holds now give; only when they differ from those kept. A refused write
    /// is dropped with the figures kept before: they are a cache.
    pub fn keep_dashboard(
        &self,
        book: &Arc<Book>,
        today: NaiveDate,
        make: impl FnOnce() -> DashboardFigures,
    ) {
        let Some(texts) = Texts::now(&self.backend) else {
            return;
        };
        if !self.holds(book, &texts) {
            return;
        }
        let text = encode_kept(&texts.fingerprint(today), &make());
        if self.backend.get(KEPT_FIGURES_KEY).ok().flatten().as_ref() == Some(&text) {
            return;
        }
        let generation = self.backend.generation();
        if self.backend.set(KEPT_FIGURES_KEY, &text).is_err() {
            // Refused (the quota): the figures kept before are of older texts, and their room
            // is the book's.
            let _ = self.backend.remove(KEPT_FIGURES_KEY);
        }
        // Not the book's nor a journal's write: what this tab read is still what is stored.
        let mut slot = lock(&self.book);
        if slot.read_at == Some(generation) {
            slot.read_at = Some(self.backend.generation());
        }
    }

    /// Whether `book` is what this tab made of `texts`: the book and journals it last read or
    /// wrote are those texts, and merged they gave `book`.
    fn holds(&self, book: &Arc<Book>, texts: &Texts) -> bool {
        let slot = lock(&self.book);
        // A fold stores the same book again, which this tab then holds as another Arc.
        let merged = slot
            .merged
            .as_ref()
            .is_some_and(|m| Arc::ptr_eq(&m.book, book) || *m.book == **book);
        let same_book = slot.stored.as_ref().is_some_and(|s| s.raw == texts.book);
        let same_journals = slot.journals.len() == texts.journals.len()
            && slot
                .journals
                .iter()
                .all(|(tab, (text, _))| texts.journals.get(&journal_key(tab)) == Some(text));
        merged && same_book && same_journals
    }
}
