//! Nederlands.

use crate::keys::Key;
use crate::lang::Lang;
use crate::say::EXAMPLE_GUID;
use partnerdesk_core::base::say::SettingsProblem as Say;

pub(crate) fn text(key: Key) -> &'static str {
    match key {
        Key::SkipToContent => "Naar de inhoud",
        Key::Menu => "Menu",
        Key::MainNavigation => "Hoofdnavigatie",
        Key::NavDashboard => "Overzicht",
        Key::NavCatalog => "Catalogus",
        Key::NavCustomers => "Klanten",
        Key::NavBilling => "Facturatie",
        Key::NavSettings => "Instellingen",
        Key::Language => "Taal",
        Key::TodayIs => "Vandaag: {0}",
        Key::TodayMoved => "(verplaatst; de echte datum is {0})",
        Key::MoveTodayTo => "Vandaag verplaatsen naar",
        Key::MoveToday => "Vandaag verplaatsen",
        Key::BackToRealDate => "Terug naar de echte datum",
        Key::EnterDate => "Vul een datum in, zoals {0}.",
        Key::MovedDateUnreadable => {
            "De verplaatste datum kon niet worden gelezen ({0}); vandaag is de echte datum."
        }
        Key::LanguageUnreadable => {
            "De gekozen taal kon niet worden gelezen ({0}); de taal van de browser wordt gebruikt."
        }
        Key::StorageUnavailable => "Opslag is niet beschikbaar: er wordt niets bewaard.",
        Key::UpdateAvailable => "Er is een nieuwe versie van PartnerDesk beschikbaar.",
        Key::ReloadToUpdate => "Herladen om die te gebruiken",
        Key::NotFoundTitle => "Pagina niet gevonden",
        Key::NothingLivesAt => "Op {0} staat niets.",
        Key::GoToDashboard => "Naar het overzicht",
        Key::EnterNumber => "Vul een getal in, zoals {0}.",
        Key::EnterAmount => "Vul een bedrag in, zoals {0}.",
        Key::EnterPercent => "Vul een percentage in, zoals {0}.",
        // Task M (issue 14 item 1): the scenario played while today is moved.
        Key::ScenarioUnreadable => "Het scenario met een verplaatste datum kan niet worden gelezen ({0}); de volgende actie met een verplaatste datum begint een nieuw scenario.",
        Key::ScenarioTitle => "Scenario: vandaag is verplaatst naar {0}",
        Key::ScenarioExplained => "Wat u nu vastlegt, blijft gescheiden van uw echte boek. Bij terugkeer naar de echte datum kiest u of u het weggooit of bewaart.",
        Key::ScenarioActions => "Acties in dit scenario: {0}.",
        Key::ScenarioReturnQuestion => "Terug naar de echte datum: wat gebeurt er met de acties van dit scenario?",
        Key::DiscardScenario => "Scenario weggooien",
        Key::KeepScenario => "Acties bewaren in het echte boek",
        Key::StayInScenario => "In het scenario blijven",
        Key::ScenarioCantKeep => "De acties kunnen niet in het echte boek worden bewaard. {0}",
    }
}

pub(crate) fn say(say: &Say) -> String {
    let n = |n: u32| Lang::Nl.count(n.into());
    match say {
        Say::PartnerNameMissing => "Vul de naam van de partner in.".into(),
        Say::PartnerIdNotGuid => {
            format!("Het partner-id moet een GUID zijn, zoals {EXAMPLE_GUID}.")
        }
        Say::MpnIdDigits { min, max } => {
            format!(
                "Het MPN-id is een getal van {} tot {} cijfers.",
                n(*min),
                n(*max)
            )
        }
        Say::BillingDayOutOfRange { first, last } => format!(
            "De factuurdag moet een geheel getal van {} tot en met {} zijn.",
            n(*first),
            n(*last)
        ),
        Say::CurrencyNotOffered { offered } => {
            format!("Kies een van deze valuta: {}.", offered.join(", "))
        }
        Say::PercentOutOfRange { low, high } => format!(
            "Vul een percentage van {} tot en met {} in.",
            n(*low),
            n(*high)
        ),
    }
}
