//! `StorageProblem` in English, Dutch and German. English is word for word what the app's
//! `SaveError` said before it was data; the browser's own reason (`why`) stays as it came.

use crate::lang::Lang;
use partnerdesk_core::base::say::{StorageFailure as F, StorageProblem as P};

pub(crate) fn word(lang: Lang, problem: &P) -> String {
    match problem {
        P::NotStored(failure) => not_stored(lang, failure),
        P::NothingRecorded(failure) => {
            let what = failed(lang, failure);
            lang.pick([
                format!("Nothing was recorded: {what}."),
                format!("Er is niets vastgelegd: {what}."),
                format!("Es wurde nichts erfasst: {what}."),
            ])
        }
    }
}

/// The failure as a clause: "the browser's storage for PartnerDesk is full".
fn failed(lang: Lang, failure: &F) -> String {
    lang.pick(match failure {
        F::QuotaFull => [
            "the browser's storage for PartnerDesk is full".to_string(),
            "de opslag van de browser voor PartnerDesk is vol".to_string(),
            "der Speicher des Browsers für PartnerDesk ist voll".to_string(),
        ],
        F::Unavailable { why } => [
            format!("the browser refuses storage ({why})"),
            format!("de browser weigert opslag ({why})"),
            format!("der Browser verweigert die Speicherung ({why})"),
        ],
        F::Unreadable { why } => [
            format!("the stored book can't be read ({why})"),
            format!("het opgeslagen boek kan niet worden gelezen ({why})"),
            format!("das gespeicherte Buch kann nicht gelesen werden ({why})"),
        ],
        F::Other { why } => [why.clone(), why.clone(), why.clone()],
    })
}

fn not_stored(lang: Lang, failure: &F) -> String {
    let nothing = lang.pick([
        "so nothing was stored and nothing changed",
        "dus er is niets opgeslagen en niets gewijzigd",
        "daher wurde nichts gespeichert und nichts geändert",
    ]);
    lang.pick(match failure {
        F::QuotaFull => [
            format!("Storage is full: the browser's space for PartnerDesk is used up, {nothing}. Download a backup to keep your book safe, then free space (for example by clearing other data of this site) and try again."),
            format!("De opslag is vol: de ruimte van de browser voor PartnerDesk is op, {nothing}. Download een back-up om uw boek veilig te bewaren, maak dan ruimte vrij (bijvoorbeeld door andere gegevens van deze site te wissen) en probeer het opnieuw."),
            format!("Der Speicher ist voll: Der Platz des Browsers für PartnerDesk ist aufgebraucht, {nothing}. Laden Sie eine Sicherung herunter, um Ihr Buch zu schützen, geben Sie dann Platz frei (zum Beispiel durch Löschen anderer Daten dieser Website) und versuchen Sie es erneut."),
        ],
        F::Unavailable { why } => [
            format!("The browser refuses storage ({why}), {nothing}."),
            format!("De browser weigert opslag ({why}), {nothing}."),
            format!("Der Browser verweigert die Speicherung ({why}), {nothing}."),
        ],
        F::Unreadable { why } => [
            format!("The stored book can't be read ({why}), {nothing}: nothing is stored over it until you decide on the recovery page."),
            format!("Het opgeslagen boek kan niet worden gelezen ({why}), {nothing}: er wordt niets overheen opgeslagen totdat u op de herstelpagina een keuze maakt."),
            format!("Das gespeicherte Buch kann nicht gelesen werden ({why}), {nothing}: Es wird nichts darüber gespeichert, bis Sie auf der Wiederherstellungsseite entscheiden."),
        ],
        F::Other { why } => [
            format!("Storing failed ({why}), {nothing}."),
            format!("Opslaan is mislukt ({why}), {nothing}."),
            format!("Das Speichern ist fehlgeschlagen ({why}), {nothing}."),
        ],
    })
}
