//! Stored documents of older format versions, brought up to the current one step by step.
//!
//! Each step is a pure function from a document of version n to one of version n + 1, so a
//! document of any older version passes through every step after it, and each step is
//! tested on a fixture of the version it reads (`tests/fixtures/`).
//!
//! Versions:
//! 1. The bare book as JSON (`{"settings":…,"catalog":…,"events":[…]}`), as the first
//!    releases stored it.
//! 2. The envelope `{"format":"partnerdesk","version":2,"encoding":…,"data":…}`: it names
//!    itself, so other data is never mistaken for a book, and its data may be compact. Later
//!    releases add optional fields to it (`checksum`, `checked`, `folded`, see `envelope`); an
//!    envelope without them reads as it always did, so they need no step of their own.

use serde_json::{json, Value};
use std::fmt;

pub const FORMAT: &str = "partnerdesk";
pub const CURRENT_VERSION: u64 = 2;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MigrationError {
    pub from_version: u64,
    pub reason: String,
}

impl fmt::Display for MigrationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the data of format version {} cannot be brought up to date: {}",
            self.from_version, self.reason
        )
    }
}

type Step = fn(Value) -> Result<Value, String>;

/// `STEPS[i]` takes version i + 1 to i + 2.
const STEPS: [Step; (CURRENT_VERSION - 1) as usize] = [v1_to_v2];

/// `document` of `version` as a document of `CURRENT_VERSION`.
pub fn upgrade(mut document: Value, version: u64) -> Result<Value, MigrationError> {
    let first = usize::try_from(version.saturating_sub(1)).unwrap_or(usize::MAX);
    if version == 0 || first > STEPS.len() {
        return Err(MigrationError {
            from_version: version,
            reason: format!("versions 1 to {CURRENT_VERSION} are known"),
        });
    }
    for (i, step) in STEPS.iter().enumerate().skip(first) {
        document = step(document).map_err(|reason| MigrationError {
            from_version: i as u64 + 1,
            reason,
        })?;
    }
    Ok(document)
}

/// Wraps the bare book in the envelope, its data left as readable JSON.
pub fn v1_to_v2(bare_book: Value) -> Result<Value, String> {
    let Value::Object(book) = bare_book else {
        return Err("a version 1 book is a JSON object".into());
    };
    for part in ["settings", "catalog", "events"] {
        if !book.contains_key(part) {
            return Err(format!("a version 1 book has \"{part}\""));
        }
    }
    Ok(json!({
        "format": FORMAT,
        "version": 2,
        "encoding": "json",
        "data": Value::Object(book),
    }))
}
