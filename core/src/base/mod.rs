//! The bottom layer: calendar arithmetic, exact money, the errors every layer returns, and
//! checks of single values (GUIDs, MPN ids, CSV cells). Imports nothing from the crate.

pub mod csv_safety;
pub mod dates;
pub mod fast_hash;
pub mod field_error;
pub mod money;
pub mod rule_error;
pub mod shared_text;
