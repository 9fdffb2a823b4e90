//! What the partner reads when the browser's storage fails: what happened, that nothing
//! changed, and what to do.

use serde::{Deserialize, Serialize};

/// Why a book or an action could not be stored; `why` is what the browser or the stored text
/// told, passed on as it came.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StorageFailure {
    /// The browser's quota for the site is used up.
    QuotaFull,
    /// The browser refuses storage altogether.
    Unavailable { why: String },
    /// The stored book can't be read, so nothing is stored over it.
    Unreadable { why: String },
    /// Any other failure to store.
    Other { why: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StorageProblem {
    /// An action or a restore not stored: the failure, that nothing changed, what to do.
    NotStored(StorageFailure),
    /// An action refused because it could not be stored.
    NothingRecorded(StorageFailure),
}
