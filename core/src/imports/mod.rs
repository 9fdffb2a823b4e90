//! The imports layer: CSV files a partner brings in — a price list (P9) or customers — read as
//! a table, checked row by row, and turned into what the rules then accept or refuse, all or
//! nothing.

pub mod book_start;
pub mod customer_import;
pub mod import_error;
pub mod import_table;
pub mod price_list;
pub mod recon_file;
