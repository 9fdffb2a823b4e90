//! `NceAdoptionRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::NceAdoptionRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::NeedsTermAndPlan { offer } => [
            format!("{offer} is not a trial, so it needs a term and billing plan."),
            format!("{offer} is geen proefversie en heeft dus een looptijd en factureringsplan nodig."),
            format!("{offer} ist keine Testversion und benötigt daher eine Laufzeit und einen Abrechnungsplan."),
        ],
        R::SeatsAtLeast { offer, minimum } => {
            let m = f.n(*minimum);
            [
                format!("{offer} needs at least {m} seats."),
                format!("{offer} vereist minstens {m} licenties."),
                format!("{offer} erfordert mindestens {m} Lizenzen."),
            ]
        }
        R::MonthNotOver { billed_through, day } => {
            let (through, day) = (f.day(*billed_through), f.day(*day));
            [
                format!("The file bills up to {through}, which is not over yet on {day}; use the file of a month that has ended."),
                format!("Het bestand factureert tot en met {through}, en dat is op {day} nog niet voorbij; gebruik het bestand van een afgelopen maand."),
                format!("Die Datei rechnet bis {through} ab, und das ist am {day} noch nicht vorbei; verwenden Sie die Datei eines abgelaufenen Monats."),
            ]
        }
        R::TermStartsAfterFile { start, file_end } => {
            let (start, end) = (f.day(*start), f.day(*file_end));
            [
                format!("Its term starts on {start}, after the file's last day ({end})."),
                format!("De looptijd begint op {start}, na de laatste dag van het bestand ({end})."),
                format!("Die Laufzeit beginnt am {start}, nach dem letzten Tag der Datei ({end})."),
            ]
        }
        R::TermExpired { end } => {
            let end = f.day(*end);
            [
                format!("Its term ended on {end} and the file shows no renewal, so it expired; there is nothing to record."),
                format!("De looptijd eindigde op {end} en het bestand toont geen verlenging, dus het abonnement is verlopen; er valt niets vast te leggen."),
                format!("Die Laufzeit endete am {end}, und die Datei zeigt keine Verlängerung, daher ist das Abonnement abgelaufen; es gibt nichts zu erfassen."),
            ]
        }
        R::TrialShape { offer, seats, start, end } => {
            let (n, start, end) = (f.n(*seats), f.day(*start), f.day(*end));
            [
                format!("{offer} is a trial: it has {n} seats from {start} to {end}, and no term or billing plan."),
                format!("{offer} is een proefversie: die heeft {n} licenties van {start} tot en met {end}, en geen looptijd of factureringsplan."),
                format!("{offer} ist eine Testversion: Sie hat {n} Lizenzen vom {start} bis {end} und keine Laufzeit oder keinen Abrechnungsplan."),
            ]
        }
        R::TermEndsOn { term, start, end, not_on } => {
            let term = f.term(*term);
            let (start, end, not_on) = (f.day(*start), f.day(*end), f.day(*not_on));
            [
                format!("A {term} term from {start} ends on {end}, not on {not_on}."),
                format!("Een looptijd van {term} vanaf {start} eindigt op {end}, niet op {not_on}."),
                format!("Eine Laufzeit von {term} ab {start} endet am {end}, nicht am {not_on}."),
            ]
        }
        R::AddOnNeedsBase { offer } => [
            format!("{offer} is an add-on: it needs this customer's subscription of an offer it adds to, in the same term and billing plan, as its base."),
            format!("{offer} is een invoegtoepassing: het heeft als basis een abonnement van deze klant nodig op een aanbod waar het op aanvult, met dezelfde looptijd en hetzelfde factureringsplan."),
            format!("{offer} ist ein Add-On: Es benötigt als Basis ein Abonnement dieses Kunden für ein Angebot, das es ergänzt, mit derselben Laufzeit und demselben Abrechnungsplan."),
        ],
    })
}
