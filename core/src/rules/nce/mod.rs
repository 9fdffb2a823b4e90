//! The rules of new commerce (profile "2022"): may this action happen on this day (one check
//! per partner action, naming the rule and the way out), and a subscription's history run
//! through the checks and the replay.

pub mod checks;
mod checks_adoption;
mod checks_changes;
mod checks_creation;
pub mod rule_set;
pub mod run;
