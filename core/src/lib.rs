//! PartnerDesk's pure core: the rules of docs/rules.md (SPEC) as plain Rust.
//!
//! Nothing here imports leptos, web-sys or gloo, and nothing reads the clock: every function
//! takes "today" and data as arguments and returns results or typed errors.
//!
//! The modules are layers, each importing only the layers below it (ARCHITECTURE.md, checked
//! by tests/layers.rs): base < model < billing < rules < reports | imports | storage.

#![warn(clippy::too_many_lines)]

pub mod base;
pub mod billing;
pub mod imports;
pub mod model;
pub mod reports;
pub mod rules;
pub mod storage;

pub use base::money::Money;
pub use chrono::NaiveDate;
