//! PartnerDesk's pure core: the rules of `shared/SPEC.md` as plain Rust.
//!
//! Nothing here imports leptos, web-sys or gloo, and nothing reads the clock: every function
//! takes "today" and data as arguments and returns results or typed errors.

pub mod backup;
pub mod base;
pub mod billing;
pub mod book_rebase;
pub mod catalog_check;
pub mod compact_codec;
pub mod generated_book;
pub mod history_check;
pub mod imports;
pub mod model;
pub mod reports;
pub mod rules;
pub mod storage_envelope;
pub mod storage_migration;
pub mod text_packing;

pub use base::money::Money;
pub use chrono::NaiveDate;
