//! `NceActionRefusal` in English, Dutch and German.

use crate::lang::Lang;
use partnerdesk_core::base::say::NceActionRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    lang.pick(match refusal {
        R::LegacyPricesDontApply => [
            "New commerce prices come from the catalog's price rows per term and billing plan; a legacy price list does not apply to this book.",
            "Prijzen onder new commerce komen uit de prijsregels van de catalogus per looptijd en factureringsplan; een oude prijslijst geldt niet voor dit boek.",
            "New-Commerce-Preise stammen aus den Preiszeilen des Katalogs je Laufzeit und Abrechnungsplan; eine bisherige Preisliste gilt für dieses Buch nicht.",
        ],
        R::ChooseTermAndPlan => [
            "Choose a term and billing plan for the purchase.",
            "Kies een looptijd en factureringsplan voor de aankoop.",
            "Wählen Sie eine Laufzeit und einen Abrechnungsplan für den Kauf.",
        ],
        R::BaseHasNoTerm => [
            "The base subscription has no term to co-term with; choose an active subscription as the base.",
            "Het basisabonnement heeft geen looptijd om op af te stemmen; kies een actief abonnement als basis.",
            "Das Basisabonnement hat keine Laufzeit, an die angeglichen werden kann; wählen Sie ein aktives Abonnement als Basis.",
        ],
        R::NeedsSubscription => [
            "That action needs a subscription.",
            "Voor die actie is een abonnement nodig.",
            "Für diese Aktion wird ein Abonnement benötigt.",
        ],
        R::LacksOrderIds => [
            "This action lacks the order ids or the term a new commerce subscription needs; try again.",
            "Deze actie mist de order-id's of de looptijd die een abonnement onder new commerce nodig heeft; probeer het opnieuw.",
            "Dieser Aktion fehlen die Bestell-IDs oder die Laufzeit, die ein New-Commerce-Abonnement benötigt; versuchen Sie es erneut.",
        ],
        R::NotNewCommerce => [
            "This subscription was not made under new commerce; start a new book for it.",
            "Dit abonnement is niet onder new commerce afgesloten; begin er een nieuw boek voor.",
            "Dieses Abonnement wurde nicht unter New Commerce abgeschlossen; beginnen Sie dafür ein neues Buch.",
        ],
        R::NoScheduledChange => [
            "There is no scheduled change to cancel.",
            "Er is geen geplande wijziging om te annuleren.",
            "Es gibt keine geplante Änderung, die storniert werden könnte.",
        ],
        R::DateOrder => [
            "Actions are recorded in date order; date this one on or after the last.",
            "Acties worden op datumvolgorde vastgelegd; geef deze actie de datum van de laatste of een latere.",
            "Aktionen werden in Datumsreihenfolge erfasst; datieren Sie diese auf den Tag der letzten oder später.",
        ],
    })
    .to_string()
}
