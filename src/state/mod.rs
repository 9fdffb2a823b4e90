//! What the app knows at any moment, as Leptos contexts over core types: the date in use, the
//! language, the partner's settings and the book; what the customers list reads without deriving,
//! and what the dashboard and Billing show, worked out once per derivation.

pub mod book_state;
pub mod clock;
pub mod customer_index;
pub mod idle_work;
pub mod ids;
pub mod language;
pub mod program;
pub mod scenario;
pub mod settings_context;
pub mod stored_problem;
pub mod views;
