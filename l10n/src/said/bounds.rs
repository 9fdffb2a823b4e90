//! `BoundsRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::{BoundsRefusal as R, DayNamed, PriceNamed};

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::DayOutside { named, day, first, last } => {
            let named = day_named(lang, *named);
            let (day, first, last) = (f.day(*day), f.day(*first), f.day(*last));
            [
                format!("{named} ({day}) is outside the years PartnerDesk works with; choose a day from {first} to {last}."),
                format!("{named} ({day}) valt buiten de jaren waarmee PartnerDesk werkt; kies een dag van {first} tot en met {last}."),
                format!("{named} ({day}) liegt außerhalb der Jahre, mit denen PartnerDesk arbeitet; wählen Sie einen Tag vom {first} bis zum {last}."),
            ]
        }
        R::PriceOutside { named, max } => {
            let what = lang.pick(match named {
                PriceNamed::ListPrice => ["The list price", "De catalogusprijs", "Der Listenpreis"],
                PriceNamed::ErpPrice => ["The ERP price", "De ERP-prijs", "Der ERP-Preis"],
                PriceNamed::UnitPrice => ["The unit price", "De eenheidsprijs", "Der Stückpreis"],
            });
            let max = f.amount(*max);
            [
                format!("{what} must be from 0 to {max}; larger prices are typing errors."),
                format!("{what} moet tussen 0 en {max} liggen; hogere prijzen zijn typefouten."),
                format!("{what} muss zwischen 0 und {max} liegen; höhere Preise sind Tippfehler."),
            ]
        }
        R::SeatsAtMost { max } => {
            let max = f.n(*max);
            [
                format!("Enter at most {max} licenses."),
                format!("Vul hoogstens {max} licenties in."),
                format!("Geben Sie höchstens {max} Lizenzen ein."),
            ]
        }
        R::OfferSeats { max } => {
            let max = f.n(*max);
            [
                format!("The offer's seats must be from 1 to at most {max}."),
                format!("Het aantal licenties van de aanbieding moet tussen 1 en hoogstens {max} liggen."),
                format!("Die Lizenzen des Angebots müssen zwischen 1 und höchstens {max} liegen."),
            ]
        }
        R::AtLine { line, refusal } => {
            let said = format!("{}: {}", f.line(*line), word(lang, refusal));
            [said.clone(), said.clone(), said]
        }
    })
}

fn day_named(lang: Lang, named: DayNamed) -> &'static str {
    lang.pick(match named {
        DayNamed::Today => ["Today", "Vandaag", "Heute"],
        DayNamed::PriceFrom => [
            "The first day of the price",
            "De eerste dag van de prijs",
            "Der erste Tag des Preises",
        ],
        DayNamed::TermStart => [
            "The term's start",
            "Het begin van de looptijd",
            "Der Beginn der Laufzeit",
        ],
        DayNamed::TermEnd => [
            "The term's end",
            "Het einde van de looptijd",
            "Das Ende der Laufzeit",
        ],
        DayNamed::ValidFrom => ["Valid from", "Geldig vanaf", "Gültig ab"],
        DayNamed::ValidTo => ["Valid to", "Geldig tot en met", "Gültig bis"],
    })
}
