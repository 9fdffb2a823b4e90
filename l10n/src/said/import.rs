//! `ImportProblem` in English, Dutch and German. Column names and the values a file must hold
//! (segments, Partner Center's column names) stay as the file writes them.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::{CellKind, ImportProblem as P, ProgramWord, RowProblem as R};

pub(crate) fn word(lang: Lang, problem: &P) -> String {
    let f = Figures(lang);
    lang.pick(match problem {
        P::EmptyFile { columns } => {
            let columns = columns.join(", ");
            [
                format!("The file is empty; its first line must name the columns {columns}."),
                format!("Het bestand is leeg; de eerste regel moet de kolommen {columns} noemen."),
                format!("Die Datei ist leer; ihre erste Zeile muss die Spalten {columns} benennen."),
            ]
        }
        P::NotCsv => [
            "This row cannot be read as CSV text.".to_string(),
            "Deze regel kan niet als CSV-tekst worden gelezen.".to_string(),
            "Diese Zeile kann nicht als CSV-Text gelesen werden.".to_string(),
        ],
        P::FieldCount { fields, header } => {
            let (fields, header) = (f.count_of(*fields), f.count_of(*header));
            [
                format!("This row has {fields} fields but the header has {header}; put quotes around values that contain the separator."),
                format!("Deze regel heeft {fields} velden, maar de kopregel heeft er {header}; zet aanhalingstekens rond waarden die het scheidingsteken bevatten."),
                format!("Diese Zeile hat {fields} Felder, die Kopfzeile aber {header}; setzen Sie Werte, die das Trennzeichen enthalten, in Anführungszeichen."),
            ]
        }
        P::ColumnTwice { column } => [
            format!("The header names the column \"{column}\" twice."),
            format!("De kopregel noemt de kolom \"{column}\" twee keer."),
            format!("Die Kopfzeile nennt die Spalte \"{column}\" zweimal."),
        ],
        P::NoColumn { column } => [
            format!("The header has no column \"{column}\"."),
            format!("De kopregel heeft geen kolom \"{column}\"."),
            format!("Die Kopfzeile hat keine Spalte \"{column}\"."),
        ],
        P::OfferTwice { offer_id, first_line } => {
            let first = f.count_of(*first_line);
            [
                format!("Offer ID {offer_id} is already on line {first}; a price list names each offer once."),
                format!("Aanbiedings-ID {offer_id} staat al op regel {first}; een prijslijst noemt elk aanbod één keer."),
                format!("Die Angebots-ID {offer_id} steht bereits in Zeile {first}; eine Preisliste nennt jedes Angebot nur einmal."),
            ]
        }
        P::SegmentUnknown { segment } => [
            format!("The segment \"{segment}\" is not Commercial, Education, Government or Nonprofit."),
            format!("Het segment \"{segment}\" is niet Commercial, Education, Government of Nonprofit."),
            format!("Das Segment \"{segment}\" ist nicht Commercial, Education, Government oder Nonprofit."),
        ],
        P::CustomerField { about, problem } => {
            let said = lang.say(problem);
            [
                format!("{about}: {said}"),
                format!("{about}: {said}"),
                format!("{about}: {said}"),
            ]
        }
        P::DomainTaken { domain, owner } => [
            format!("The domain {domain} already belongs to the customer \"{owner}\"."),
            format!("Het domein {domain} hoort al bij de klant \"{owner}\"."),
            format!("Die Domäne {domain} gehört bereits zum Kunden \"{owner}\"."),
        ],
        P::DomainTwice { domain, first_line } => {
            let first = f.count_of(*first_line);
            [
                format!("The domain {domain} is already on line {first}."),
                format!("Het domein {domain} staat al op regel {first}."),
                format!("Die Domäne {domain} steht bereits in Zeile {first}."),
            ]
        }
        P::ReconEmpty => [
            "The file is empty; a reconciliation file starts with a line naming its columns.".to_string(),
            "Het bestand is leeg; een reconciliatiebestand begint met een regel die de kolommen noemt.".to_string(),
            "Die Datei ist leer; eine Abstimmungsdatei beginnt mit einer Zeile, die ihre Spalten benennt.".to_string(),
        ],
        P::ReconColumnTwice { column } => [
            format!("The header names the column \"{column}\" twice; remove one of them."),
            format!("De kopregel noemt de kolom \"{column}\" twee keer; verwijder er één."),
            format!("Die Kopfzeile nennt die Spalte \"{column}\" zweimal; entfernen Sie eine davon."),
        ],
        P::ReconNoColumn { column, program } => {
            let [en, nl, de] = match program {
                ProgramWord::Legacy => [
                    "license-based (legacy) file",
                    "licentiegebaseerd (legacy) bestand",
                    "lizenzbasierte (Legacy-)Datei",
                ],
                ProgramWord::NewCommerce => [
                    "new commerce file",
                    "new commerce-bestand",
                    "New-Commerce-Datei",
                ],
            };
            [
                format!("The header has no column \"{column}\", which a {en} needs."),
                format!("De kopregel heeft geen kolom \"{column}\", die een {nl} nodig heeft."),
                format!("Die Kopfzeile hat keine Spalte \"{column}\", die eine {de} benötigt."),
            ]
        }
        P::NoSubscriptionColumn => [
            "The header has neither \"SyndicationPartnerSubscriptionNumber\" nor \"SubscriptionId\": one of them names each line's subscription.".to_string(),
            "De kopregel heeft \"SyndicationPartnerSubscriptionNumber\" noch \"SubscriptionId\": een van beide noemt het abonnement van elke regel.".to_string(),
            "Die Kopfzeile hat weder \"SyndicationPartnerSubscriptionNumber\" noch \"SubscriptionId\": eine davon nennt das Abonnement jeder Zeile.".to_string(),
        ],
        P::NoQuantityColumn => [
            "The header has neither \"BillableQuantity\" nor \"Quantity\": one of them gives each line's seats.".to_string(),
            "De kopregel heeft \"BillableQuantity\" noch \"Quantity\": een van beide geeft het aantal licenties van elke regel.".to_string(),
            "Die Kopfzeile hat weder \"BillableQuantity\" noch \"Quantity\": eine davon gibt die Lizenzen jeder Zeile an.".to_string(),
        ],
        P::NotReconFile => [
            "This is not a reconciliation file: its first line names none of the columns of Partner Center's license-based file (such as Amount, SyndicationPartnerSubscriptionNumber) or new commerce file (such as ReferenceId, BillableQuantity).".to_string(),
            "Dit is geen reconciliatiebestand: de eerste regel noemt geen van de kolommen van het licentiegebaseerde bestand van Partner Center (zoals Amount, SyndicationPartnerSubscriptionNumber) of van het new commerce-bestand (zoals ReferenceId, BillableQuantity).".to_string(),
            "Dies ist keine Abstimmungsdatei: Ihre erste Zeile nennt keine der Spalten der lizenzbasierten Datei von Partner Center (wie Amount, SyndicationPartnerSubscriptionNumber) oder der New-Commerce-Datei (wie ReferenceId, BillableQuantity).".to_string(),
        ],
        P::AddOnWithoutBase { offer } => [
            format!("{offer} is an add-on, but the file has no subscription of this customer it can belong to."),
            format!("{offer} is een invoegtoepassing, maar het bestand heeft geen abonnement van deze klant waar het bij kan horen."),
            format!("{offer} ist ein Add-On, aber die Datei enthält kein Abonnement dieses Kunden, zu dem es gehören kann."),
        ],
        P::Row(row) => return row_word(lang, row),
        P::PriceCell(cell) => return super::price_cell::word(lang, cell),
    })
}

