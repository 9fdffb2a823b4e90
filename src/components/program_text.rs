//! The three programs a partner can bill under, in a title and one sentence on when each
//! applies (SPEC §7, SPEC-NCE O11): the first visit and Settings say the same.

use partnerdesk_core::model::settings::RulesProfile;

/// The choice's label: the profile's name as the core spells it, with the program.
pub fn profile_title(profile: RulesProfile) -> String {
    let program = match profile {
        RulesProfile::P2022 => "New commerce",
        RulesProfile::P2018 | RulesProfile::P2017 => "Legacy license-based",
    };
    format!("{program} ({})", profile.label())
}

pub fn profile_description(profile: RulesProfile) -> &'static str {
    match profile {
        RulesProfile::P2022 => {
            "Today's program: every license-based purchase since 9/1/2024 (new commerce seats \
             since January 2022). Terms of a month, a year or three years, 7 days to cancel or \
             reduce seats, monthly invoices."
        }
        RulesProfile::P2018 => {
            "Legacy subscriptions under the billing alignment of February 2018: monthly terms \
             start on the purchase date, license changes are billed from the next anniversary, \
             prorations are exact and rounded once, and the billing frequency can be changed."
        }
        RulesProfile::P2017 => {
            "Legacy subscriptions under the launch rules of the 2017 FAQ: a free period up to \
             the first billing date, monthly cycles on your billing day, license changes billed \
             on the next billing date, daily rates rounded first, a frequency that cannot change."
        }
    }
}
