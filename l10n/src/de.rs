//! Deutsch.

use crate::keys::Key;
use crate::lang::Lang;
use crate::say::EXAMPLE_GUID;
use partnerdesk_core::base::say::SettingsProblem as Say;

pub(crate) fn text(key: Key) -> &'static str {
    match key {
        Key::SkipToContent => "Zum Inhalt springen",
        Key::Menu => "Menü",
        Key::MainNavigation => "Hauptnavigation",
        Key::NavDashboard => "Übersicht",
        Key::NavCatalog => "Katalog",
        Key::NavCustomers => "Kunden",
        Key::NavBilling => "Abrechnung",
        Key::NavSettings => "Einstellungen",
        Key::Language => "Sprache",
        Key::TodayIs => "Heute: {0}",
        Key::TodayMoved => "(verschoben; das tatsächliche Datum ist {0})",
        Key::MoveTodayTo => "Heute verschieben auf",
        Key::MoveToday => "Heute verschieben",
        Key::BackToRealDate => "Zurück zum tatsächlichen Datum",
        Key::EnterDate => "Geben Sie ein Datum ein, zum Beispiel {0}.",
        Key::MovedDateUnreadable => {
            "Das verschobene Datum konnte nicht gelesen werden ({0}); heute ist das tatsächliche Datum."
        }
        Key::LanguageUnreadable => {
            "Die gewählte Sprache konnte nicht gelesen werden ({0}); die Sprache des Browsers gilt."
        }
        Key::StorageUnavailable => "Speicher ist nicht verfügbar: Nichts wird gespeichert.",
        Key::UpdateAvailable => "Eine neue Version von PartnerDesk ist verfügbar.",
        Key::ReloadToUpdate => "Neu laden, um sie zu verwenden",
        Key::NotFoundTitle => "Seite nicht gefunden",
        Key::NothingLivesAt => "Unter {0} gibt es nichts.",
        Key::GoToDashboard => "Zur Übersicht",
        Key::EnterNumber => "Geben Sie eine Zahl ein, zum Beispiel {0}.",
        Key::EnterAmount => "Geben Sie einen Betrag ein, zum Beispiel {0}.",
        Key::EnterPercent => "Geben Sie einen Prozentsatz ein, zum Beispiel {0}.",
        // Task M (issue 14 item 1): the scenario played while today is moved.
        Key::ScenarioUnreadable => "Das Szenario mit verschobenem Datum kann nicht gelesen werden ({0}); die nächste Aktion mit verschobenem Datum beginnt ein neues.",
        Key::ScenarioTitle => "Szenario: Heute ist auf {0} verschoben",
        Key::ScenarioExplained => "Was Sie jetzt erfassen, bleibt von Ihrem echten Buch getrennt. Bei der Rückkehr zum tatsächlichen Datum wählen Sie, ob Sie es verwerfen oder behalten.",
        Key::ScenarioActions => "Aktionen in diesem Szenario: {0}.",
        Key::ScenarioReturnQuestion => "Zurück zum tatsächlichen Datum: Was geschieht mit den Aktionen dieses Szenarios?",
        Key::DiscardScenario => "Szenario verwerfen",
        Key::KeepScenario => "Aktionen im echten Buch behalten",
        Key::StayInScenario => "Im Szenario bleiben",
        Key::ScenarioCantKeep => "Die Aktionen können nicht im echten Buch behalten werden. {0}",
    }
}

pub(crate) fn say(say: &Say) -> String {
    let n = |n: u32| Lang::De.count(n.into());
    match say {
        Say::PartnerNameMissing => "Geben Sie den Namen des Partners ein.".into(),
        Say::PartnerIdNotGuid => {
            format!("Die Partner-ID muss eine GUID sein, zum Beispiel {EXAMPLE_GUID}.")
        }
        Say::MpnIdDigits { min, max } => {
            format!(
                "Die MPN-ID ist eine Zahl mit {} bis {} Ziffern.",
                n(*min),
                n(*max)
            )
        }
        Say::BillingDayOutOfRange { first, last } => format!(
            "Der Abrechnungstag muss eine ganze Zahl von {} bis {} sein.",
            n(*first),
            n(*last)
        ),
        Say::CurrencyNotOffered { offered } => {
            format!("Wählen Sie eine dieser Währungen: {}.", offered.join(", "))
        }
        Say::PercentOutOfRange { low, high } => format!(
            "Geben Sie einen Prozentsatz von {} bis {} ein.",
            n(*low),
            n(*high)
        ),
    }
}