/// A reconciliation row's problem (the row is skipped).
pub(crate) fn row_word(lang: Lang, problem: &R) -> String {
    let f = Figures(lang);
    lang.pick(match problem {
        R::RowFieldCount { fields, header } => {
            let (fields, header) = (f.count_of(*fields), f.count_of(*header));
            [
                format!("This row has {fields} fields but the header has {header}; a value with the separator in it needs quotes."),
                format!("Deze regel heeft {fields} velden, maar de kopregel heeft er {header}; een waarde met het scheidingsteken erin moet tussen aanhalingstekens staan."),
                format!("Diese Zeile hat {fields} Felder, die Kopfzeile aber {header}; ein Wert, der das Trennzeichen enthält, muss in Anführungszeichen stehen."),
            ]
        }
        R::CustomerIdEmpty => [
            "The customer id is empty.".to_string(),
            "De klant-id is leeg.".to_string(),
            "Die Kunden-ID ist leer.".to_string(),
        ],
        R::ChargeTypeEmpty => [
            "The charge type is empty.".to_string(),
            "Het kostentype is leeg.".to_string(),
            "Die Gebührenart ist leer.".to_string(),
        ],
        R::RowNamesNoSubscription => [
            "The row names no subscription: SyndicationPartnerSubscriptionNumber and SubscriptionId are both empty.".to_string(),
            "De regel noemt geen abonnement: SyndicationPartnerSubscriptionNumber en SubscriptionId zijn allebei leeg.".to_string(),
            "Die Zeile nennt kein Abonnement: SyndicationPartnerSubscriptionNumber und SubscriptionId sind beide leer.".to_string(),
        ],
        R::SubscriptionIdEmpty => [
            "The subscription id is empty.".to_string(),
            "De abonnements-id is leeg.".to_string(),
            "Die Abonnement-ID ist leer.".to_string(),
        ],
        R::ChargeEndsBeforeStart => [
            "The charge ends before it starts.".to_string(),
            "De kosten eindigen voordat ze beginnen.".to_string(),
            "Die Gebühr endet, bevor sie beginnt.".to_string(),
        ],
        R::CellNot { column, cell, kind } => {
            let [en, nl, de] = match kind {
                CellKind::Date => [
                    "a date such as 6/30/2018 or 6/30/2018 23:59",
                    "datum zoals 6/30/2018 of 6/30/2018 23:59",
                    "kein Datum wie 6/30/2018 oder 6/30/2018 23:59",
                ],
                CellKind::Seats => [
                    "a whole number of licenses",
                    "geheel aantal licenties",
                    "keine ganze Zahl von Lizenzen",
                ],
                CellKind::Amount => [
                    "an amount such as 30.00 or 30,00",
                    "bedrag zoals 30.00 of 30,00",
                    "kein Betrag wie 30.00 oder 30,00",
                ],
            };
            [
                format!("The {column} \"{cell}\" is not {en}."),
                format!("De waarde \"{cell}\" in {column} is geen {nl}."),
                format!("Der Wert \"{cell}\" in {column} ist {de}."),
            ]
        }
    })
}
