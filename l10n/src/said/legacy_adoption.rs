//! `LegacyAdoptionRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::LegacyAdoptionRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::TrialNothingToRecord { offer } => [
            format!("{offer} is a trial: trials are never billed, so there is nothing to record."),
            format!("{offer} is een proefversie: proefversies worden nooit gefactureerd, dus er valt niets vast te leggen."),
            format!("{offer} ist eine Testversion: Testversionen werden nie abgerechnet, daher gibt es nichts zu erfassen."),
        ],
        R::NegativeUnitPrice => [
            "A unit price can't be negative.",
            "Een eenheidsprijs kan niet negatief zijn.",
            "Ein Stückpreis kann nicht negativ sein.",
        ].map(String::from),
        R::NotAnAddOnNoBase { offer } => [
            format!("{offer} is not an add-on, so it has no base subscription."),
            format!("{offer} is geen invoegtoepassing en heeft dus geen basisabonnement."),
            format!("{offer} ist kein Add-On und hat daher kein Basisabonnement."),
        ],
        R::AddOnNeedsCustomersBase { offer, bases } => {
            let bases = f.names(bases);
            [
                format!("{offer} is an add-on: it needs this customer's subscription of {bases} as its base."),
                format!("{offer} is een invoegtoepassing: het heeft het abonnement van deze klant op {bases} als basis nodig."),
                format!("{offer} ist ein Add-On: Es benötigt das Abonnement dieses Kunden für {bases} als Basis."),
            ]
        }
        R::TermMustLast12Months { start, end } => {
            let (start, end) = (f.day(*start), f.day(*end));
            [
                format!("A term from {start} must end 12 months later, not on {end}."),
                format!("Een looptijd vanaf {start} moet 12 maanden later eindigen, niet op {end}."),
                format!("Eine Laufzeit ab {start} muss 12 Monate später enden, nicht am {end}."),
            ]
        }
        R::TermStartsAfterToday { start, today } => {
            let (start, today) = (f.day(*start), f.day(*today));
            [
                format!("Its term starts on {start}, after today ({today}); record the subscriptions of your latest reconciliation file."),
                format!("De looptijd begint op {start}, na vandaag ({today}); leg de abonnementen van uw laatste reconciliatiebestand vast."),
                format!("Die Laufzeit beginnt am {start}, nach heute ({today}); erfassen Sie die Abonnements Ihrer neuesten Abstimmungsdatei."),
            ]
        }
        R::TermEndedSuspended { end } => {
            let end = f.day(*end);
            [
                format!("Its term ended on {end} while it was suspended, so it did not renew; there is nothing to record."),
                format!("De looptijd eindigde op {end} terwijl het abonnement was opgeschort, dus het is niet verlengd; er valt niets vast te leggen."),
                format!("Die Laufzeit endete am {end}, während das Abonnement ausgesetzt war, daher wurde es nicht verlängert; es gibt nichts zu erfassen."),
            ]
        }
        R::InvoiceAfterToday { billed_through, today } => {
            let (invoice, today) = (f.day(*billed_through), f.day(*today));
            [
                format!("The file is the invoice of {invoice}, which is after today ({today})."),
                format!("Het bestand hoort bij de factuur van {invoice}, en die datum ligt na vandaag ({today})."),
                format!("Die Datei gehört zur Rechnung vom {invoice}, und dieses Datum liegt nach heute ({today})."),
            ]
        }
        R::SuspendedTooLong { suspended_on } => {
            let on = f.day(*suspended_on);
            [
                format!("It was suspended on {on}: more than 90 days ago it is deleted, and a suspension can't be after today."),
                format!("Het is opgeschort op {on}: na meer dan 90 dagen is het verwijderd, en een opschorting kan niet na vandaag liggen."),
                format!("Es wurde am {on} ausgesetzt: Nach mehr als 90 Tagen ist es gelöscht, und eine Aussetzung kann nicht nach heute liegen."),
            ]
        }
    })
}
