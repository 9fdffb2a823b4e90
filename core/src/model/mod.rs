//! The model layer: the data of a partner's book as plain types — settings and the rules
//! profile, the catalog (with the built-in sample), customers, subscriptions as they stand on a
//! day, charge lines, commands, events, price list plans, and the book itself. It says nothing
//! about how charges are derived or which commands the rules accept.

pub mod book;
pub mod catalog;
pub mod charge_line;
pub mod command;
pub mod corrections;
pub mod customer;
pub mod event;
pub mod nce;
pub mod price_list_plan;
pub mod recon_line;
pub mod recon_seats;
pub mod sample_catalog;
pub mod settings;
pub mod status;
pub mod subscription;
