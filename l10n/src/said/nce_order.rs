//! `NceOrderRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::NceOrderRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::TrialNotBought { offer } => [
            format!("{offer} is a trial: sign the customer up for it instead of buying it."),
            format!("{offer} is een proefversie: meld de klant ervoor aan in plaats van deze te kopen."),
            format!("{offer} ist eine Testversion: Registrieren Sie den Kunden dafür, statt sie zu kaufen."),
        ],
        R::AddOnFromBase { offer } => [
            format!("{offer} is an add-on: buy it from the page of the customer's subscription it adds to."),
            format!("{offer} is een invoegtoepassing: koop deze vanaf de pagina van het abonnement van de klant waar deze bij hoort."),
            format!("{offer} ist ein Add-On: Kaufen Sie es auf der Seite des Abonnements des Kunden, das es ergänzt."),
        ],
        R::NotAnAddOn { offer } => [
            format!("{offer} is not an add-on; buy it from the catalog."),
            format!("{offer} is geen invoegtoepassing; koop deze in de catalogus."),
            format!("{offer} ist kein Add-On; kaufen Sie es im Katalog."),
        ],
        R::AddOnNeedsActiveBase { offer } => [
            format!("{offer} needs an active subscription of one of the offers it adds to; choose such a subscription as its base."),
            format!("{offer} heeft een actief abonnement nodig op een van de aanbiedingen waar het bij hoort; kies zo'n abonnement als basis."),
            format!("{offer} benötigt ein aktives Abonnement eines der Angebote, die es ergänzt; wählen Sie ein solches Abonnement als Basis."),
        ],
        R::NotCoTermed { offer, term_plan } => {
            let sold_as = f.term_plan(*term_plan);
            [
                format!("{offer} is not sold as {sold_as}, the base's term and billing; it cannot be co-termed with this base."),
                format!("{offer} wordt niet verkocht als {sold_as}, de looptijd en facturering van het basisabonnement; het kan niet op de looptijd van dit basisabonnement worden afgestemd."),
                format!("{offer} wird nicht als {sold_as} verkauft, der Laufzeit und Abrechnung des Basisabonnements; es kann nicht an die Laufzeit dieses Basisabonnements angeglichen werden."),
            ]
        }
        R::NotATrial { offer } => [
            format!("{offer} is not a trial; buy it instead."),
            format!("{offer} is geen proefversie; koop het in plaats daarvan."),
            format!("{offer} ist keine Testversion; kaufen Sie es stattdessen."),
        ],
        R::NoTrialsInChina => [
            "Trials are not offered to customers in China.",
            "Proefversies worden niet aangeboden aan klanten in China.",
            "Testversionen werden Kunden in China nicht angeboten.",
        ].map(String::from),
        R::TrialHadBefore { offer } => [
            format!("The customer has already had {offer}; each trial is offered once."),
            format!("De klant heeft {offer} al gehad; elke proefversie wordt één keer aangeboden."),
            format!("Der Kunde hatte {offer} bereits; jede Testversion wird nur einmal angeboten."),
        ],
        R::OnlyTrialInProgressConverts => [
            "Only a trial in progress can be converted.",
            "Alleen een lopende proefversie kan worden omgezet.",
            "Nur eine laufende Testversion kann umgewandelt werden.",
        ].map(String::from),
        R::ConvertsOnlyListed { trial } => [
            format!("{trial} converts only into its listed offers; choose one of them, or buy the other offer separately."),
            format!("{trial} kan alleen worden omgezet naar de vermelde aanbiedingen; kies er een, of koop de andere aanbieding apart."),
            format!("{trial} kann nur in die aufgeführten Angebote umgewandelt werden; wählen Sie eines davon, oder kaufen Sie das andere Angebot separat."),
        ],
        R::ConversionKeepsSeats { seats, renewal } => {
            let (n, renewal) = (f.n(*seats), f.day(*renewal));
            [
                format!("A conversion keeps at least {n} seats. Enter {n} or more, or schedule a smaller conversion for {renewal}."),
                format!("Een omzetting behoudt minstens {n} licenties. Vul {n} of meer in, of plan een kleinere omzetting voor {renewal}."),
                format!("Eine Umwandlung behält mindestens {n} Lizenzen. Geben Sie {n} oder mehr ein, oder planen Sie eine kleinere Umwandlung für den {renewal}."),
            ]
        }
    })
}
