//! `LegacyPurchaseRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use chrono::NaiveDate;
use partnerdesk_core::base::say::LegacyPurchaseRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::IsTrialOffer { offer } => [
            format!("{offer} is a trial offer: sign up for it on the catalog's Trials tab (billing frequency \"Trial offer\")."),
            format!("{offer} is een proefaanbieding: meld u ervoor aan op het tabblad Proefversies van de catalogus (factureringsfrequentie \"Proefaanbieding\")."),
            format!("{offer} ist ein Testangebot: Melden Sie sich auf der Registerkarte „Testversionen“ des Katalogs dafür an (Abrechnungshäufigkeit „Testangebot“)."),
        ],
        R::IsAddOnBuyOnBase { offer } => [
            format!("{offer} is an add-on: buy it on the page of an active subscription of one of its prerequisite offers."),
            format!("{offer} is een invoegtoepassing: koop deze op de pagina van een actief abonnement van een van de vereiste aanbiedingen."),
            format!("{offer} ist ein Add-On: Kaufen Sie es auf der Seite eines aktiven Abonnements eines der vorausgesetzten Angebote."),
        ],
        R::NotAnAddOn { offer } => [
            format!("{offer} is not an add-on: buy it from the catalog."),
            format!("{offer} is geen invoegtoepassing: koop deze in de catalogus."),
            format!("{offer} ist kein Add-On: Kaufen Sie es im Katalog."),
        ],
        R::AddOnNeedsActiveBase => [
            "An add-on needs an active base subscription: reactivate the base first, or buy the add-on on another active base subscription.",
            "Een invoegtoepassing heeft een actief basisabonnement nodig: activeer eerst het basisabonnement opnieuw, of koop de invoegtoepassing bij een ander actief basisabonnement.",
            "Ein Add-On benötigt ein aktives Basisabonnement: Reaktivieren Sie zuerst das Basisabonnement, oder kaufen Sie das Add-On zu einem anderen aktiven Basisabonnement.",
        ].map(String::from),
        R::AddOnNeedsBaseOf { offer, bases } => {
            let bases = f.names(bases);
            [
                format!("{offer} needs a base subscription of {bases}; buy it on one of those."),
                format!("{offer} heeft een basisabonnement van {bases} nodig; koop het bij een daarvan."),
                format!("{offer} benötigt ein Basisabonnement von {bases}; kaufen Sie es zu einem davon."),
            ]
        }
        R::CannotBeBilled { offer, cadence } => {
            let how = f.cadence(*cadence);
            [
                format!("{offer} can't be billed {how}."),
                format!("{offer} kan niet {how} worden gefactureerd."),
                format!("{offer} kann nicht {how} abgerechnet werden."),
            ]
        }
        R::CannotBeBilledChoose { offer, cadence, allowed } => {
            let (how, allowed) = (f.cadence(*cadence), f.cadences(allowed));
            [
                format!("{offer} can't be billed {how}; choose {allowed}."),
                format!("{offer} kan niet {how} worden gefactureerd; kies {allowed}."),
                format!("{offer} kann nicht {how} abgerechnet werden; wählen Sie {allowed}."),
            ]
        }
        R::NoListPrice { offer, today } => {
            let today = f.day(*today);
            [
                format!("{offer} has no list price on {today}; add a price first."),
                format!("{offer} heeft op {today} geen catalogusprijs; voeg eerst een prijs toe."),
                format!("{offer} hat am {today} keinen Listenpreis; fügen Sie zuerst einen Preis hinzu."),
            ]
        }
        R::SeatRange { offer, min, max } => {
            let (min, max) = (f.n(*min), f.n(*max));
            [
                format!("{offer} takes {min} to {max} licenses; enter a quantity in that range."),
                format!("{offer} heeft {min} tot en met {max} licenties; vul een aantal binnen dat bereik in."),
                format!("{offer} umfasst {min} bis {max} Lizenzen; geben Sie eine Anzahl in diesem Bereich ein."),
            ]
        }
        R::NotOrderableOn { offer, from, to, today } => not_orderable(f, offer, *from, *to, *today),
        R::SoldOnlyIn { offer, countries, country } => {
            let countries = f.names(countries);
            [
                format!("{offer} is sold only in {countries}, and this customer is in {country}; choose another offer."),
                format!("{offer} wordt alleen verkocht in {countries}, en deze klant is gevestigd in {country}; kies een andere aanbieding."),
                format!("{offer} wird nur in {countries} verkauft, und dieser Kunde ist in {country} ansässig; wählen Sie ein anderes Angebot."),
            ]
        }
        R::LifetimeLimit { offer, limit, had } => lifetime(f, offer, *limit, *had),
        R::ConcurrentLimit { offer, limit } => concurrent(f, offer, *limit),
    })
}

/// P7: the offer's dates.
fn not_orderable(
    f: Figures,
    offer: &str,
    from: NaiveDate,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> [String; 3] {
    let (from, today) = (f.day(from), f.day(today));
    let until = |word: &str| {
        to.map(|to| format!(" {word} {}", f.day(to)))
            .unwrap_or_default()
    };
    let (en, nl, de) = (until("to"), until("tot en met"), until("bis"));
    [
        format!("{offer} can be ordered from {from}{en}; it can't be ordered on {today}."),
        format!(
            "{offer} kan worden besteld vanaf {from}{nl}; op {today} kan het niet worden besteld."
        ),
        format!(
            "{offer} kann ab {from}{de} bestellt werden; am {today} kann es nicht bestellt werden."
        ),
    ]
}

/// P5: Lifetime n.
fn lifetime(f: Figures, offer: &str, limit: u32, had: u32) -> [String; 3] {
    let (n, had) = (f.n(limit), f.n(had));
    [
        format!("{offer} is limited to {n} subscription(s) per customer, ever (Lifetime {n}), and this customer has had {had}; choose another offer."),
        format!("{offer} is beperkt tot {n} abonnement(en) per klant, ooit (Lifetime {n}), en deze klant heeft er {had} gehad; kies een andere aanbieding."),
        format!("{offer} ist auf insgesamt {n} Abonnement(s) pro Kunde begrenzt (Lifetime {n}), und dieser Kunde hatte bereits {had}; wählen Sie ein anderes Angebot."),
    ]
}

/// P5: Concurrent n.
fn concurrent(f: Figures, offer: &str, limit: u32) -> [String; 3] {
    let n = f.n(limit);
    [
        format!("{offer} is limited to {n} subscription(s) at once per customer (Concurrent {n}), suspended ones included until deleted; change the licenses of the existing one instead."),
        format!("{offer} is beperkt tot {n} abonnement(en) tegelijk per klant (Concurrent {n}), opgeschorte meegerekend tot ze verwijderd zijn; wijzig in plaats daarvan de licenties van het bestaande abonnement."),
        format!("{offer} ist auf {n} gleichzeitige(s) Abonnement(s) pro Kunde begrenzt (Concurrent {n}), ausgesetzte eingeschlossen, bis sie gelöscht sind; ändern Sie stattdessen die Lizenzen des bestehenden Abonnements."),
    ]
}
