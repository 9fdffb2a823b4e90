//! New commerce, rules profile "2022" (SPEC-NCE §11–§12, R6), as a self-contained engine.
//!
//! Layers inside, each importing only those before it:
//! - billing: `term`, `price`, `offer`, `sample_catalog`, `calendar`, `proration`, `ids`, `line`,
//!   `action`, `view`, `replay_start`, `replay` (with `replay_auto`, `replay_actions`), `invoice`;
//! - rules: `checks` (with its rule-family files), `run` (check, then apply);
//! - reports: `recon_csv`, which reads only lines, offers and the invoice's facts.
//!
//! It depends on the legacy core's base pieces only: money, dates, rule errors, the CSV writer.

pub mod action;
pub mod calendar;
pub mod checks;
mod checks_changes;
mod checks_creation;
pub mod ids;
pub mod invoice;
pub mod line;
pub mod offer;
pub mod price;
pub mod proration;
pub mod recon_csv;
pub mod replay;
mod replay_actions;
mod replay_auto;
pub mod replay_start;
pub mod run;
pub mod sample_catalog;
pub mod term;
pub mod view;
