//! New commerce billing (profile "2022", SPEC-NCE §11): term dates and cycles, the replay of
//! one subscription's actions and automatic events into its state and lines (N4–N24), ids of
//! the lines no action made (N28), and monthly invoices (N7).

pub mod action;
pub mod calendar;
pub mod ids;
pub mod invoice;
pub mod replay;
mod replay_actions;
mod replay_auto;
pub mod replay_start;
