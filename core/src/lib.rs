//! PartnerDesk's pure core: the rules of `shared/SPEC.md` as plain Rust.
//!
//! Nothing here imports leptos, web-sys or gloo, and nothing reads the clock: every function
//! takes "today" and data as arguments and returns results or typed errors.

pub mod catalog;
pub mod command;
pub mod event;
pub mod proration;
pub mod rule_error;
pub mod subscription;
pub mod timeline;
pub mod charge_line;
pub mod customer;
pub mod dates;
pub mod field_error;
pub mod money;
pub mod sample_catalog;
pub mod settings;

pub use chrono::NaiveDate;
pub use money::Money;
