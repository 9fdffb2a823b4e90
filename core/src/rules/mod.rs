//! The rules layer: every command checked against the rules of the book's profile before it is
//! recorded, recording what is accepted, and previews of what a command would do.

pub mod bounds;
pub mod check;
pub mod context;
pub mod corrections;
pub mod customers;
pub mod legacy;
pub mod nce;
pub mod nickname;
pub mod preview;
pub mod profile_switch;
pub mod record;
pub mod rule_set;

use crate::model::settings::RulesProfile;
use legacy::LegacyRules;
use nce::rule_set::NceRules;
use rule_set::RuleSet;

/// The rule set of a rules profile.
pub fn rule_set(profile: RulesProfile) -> &'static dyn RuleSet {
    match profile {
        RulesProfile::P2018 => &LegacyRules::P2018,
        RulesProfile::P2017 => &LegacyRules::P2017,
        RulesProfile::P2022 => &NceRules,
    }
}
