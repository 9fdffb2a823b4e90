//! A scenario (the book played with a moved "today") kept as what it adds to the real book:
//! how much of the stored book's history it shares, the last shared event (to know that
//! history again), the events recorded since, and its settings and catalogs. Kept whole, a
//! scenario of the 10,000-customer book took a second copy of the book's quota (which a book
//! over half the quota can't have) and one long task to encode at every action; this record
//! is a few kilobytes. The stored book's events only grow (a fold appends the journals'
//! entries; a restored backup or a fresh start replaces the book whole), so its first
//! `shared` events are the scenario's own as long as the last of them is still the same
//! event. Journal entries not yet folded can still be renumbered by a merge (two tabs acting
//! at the same moment), so the scenario keeps them among its own events.

use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::event::Event;
use crate::model::nce::offer::NceCatalog;
use crate::model::settings::PartnerSettings;
use crate::storage::contents_check::{check_settings_and_catalog, BackupError};
use crate::storage::envelope::DecodeError;
use crate::storage::history_check::HistoryProblem;
use crate::storage::rebase::Delta;
use crate::storage::stored::ReadError;
use serde::{Deserialize, Serialize};

const FORMAT: &str = "partnerdesk-scenario";
const VERSION: u64 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct ScenarioRecord {
    format: String,
    version: u64,
    /// The events at the start of the real book's history that the scenario shares.
    shared: usize,
    /// The last of them, to know the real book's history again; none when none is shared.
    last_shared: Option<Event>,
    /// The events recorded in the scenario after the shared ones.
    recorded: Vec<Event>,
    settings: PartnerSettings,
    catalog: Catalog,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    nce_catalog: Option<NceCatalog>,
}

/// Why a kept scenario can't be put back together.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioError {
    /// The text is not a scenario record, or the scenario fails the check on load.
    Unreadable(ReadError),
    /// The real book is no longer the one the scenario was played on (a backup restored, or
    /// the book started anew).
    OtherBook,
}

/// The text that keeps `scenario`, a copy of `real` played on, sharing at most the first
/// `stored` events of `real`: those of the stored book, which no merge of journals renumbers.
pub fn encode_scenario(real: &Book, scenario: &Book, stored: usize) -> String {
    let shared = shared_events(real, scenario).min(stored);
    let recorded = &scenario.events[shared..];
    let record = ScenarioRecord {
        format: FORMAT.to_string(),
        version: VERSION,
        shared,
        last_shared: shared.checked_sub(1).map(|i| scenario.events[i].clone()),
        recorded: recorded.to_vec(),
        settings: scenario.settings.clone(),
        catalog: scenario.catalog.clone(),
        nce_catalog: scenario.nce_catalog.clone(),
    };
    serde_json::to_string(&record).expect("a scenario record serialises")
}

/// How many of the real book's first events the scenario shares: all of them when its
/// history's lineage says it extends the real book's (never said wrongly), without comparing
/// the 70,000 events of a large book at every action; else those before the two part.
fn shared_events(real: &Book, scenario: &Book) -> usize {
    if scenario.events.extends(&real.events) {
        real.events.len()
    } else {
        scenario.events.len() - scenario.recorded_since(real).len()
    }
}

/// The scenario `text` keeps, put back together on `real`: its settings and catalog checked
/// as a stored book's are, its own events as a journal's.
pub fn decode_scenario(real: &Book, text: &str) -> Result<Book, ScenarioError> {
    let unreadable = |e: DecodeError| ScenarioError::Unreadable(ReadError::Unreadable(e));
    let record: ScenarioRecord = serde_json::from_str(text).map_err(|e| {
        // JSON of another shape is not a scenario, as `envelope::decode` tells the two apart.
        unreadable(match e.is_data() {
            true => DecodeError::NotABook(e.to_string()),
            false => DecodeError::NotJson(e.to_string()),
        })
    })?;
    if record.format != FORMAT {
        return Err(unreadable(DecodeError::NotPartnerDesk(record.format)));
    }
    if record.version > VERSION {
        return Err(unreadable(DecodeError::Newer {
            version: record.version,
        }));
    }
    let shared = real.events.get(..record.shared);
    let shares = match shared.and_then(|events| events.last()) {
        None => shared.is_some() && record.last_shared.is_none(),
        Some(last) => record.last_shared.as_ref() == Some(last),
    };
    if !shares {
        return Err(ScenarioError::OtherBook);
    }
    // A copy of the real book keeps its history's lineage, so the next action's record knows
    // at once that the scenario extends it.
    let mut events = real.events.clone();
    events.truncate(record.shared);
    let mut scenario = Book {
        settings: record.settings,
        catalog: record.catalog,
        nce_catalog: record.nce_catalog,
        events,
    };
    // The real book's part was checked when it was read; what the scenario recorded is
    // checked as a journal's entries are on the book they were recorded on: numbered and
    // dated on from it.
    let recorded = Delta {
        commands: record.recorded,
        settings: None,
        catalog: None,
    };
    if !recorded.append(&mut scenario, &[]) {
        let problem = HistoryProblem {
            seq: None,
            message: "the scenario's actions don't follow the history they were played on".into(),
        };
        return Err(invalid(BackupError::History(problem)));
    }
    check_settings_and_catalog(&scenario).map_err(invalid)?;
    Ok(scenario)
}

fn invalid(problem: BackupError) -> ScenarioError {
    ScenarioError::Unreadable(ReadError::Invalid(problem))
}

#[cfg(test)]
#[path = "scenario_record/tests.rs"]
mod tests;
