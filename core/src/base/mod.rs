//! The bottom layer: calendar arithmetic, exact money, the errors every layer returns, and
//! checks of single values (GUIDs, MPN ids, CSV cells), and what the core has to say as data
//! (`say`). Imports nothing from the crate.

pub mod csv_safety;
pub mod dates;
pub mod field_error;
pub mod money;
pub mod rule_error;
pub mod say;
