//! The rules seam: the checks of one rules profile, behind one trait. The legacy profiles share
//! one rule set (`legacy`), asking `LegacyProfile` where they differ; a new family of rules is
//! a new rule set and one arm of `rule_set`.

use super::context::{Accepted, CheckContext};
use crate::base::rule_error::RuleError;

pub trait RuleSet: Sync {
    /// What the command of `ctx` records if this profile's rules accept it as of `ctx.today`.
    fn check(&self, ctx: &CheckContext<'_>) -> Result<Vec<Accepted>, RuleError>;
}
