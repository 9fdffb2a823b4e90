//! `NceOfferRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use chrono::NaiveDate;
use partnerdesk_core::base::say::{NceOfferRefusal as R, TermPlanWord};

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::NotOrderable { offer, from, to, day } => {
            let (from, day) = (f.day(*from), f.day(*day));
            let until = |word: &str| to.map(|to| format!(" {word} {}", f.day(to))).unwrap_or_default();
            let (en, nl, de) = (until("until"), until("tot en met"), until("bis"));
            [
                format!("{offer} can be ordered from {from}{en}, not on {day}. Choose another offer."),
                format!("{offer} kan worden besteld vanaf {from}{nl}, niet op {day}. Kies een andere aanbieding."),
                format!("{offer} kann ab {from}{de} bestellt werden, nicht am {day}. Wählen Sie ein anderes Angebot."),
            ]
        }
        R::NotSoldTo { offer, country } => [
            format!("{offer} is not sold to customers in {country}. Choose another offer."),
            format!("{offer} wordt niet verkocht aan klanten in {country}. Kies een andere aanbieding."),
            format!("{offer} wird nicht an Kunden in {country} verkauft. Wählen Sie ein anderes Angebot."),
        ],
        R::SeatsAtLeast { offer, minimum } => {
            let m = f.n(*minimum);
            [
                format!("{offer} needs at least {m} seats; enter {m} or more."),
                format!("{offer} vereist minstens {m} licenties; vul {m} of meer in."),
                format!("{offer} erfordert mindestens {m} Lizenzen; geben Sie {m} oder mehr ein."),
            ]
        }
        R::SeatsAtMost { offer, max, held: 0, room } => {
            let (max, room) = (f.n(*max), f.n(*room));
            [
                format!("{offer} allows at most {max} seats; enter {room} or fewer."),
                format!("{offer} staat maximaal {max} licenties toe; vul {room} of minder in."),
                format!("{offer} erlaubt höchstens {max} Lizenzen; geben Sie {room} oder weniger ein."),
            ]
        }
        R::SeatsAtMost { offer, max, held, room } => {
            let (max, held, room) = (f.n(*max), f.n(*held), f.n(*room));
            [
                format!("{offer} allows at most {max} seats per customer, and the customer's other subscriptions hold {held}; enter {room} or fewer."),
                format!("{offer} staat maximaal {max} licenties per klant toe, en de andere abonnementen van de klant hebben er {held}; vul {room} of minder in."),
                format!("{offer} erlaubt höchstens {max} Lizenzen pro Kunde, und die anderen Abonnements des Kunden haben {held}; geben Sie {room} oder weniger ein."),
            ]
        }
        R::OfferLimit { offer, limit, count, ever } => {
            let (limit, count) = (f.n(*limit), f.n(*count));
            let [en, nl, de] = if *ever {
                ["ever", "ooit", "insgesamt"]
            } else {
                ["at once", "tegelijk", "gleichzeitig"]
            };
            [
                format!("A customer can have {limit} subscription(s) of {offer} {en}, and this one has {count}. Add seats to an existing subscription instead."),
                format!("Een klant kan {nl} {limit} abonnement(en) op {offer} hebben, en deze klant heeft er {count}. Voeg in plaats daarvan licenties toe aan een bestaand abonnement."),
                format!("Ein Kunde kann {de} {limit} Abonnement(s) von {offer} haben, und dieser hat {count}. Fügen Sie stattdessen einem bestehenden Abonnement Lizenzen hinzu."),
            ]
        }
        R::HasTargetAlready { offer } => [
            format!("The customer already has {offer}; add seats to that subscription instead."),
            format!("De klant heeft {offer} al; voeg in plaats daarvan licenties toe aan dat abonnement."),
            format!("Der Kunde hat {offer} bereits; fügen Sie stattdessen diesem Abonnement Lizenzen hinzu."),
        ],
        R::NotSoldAs { offer, term_plan, day, offered } => not_sold_as(f, offer, *term_plan, *day, offered),
        R::NotInCatalog { offer_id } => [
            format!("The offer {offer_id} is not in the catalog; choose another."),
            format!("De aanbieding {offer_id} staat niet in de catalogus; kies een andere."),
            format!("Das Angebot {offer_id} ist nicht im Katalog; wählen Sie ein anderes."),
        ],
    })
}

/// N1: the term and plan asked has no price row on the day; `offered` have one.
fn not_sold_as(
    f: Figures,
    offer: &str,
    term_plan: TermPlanWord,
    day: NaiveDate,
    offered: &[TermPlanWord],
) -> [String; 3] {
    let (sold_as, day) = (f.term_plan(term_plan), f.day(day));
    let offered: Vec<String> = offered.iter().map(|tp| f.term_plan(*tp)).collect();
    let choices = match offered.is_empty() {
        true => {
            f.0.pick(["none on that day", "geen op die dag", "keine an diesem Tag"])
                .to_string()
        }
        false => offered.join("; "),
    };
    [
        format!("{offer} is not sold as {sold_as} on {day}. Choose one of: {choices}."),
        format!("{offer} wordt op {day} niet verkocht als {sold_as}. Kies een van: {choices}."),
        format!("{offer} wird am {day} nicht als {sold_as} verkauft. Wählen Sie eine dieser Optionen: {choices}."),
    ]
}
