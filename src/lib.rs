//! PartnerDesk in the browser: Leptos components over the pure rules of `partnerdesk-core`.
//! Components read "today" from `clock` and the partner's settings from `settings` (both
//! context signals) and hand them to the core; storage goes through `persistence`.

pub mod app;
pub mod backup_ui;
pub mod book_state;
pub mod clock;
pub mod components;
pub mod customer_index;
pub mod download;
pub mod form;
pub mod layout;
pub mod pages;
pub mod persistence;
pub mod settings;
pub mod storage_backend;
pub mod storage_events;
pub mod today_control;

pub use app::{App, Shell};
