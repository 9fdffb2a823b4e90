//! New commerce billing (profile "2022", SPEC-NCE §11): term dates and cycles, the replay of a
//! subscription's actions and automatic events into its state and lines (N4–N24), each
//! customer's subscriptions replayed together, and the engine that dates and numbers monthly
//! invoices (N7).

pub mod action;
pub mod calendar;
mod customer;
pub mod engine;
pub mod invoice;
pub mod pricing;
pub mod replay;
mod replay_actions;
mod replay_auto;
pub mod replay_start;
