//! The three programs a partner can bill under, in a title and one sentence on when each
//! applies (SPEC §7, SPEC-NCE O11): the first visit and Settings say the same, in the language
//! in use when they are called.

use crate::state::language::current_lang;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_l10n::CommonText;

/// The choice's label: the profile's name as the core spells it, with the program.
pub fn profile_title(profile: RulesProfile) -> String {
    let program = match profile {
        RulesProfile::P2022 => CommonText::ProgramNewCommerce,
        RulesProfile::P2018 | RulesProfile::P2017 => CommonText::ProgramLegacy,
    };
    format!("{} ({})", current_lang().text(program), profile.label())
}

pub fn profile_description(profile: RulesProfile) -> &'static str {
    current_lang().text(match profile {
        RulesProfile::P2022 => CommonText::Program2022,
        RulesProfile::P2018 => CommonText::Program2018,
        RulesProfile::P2017 => CommonText::Program2017,
    })
}
