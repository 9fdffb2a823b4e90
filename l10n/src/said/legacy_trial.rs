//! `LegacyTrialRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::LegacyTrialRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::NotATrialOffer { offer } => [
            format!("{offer} is not a trial offer; pick one on the catalog's Trials tab, or buy it."),
            format!("{offer} is geen proefaanbieding; kies er een op het tabblad Proefversies van de catalogus, of koop het."),
            format!("{offer} ist kein Testangebot; wählen Sie eines auf der Registerkarte „Testversionen“ des Katalogs, oder kaufen Sie es."),
        ],
        R::NoTrialsForAgreement => [
            "There are no trials for government or education offers; buy the offer instead.",
            "Voor aanbiedingen voor overheid of onderwijs zijn er geen proefversies; koop de aanbieding.",
            "Für Behörden- und Bildungsangebote gibt es keine Testversionen; kaufen Sie stattdessen das Angebot.",
        ].map(String::from),
        R::NoTrialsInChina => [
            "Trials are not available to customers in China; buy the offer instead.",
            "Proefversies zijn niet beschikbaar voor klanten in China; koop de aanbieding.",
            "Testversionen sind für Kunden in China nicht verfügbar; kaufen Sie stattdessen das Angebot.",
        ].map(String::from),
        R::TrialAlreadyHad { customer, started } => {
            let started = f.day(*started);
            [
                format!("{customer} already had this trial (started {started}); a customer gets one trial per offer, ever, so buy the offer instead."),
                format!("{customer} had deze proefversie al (gestart op {started}); een klant krijgt één proefversie per aanbieding, ooit, dus koop de aanbieding."),
                format!("{customer} hatte diese Testversion bereits (gestartet am {started}); ein Kunde erhält pro Angebot nur einmal eine Testversion, kaufen Sie daher das Angebot."),
            ]
        }
        R::OwnsTargetAlready { customer, owned } => [
            format!("{customer} already owns {owned}, so it can't get its trial; add licenses to the existing subscription instead."),
            format!("{customer} heeft {owned} al en kan de proefversie ervan dus niet krijgen; voeg in plaats daarvan licenties toe aan het bestaande abonnement."),
            format!("{customer} besitzt {owned} bereits und kann daher die Testversion nicht erhalten; fügen Sie stattdessen dem bestehenden Abonnement Lizenzen hinzu."),
        ],
        R::OwnsOfferAlready { customer } => [
            format!("{customer} already owns this offer, so it can't get its trial; add licenses instead."),
            format!("{customer} heeft deze aanbieding al en kan de proefversie dus niet krijgen; voeg in plaats daarvan licenties toe."),
            format!("{customer} besitzt dieses Angebot bereits und kann daher die Testversion nicht erhalten; fügen Sie stattdessen Lizenzen hinzu."),
        ],
        R::OnlyTrialConverts => [
            "Only a trial can be converted; this is a paid subscription.",
            "Alleen een proefversie kan worden omgezet; dit is een betaald abonnement.",
            "Nur eine Testversion kann umgewandelt werden; dies ist ein kostenpflichtiges Abonnement.",
        ].map(String::from),
        R::ConvertedAlready { on } => {
            let on = f.day(*on);
            [
                format!("This trial was converted on {on} already; manage the paid subscription instead."),
                format!("Deze proefversie is al omgezet op {on}; beheer in plaats daarvan het betaalde abonnement."),
                format!("Diese Testversion wurde bereits am {on} umgewandelt; verwalten Sie stattdessen das kostenpflichtige Abonnement."),
            ]
        }
        R::TrialExpired { expired, restore } => {
            let (expired, restore) = (f.day(*expired), f.names(restore));
            [
                format!("The trial expired on {expired} and can't be converted or reactivated; buy {restore} to restore the customer's data."),
                format!("De proefversie is verlopen op {expired} en kan niet meer worden omgezet of opnieuw geactiveerd; koop {restore} om de gegevens van de klant te herstellen."),
                format!("Die Testversion ist am {expired} abgelaufen und kann weder umgewandelt noch reaktiviert werden; kaufen Sie {restore}, um die Daten des Kunden wiederherzustellen."),
            ]
        }
        R::NoConversionTarget { trial, compatible, ends } => {
            let (compatible, ends) = (f.names(compatible), f.day(*ends));
            [
                format!("{trial} has no conversion target; buy a compatible offer ({compatible}) before the trial ends on {ends}."),
                format!("{trial} kan nergens naar worden omgezet; koop een compatibele aanbieding ({compatible}) voordat de proefversie op {ends} afloopt."),
                format!("{trial} hat kein Umwandlungsziel; kaufen Sie ein kompatibles Angebot ({compatible}), bevor die Testversion am {ends} endet."),
            ]
        }
        R::ConvertsOnlyTo { trial, targets } => {
            let targets = f.names(targets);
            [
                format!("{trial} converts only to {targets}; pick one of those."),
                format!("{trial} kan alleen worden omgezet naar {targets}; kies daar een van."),
                format!("{trial} kann nur in {targets} umgewandelt werden; wählen Sie eines davon."),
            ]
        }
    })
}
