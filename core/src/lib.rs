//! PartnerDesk's pure core: the rules of `shared/SPEC.md` as plain Rust.
//!
//! Nothing here imports leptos, web-sys or gloo, and nothing reads the clock: every function
//! takes "today" and data as arguments and returns results or typed errors.

pub mod backup;
pub mod book;
pub mod book_rebase;
pub mod catalog;
pub mod catalog_check;
pub mod charge_line;
pub mod command;
pub mod compact_codec;
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
pub mod history_check;
pub mod import_error;
pub mod import_table;
pub mod invoice;
pub mod money;
pub mod nce;
pub mod preview;
pub mod pricelist_import;
pub mod proration;
pub mod recon_csv;
pub mod reconciliation;
pub mod rule_check;
pub mod rule_error;
pub mod sample_catalog;
pub mod settings;
pub mod storage_envelope;
pub mod storage_migration;
pub mod subscription;
pub mod text_packing;
pub mod timeline;
pub mod trial_export;

pub use chrono::NaiveDate;
pub use money::Money;
