//! `LegacyRenewalRefusal` in English, Dutch and German.

use super::{auto_renew_already, Figures};
use crate::lang::Lang;
use partnerdesk_core::base::say::LegacyRenewalRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::TrialNeverRenews => [
            "A trial never renews or converts by itself: convert it to a paid subscription first.",
            "Een proefversie wordt nooit vanzelf verlengd of omgezet: zet deze eerst om naar een betaald abonnement.",
            "Eine Testversion verlängert sich nie von selbst und wird nie von selbst umgewandelt: Wandeln Sie sie zuerst in ein kostenpflichtiges Abonnement um.",
        ].map(String::from),
        R::CannotRenewWhen { state } => {
            let state = f.state(*state);
            [
                format!("The subscription is {state}; only active or suspended subscriptions can renew."),
                format!("Het abonnement is {state}; alleen actieve of opgeschorte abonnementen kunnen worden verlengd."),
                format!("Das Abonnement ist {state}; nur aktive oder ausgesetzte Abonnements können verlängert werden."),
            ]
        }
        R::AutoRenewAlready { on } => auto_renew_already(*on).map(String::from),
        R::TrialHasNoFrequency => [
            "A trial has no billing frequency to change; choose the frequency when you convert it.",
            "Een proefversie heeft geen factureringsfrequentie om te wijzigen; kies de frequentie wanneer u deze omzet.",
            "Eine Testversion hat keine Abrechnungshäufigkeit, die sich ändern ließe; wählen Sie die Häufigkeit, wenn Sie sie umwandeln.",
        ].map(String::from),
        R::FrequencyFixed2017 => [
            "Under the 2017 rules the billing frequency can't change after purchase; buy a new subscription with the other frequency.",
            "Volgens de regels van 2017 kan de factureringsfrequentie na aankoop niet veranderen; koop een nieuw abonnement met de andere frequentie.",
            "Nach den Regeln von 2017 kann die Abrechnungshäufigkeit nach dem Kauf nicht geändert werden; kaufen Sie ein neues Abonnement mit der anderen Häufigkeit.",
        ].map(String::from),
        R::AddOnFollowsParent => [
            "An add-on always has its parent's billing frequency; change the parent's frequency instead.",
            "Een invoegtoepassing heeft altijd de factureringsfrequentie van het bovenliggende abonnement; wijzig in plaats daarvan die frequentie.",
            "Ein Add-On hat immer die Abrechnungshäufigkeit seines übergeordneten Abonnements; ändern Sie stattdessen dessen Häufigkeit.",
        ].map(String::from),
        R::BilledAlready { cadence } => {
            let how = f.cadence(*cadence);
            [
                format!("The subscription is billed {how} already."),
                format!("Het abonnement wordt al {how} gefactureerd."),
                format!("Das Abonnement wird bereits {how} abgerechnet."),
            ]
        }
    })
}
