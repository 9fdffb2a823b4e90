//! English.

use crate::keys::Key;
use crate::lang::Lang;
use crate::say::EXAMPLE_GUID;
use partnerdesk_core::base::say::SettingsProblem as Say;

pub(crate) fn text(key: Key) -> &'static str {
    match key {
        Key::SkipToContent => "Skip to content",
        Key::Menu => "Menu",
        Key::MainNavigation => "Main",
        Key::NavDashboard => "Dashboard",
        Key::NavCatalog => "Catalog",
        Key::NavCustomers => "Customers",
        Key::NavBilling => "Billing",
        Key::NavSettings => "Settings",
        Key::Language => "Language",
        Key::TodayIs => "Today: {0}",
        Key::TodayMoved => "(moved; the real date is {0})",
        Key::MoveTodayTo => "Move today to",
        Key::MoveToday => "Move today",
        Key::BackToRealDate => "Back to the real date",
        Key::EnterDate => "Enter a date, such as {0}.",
        Key::MovedDateUnreadable => {
            "The moved date could not be read ({0}); today is the real date."
        }
        Key::LanguageUnreadable => {
            "The chosen language could not be read ({0}); the browser's language is used."
        }
        Key::StorageUnavailable => "Storage is unavailable: nothing will be saved.",
        Key::UpdateAvailable => "A new version of PartnerDesk is available.",
        Key::ReloadToUpdate => "Reload to use it",
        Key::NotFoundTitle => "Page not found",
        Key::NothingLivesAt => "Nothing lives at {0}.",
        Key::GoToDashboard => "Go to the Dashboard",
        Key::EnterNumber => "Enter a number, such as {0}.",
        Key::EnterAmount => "Enter an amount, such as {0}.",
        Key::EnterPercent => "Enter a percentage, such as {0}.",
        // Task M (issue 14 item 1): the scenario played while today is moved.
        Key::ScenarioUnreadable => "The scenario played with a moved today can't be read ({0}); the next action recorded with today moved starts a new one.",
        Key::ScenarioTitle => "Scenario: today is moved to {0}",
        Key::ScenarioExplained => "What you record now is kept apart from your real book. Going back to the real date asks whether to discard it or keep it.",
        Key::ScenarioActions => "Actions recorded in this scenario: {0}.",
        Key::ScenarioReturnQuestion => "Back to the real date: what becomes of this scenario's actions?",
        Key::DiscardScenario => "Discard the scenario",
        Key::KeepScenario => "Keep its actions in the real book",
        Key::StayInScenario => "Stay in the scenario",
        Key::ScenarioCantKeep => "Its actions can't be kept in the real book. {0}",
    }
}

pub(crate) fn say(say: &Say) -> String {
    let n = |n: u32| Lang::En.count(n.into());
    match say {
        Say::PartnerNameMissing => "Enter the partner's name.".into(),
        Say::PartnerIdNotGuid => {
            format!("The partner id must be a GUID such as {EXAMPLE_GUID}.")
        }
        Say::MpnIdDigits { min, max } => {
            format!(
                "The MPN id is a number of {} to {} digits.",
                n(*min),
                n(*max)
            )
        }
        Say::BillingDayOutOfRange { first, last } => format!(
            "The billing day must be a whole number from {} to {}.",
            n(*first),
            n(*last)
        ),
        Say::CurrencyNotOffered { offered } => format!("Choose one of {}.", offered.join(", ")),
        Say::PercentOutOfRange { low, high } => {
            format!("Enter a percentage from {} to {}.", n(*low), n(*high))
        }
    }
}
