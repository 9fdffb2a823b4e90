//! PartnerDesk's pure core: the rules of `shared/SPEC.md` as plain Rust.
//!
//! Nothing here imports leptos, web-sys or gloo, and nothing reads the clock: every function
//! takes "today" and data as arguments and returns results or typed errors.

pub mod book;
pub mod catalog;
pub mod charge_line;
pub mod command;
pub mod csv_safety;
pub mod csv_writer;
pub mod customer;
pub mod customer_import;
pub mod dashboard;
pub mod dates;
pub mod derive;
pub mod event;
pub mod field_error;
pub mod generated_book;
pub mod history;
pub mod import_error;
pub mod import_table;
pub mod invoice;
pub mod money;
pub mod preview;
pub mod pricelist_import;
pub mod proration;
pub mod recon_csv;
pub mod reconciliation;
pub mod rule_check;
pub mod rule_error;
pub mod sample_catalog;
pub mod settings;
pub mod subscription;
pub mod timeline;
pub mod trial_export;

pub use chrono::NaiveDate;
pub use money::Money;
