//! `PriceCellProblem` in English, Dutch and German. The example dates stay M/D/YYYY in every
//! language: they show how Microsoft's price list writes a date, not how the partner reads one.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::{PriceCellProblem as C, PriceColumn};

/// The column's name after "the" (English), "de" (Dutch) and "der/die" (German), as the
/// sentences below use it.
fn column(lang: Lang, column: PriceColumn) -> &'static str {
    lang.pick(match column {
        PriceColumn::ChangeIndicator => [
            "change indicator",
            "wijzigingsindicator",
            "Änderungskennzeichen",
        ],
        PriceColumn::ValidFrom => ["valid-from", "begindatum", "Gültig-ab-Datum"],
        PriceColumn::ValidTo => ["valid-to", "einddatum", "Gültig-bis-Datum"],
        PriceColumn::AgreementType => [
            "license agreement type",
            "soort licentieovereenkomst",
            "Lizenzvertragstyp",
        ],
        PriceColumn::SecondaryType => [
            "secondary license type",
            "secundaire licentiesoort",
            "Sekundärlizenztyp",
        ],
        PriceColumn::ListPrice => ["list price", "catalogusprijs", "Listenpreis"],
        PriceColumn::ErpPrice => ["ERP price", "ERP-prijs", "ERP-Preis"],
    })
}

pub(super) fn word(lang: Lang, problem: &C) -> String {
    let f = Figures(lang);
    let col = |c: &PriceColumn| column(lang, *c);
    lang.pick(match problem {
        C::NotOneOf { column, cell, choices } => {
            let (last, rest) = choices.split_last().map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
            let (col, rest) = (col(column), rest.join(", "));
            [
                format!("The {col} \"{cell}\" is not {rest} or {last}."),
                format!("De {col} \"{cell}\" is niet {rest} of {last}."),
                format!("Der Wert \"{cell}\" für {col} ist nicht {rest} oder {last}."),
            ]
        }
        C::NotADate { column, cell } => {
            let valid_to = *column == PriceColumn::ValidTo;
            let example = lang.pick(if valid_to {
                ["5/31/2018; leave it empty for no end", "5/31/2018; laat hem leeg voor geen einde", "5/31/2018; leer lassen für kein Ende"]
            } else {
                ["6/1/2018", "6/1/2018", "6/1/2018"]
            });
            let col = col(column);
            [
                format!("The {col} date \"{cell}\" is not a date such as {example}."),
                format!("De {col} \"{cell}\" is geen datum zoals {example}."),
                format!("Das {col} \"{cell}\" ist kein Datum wie {example}."),
            ]
        }
        C::ShortYear { column, cell } => {
            let col = col(column);
            [
                format!("The {col} date \"{cell}\" has a short year: write the year with four digits, such as 6/1/2018."),
                format!("De {col} \"{cell}\" heeft een kort jaartal: schrijf het jaar met vier cijfers, zoals 6/1/2018."),
                format!("Das {col} \"{cell}\" hat eine kurze Jahreszahl: Schreiben Sie das Jahr mit vier Ziffern, etwa 6/1/2018."),
            ]
        }
        C::DateOutside { column, day, first, last } => {
            let (col, day, first, last) = (col(column), f.day(*day), f.day(*first), f.day(*last));
            [
                format!("The {col} date {day} is outside {first} to {last}, the years PartnerDesk works with."),
                format!("De {col} {day} valt buiten {first} tot {last}, de jaren waarmee PartnerDesk werkt."),
                format!("Das {col} {day} liegt außerhalb von {first} bis {last}, den Jahren, mit denen PartnerDesk arbeitet."),
            ]
        }
        C::ValidToBeforeFrom { to, from } => {
            let (to, from) = (f.day(*to), f.day(*from));
            [
                format!("The valid-to date {to} is before the valid-from date {from}."),
                format!("De einddatum {to} ligt vóór de begindatum {from}."),
                format!("Das Gültig-bis-Datum {to} liegt vor dem Gültig-ab-Datum {from}."),
            ]
        }
        C::NameEmpty => [
            "The offer display name is empty.".to_string(),
            "De weergavenaam van het aanbod is leeg.".to_string(),
            "Der Anzeigename des Angebots ist leer.".to_string(),
        ],
        C::OfferIdNotGuid { cell } => [
            format!("The offer ID \"{cell}\" is not a GUID such as 796b6b5f-613c-4e24-a17c-eba730d49c02."),
            format!("De aanbiedings-ID \"{cell}\" is geen GUID zoals 796b6b5f-613c-4e24-a17c-eba730d49c02."),
            format!("Die Angebots-ID \"{cell}\" ist keine GUID wie 796b6b5f-613c-4e24-a17c-eba730d49c02."),
        ],
        C::EndCustomerTypeEmpty => [
            "The end customer type is empty.".to_string(),
            "Het type eindklant is leeg.".to_string(),
            "Der Endkundentyp ist leer.".to_string(),
        ],
        C::PriceNegative { column, cell } => {
            let col = col(column);
            [
                format!("The {col} {cell} is negative."),
                format!("De {col} {cell} is negatief."),
                format!("Der {col} {cell} ist negativ."),
            ]
        }
        C::PriceTooLarge { column, cell, max } => {
            let (col, max) = (col(column), f.amount(*max));
            [
                format!("The {col} {cell} is more than {max}; larger prices are typing errors."),
                format!("De {col} {cell} is meer dan {max}; hogere prijzen zijn typefouten."),
                format!("Der {col} {cell} ist höher als {max}; höhere Preise sind Tippfehler."),
            ]
        }
        C::NotAnAmount { column, cell } => {
            let col = col(column);
            [
                format!("The {col} \"{cell}\" is not an amount such as 12.50."),
                format!("De {col} \"{cell}\" is geen bedrag zoals 12.50."),
                format!("Der {col} \"{cell}\" ist kein Betrag wie 12.50."),
            ]
        }
    })
}
