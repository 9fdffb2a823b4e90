//! `LegacyPriceListRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::LegacyPriceListRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::NegativeListPrice => [
            "A list price can't be negative.",
            "Een catalogusprijs kan niet negatief zijn.",
            "Ein Listenpreis kann nicht negativ sein.",
        ].map(String::from),
        R::PriceChangeInPast { today } => {
            let today = f.day(*today);
            [
                format!("A price change takes effect today or later, never on a billed past: choose {today} or a later date."),
                format!("Een prijswijziging gaat vandaag of later in, nooit in een al gefactureerd verleden: kies {today} of een latere datum."),
                format!("Eine Preisänderung gilt ab heute oder später, nie für eine bereits abgerechnete Vergangenheit: Wählen Sie den {today} oder ein späteres Datum."),
            ]
        }
        R::LineInCatalogAlready { line, offer } => {
            let line = f.line(*line);
            [
                format!("{line}: {offer} is in the catalog already; mark the row CHG or UNC."),
                format!("{line}: {offer} staat al in de catalogus; markeer de rij met CHG of UNC."),
                format!("{line}: {offer} ist bereits im Katalog; kennzeichnen Sie die Zeile mit CHG oder UNC."),
            ]
        }
        R::LineNotInCatalog { line, offer_id } => {
            let line = f.line(*line);
            [
                format!("{line}: offer {offer_id} is not in the catalog; mark the row ADD."),
                format!("{line}: aanbieding {offer_id} staat niet in de catalogus; markeer de rij met ADD."),
                format!("{line}: Angebot {offer_id} ist nicht im Katalog; kennzeichnen Sie die Zeile mit ADD."),
            ]
        }
        R::LinePriceChangeInPast { line } => {
            let line = f.line(*line);
            [
                format!("{line}: a price change takes effect today or later, never on a billed past."),
                format!("{line}: een prijswijziging gaat vandaag of later in, nooit in een al gefactureerd verleden."),
                format!("{line}: Eine Preisänderung gilt ab heute oder später, nie für eine bereits abgerechnete Vergangenheit."),
            ]
        }
    })
}
