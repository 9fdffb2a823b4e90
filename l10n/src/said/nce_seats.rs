//! `NceSeatsRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::NceSeatsRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    let day = |day: &Option<chrono::NaiveDate>| day.map(|d| f.day(d)).unwrap_or_default();
    lang.pick(match refusal {
        R::TrialKeepsSeats => [
            "A trial keeps its 25 seats; convert it to change the number of seats.",
            "Een proefversie houdt haar 25 licenties; zet deze om om het aantal licenties te wijzigen.",
            "Eine Testversion behält ihre 25 Lizenzen; wandeln Sie sie um, um die Anzahl der Lizenzen zu ändern.",
        ].map(String::from),
        R::SeatsWhileSuspended => [
            "Seats cannot change while the subscription is suspended; reactivate it first.",
            "Licenties kunnen niet veranderen zolang het abonnement is opgeschort; activeer het eerst opnieuw.",
            "Lizenzen können sich nicht ändern, solange das Abonnement ausgesetzt ist; reaktivieren Sie es zuerst.",
        ].map(String::from),
        R::SeatsAlready { quantity } => {
            let n = f.n(*quantity);
            [
                format!("The subscription already has {n} seats; enter a different number."),
                format!("Het abonnement heeft al {n} licenties; vul een ander aantal in."),
                format!("Das Abonnement hat bereits {n} Lizenzen; geben Sie eine andere Anzahl ein."),
            ]
        }
        R::KeepsOneSeat { last_cancel } => {
            let until = day(last_cancel);
            [
                format!("A subscription keeps at least 1 seat; to stop it, cancel it (until {until}) or turn off auto-renew."),
                format!("Een abonnement houdt minstens 1 licentie; annuleer het om het te stoppen (tot en met {until}) of zet automatisch verlengen uit."),
                format!("Ein Abonnement behält mindestens 1 Lizenz; um es zu beenden, kündigen Sie es (bis {until}) oder deaktivieren Sie die automatische Verlängerung."),
            ]
        }
        R::ReduceWindowClosed { last_closed, renewal } => {
            let renewal = f.day(*renewal);
            let before_today = lang.pick(["before today", "vóór vandaag", "vor heute"]);
            let last = last_closed.map_or(before_today.to_string(), |d| f.day(d));
            [
                format!("Seats can only be reduced within 7 days of being added; the last such day for these seats was {last}. Schedule the lower quantity for the renewal on {renewal} instead."),
                format!("Licenties kunnen alleen binnen 7 dagen na toevoegen worden verminderd; voor deze licenties was de laatste dag daarvoor {last}. Plan in plaats daarvan het lagere aantal voor de verlenging op {renewal}."),
                format!("Lizenzen können nur innerhalb von 7 Tagen nach dem Hinzufügen reduziert werden; letzter möglicher Tag für diese Lizenzen: {last}. Planen Sie stattdessen die geringere Anzahl für die Verlängerung am {renewal}."),
            ]
        }
        R::OnlySomeSeatsRemovable { reducible, day: on, until, renewal } => {
            let (r, on, until, renewal) = (f.n(*reducible), f.day(*on), day(until), f.day(*renewal));
            [
                format!("Only {r} seats can be removed on {on} (seats added in the last 7 days, until {until}). Remove at most {r}, or schedule the lower quantity for the renewal on {renewal}."),
                format!("Op {on} kunnen maar {r} licenties worden verwijderd (licenties die in de laatste 7 dagen zijn toegevoegd, tot en met {until}). Verwijder er hoogstens {r}, of plan het lagere aantal voor de verlenging op {renewal}."),
                format!("Am {on} können nur {r} Lizenzen entfernt werden (in den letzten 7 Tagen hinzugefügte Lizenzen, bis {until}). Entfernen Sie höchstens {r}, oder planen Sie die geringere Anzahl für die Verlängerung am {renewal}."),
            ]
        }
        R::TrialNotCancelled => [
            "A trial is not cancelled: turn off its auto-renew and it ends after its 30 days.",
            "Een proefversie wordt niet geannuleerd: zet automatisch verlengen uit en deze eindigt na 30 dagen.",
            "Eine Testversion wird nicht gekündigt: Deaktivieren Sie die automatische Verlängerung, dann endet sie nach 30 Tagen.",
        ].map(String::from),
        R::CancelWindowClosed { start, last, end } => {
            let (start, last, end) = (f.day(*start), day(last), f.day(*end));
            [
                format!("A subscription can only be cancelled within 7 days of its start on {start}; the last such day was {last}. Turn off auto-renew so that it ends on {end} instead."),
                format!("Een abonnement kan alleen binnen 7 dagen na de start op {start} worden geannuleerd; de laatste dag daarvoor was {last}. Zet in plaats daarvan automatisch verlengen uit, zodat het op {end} eindigt."),
                format!("Ein Abonnement kann nur innerhalb von 7 Tagen nach seinem Beginn am {start} gekündigt werden; der letzte Tag dafür war der {last}. Deaktivieren Sie stattdessen die automatische Verlängerung, damit es am {end} endet."),
            ]
        }
    })
}
