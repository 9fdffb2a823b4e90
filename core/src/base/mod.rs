//! The bottom layer: calendar arithmetic, exact money, the errors every layer returns, checks
//! of single values (GUIDs, MPN ids, CSV cells, countries), text as a search compares it, the
//! bounds of every value, one shared stable sort, and what the core has to say as data (`say`).
//! Imports nothing from the crate.

pub mod bounds;
pub mod countries;
pub mod csv_safety;
pub mod dates;
pub mod fast_hash;
pub mod field_error;
pub mod kept_form;
pub mod money;
pub mod rule_error;
pub mod say;
pub mod search_text;
pub mod shared_text;
pub mod stable_sort;
