//! The append-only history: every accepted command, with the day it took effect.

use crate::model::command::Command;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// 1, 2, 3 … in the order the commands were accepted.
    pub seq: u64,
    /// The "today" the command ran on: its effective date.
    pub date: NaiveDate,
    /// The customer the event concerns (none for catalog events); lets one customer's
    /// state be derived without reading the whole book.
    pub customer_id: Option<String>,
    /// Set when the event follows from another one (an add-on suspended with its base).
    pub caused_by: Option<u64>,
    pub command: Command,
}
