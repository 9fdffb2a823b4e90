//! The billing layer: each subscription's history replayed into its state and charge lines,
//! every customer derived as of a day, and invoices.

pub mod derive;
pub mod invoice;
pub mod legacy;
