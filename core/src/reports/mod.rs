//! The reports layer: what the partner reads from a derived book — the dashboard, the history
//! in words, an invoice's reconciliation file (R1–R5) and the trial pipeline, with the CSV
//! writer they share.

pub mod board;
pub mod cockpit;
pub mod csv_writer;
pub mod customer_page;
pub mod dashboard;
pub mod history;
pub mod history_line;
pub mod invoice_list;
pub mod kept_form;
pub mod nce_dashboard;
pub mod nce_recon_csv;
pub mod recon_csv;
pub mod reconcile;
pub mod reconciliation;
pub mod trial_export;
