//! `NceLifecycleRefusal` in English, Dutch and German.

use super::{auto_renew_already, Figures};
use crate::lang::Lang;
use partnerdesk_core::base::say::NceLifecycleRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::Ended { state } => {
            let state = f.state(*state);
            [
                format!("This subscription is {state}; buy a new one to continue."),
                format!("Dit abonnement is {state}; koop een nieuw abonnement om door te gaan."),
                format!("Dieses Abonnement ist {state}; kaufen Sie ein neues, um fortzufahren."),
            ]
        }
        R::TrialNotSuspended => [
            "A trial cannot be suspended; turn off its auto-renew to let it end.",
            "Een proefversie kan niet worden opgeschort; zet automatisch verlengen uit om deze te laten eindigen.",
            "Eine Testversion kann nicht ausgesetzt werden; deaktivieren Sie die automatische Verlängerung, damit sie endet.",
        ].map(String::from),
        R::AlreadySuspended => [
            "The subscription is already suspended.",
            "Het abonnement is al opgeschort.",
            "Das Abonnement ist bereits ausgesetzt.",
        ].map(String::from),
        R::ExpiredNotReactivated => [
            "An expired subscription cannot be reactivated; buy a new subscription instead.",
            "Een verlopen abonnement kan niet opnieuw worden geactiveerd; koop in plaats daarvan een nieuw abonnement.",
            "Ein abgelaufenes Abonnement kann nicht reaktiviert werden; kaufen Sie stattdessen ein neues Abonnement.",
        ].map(String::from),
        R::OnlySuspendedReactivates => [
            "Only a suspended subscription can be reactivated.",
            "Alleen een opgeschort abonnement kan opnieuw worden geactiveerd.",
            "Nur ein ausgesetztes Abonnement kann reaktiviert werden.",
        ].map(String::from),
        R::ReactivateBeforeAutoRenew => [
            "Reactivate the subscription before turning auto-renew on.",
            "Activeer het abonnement opnieuw voordat u automatisch verlengen aanzet.",
            "Reaktivieren Sie das Abonnement, bevor Sie die automatische Verlängerung aktivieren.",
        ].map(String::from),
        R::AutoRenewAlready { on } => auto_renew_already(*on).map(String::from),
        R::TrialConvertsIntoNothing => [
            "This trial converts into nothing, so it cannot renew; buy one of its compatible offers instead.",
            "Deze proefversie wordt nergens naar omgezet en kan dus niet worden verlengd; koop in plaats daarvan een van de compatibele aanbiedingen.",
            "Diese Testversion wird in nichts umgewandelt und kann daher nicht verlängert werden; kaufen Sie stattdessen eines der kompatiblen Angebote.",
        ].map(String::from),
        R::AutoRenewUntil { end } => {
            let end = f.day(*end);
            [
                format!("Auto-renew can be changed until {end}."),
                format!("Automatisch verlengen kan worden gewijzigd tot en met {end}."),
                format!("Die automatische Verlängerung kann bis zum {end} geändert werden."),
            ]
        }
    })
}
