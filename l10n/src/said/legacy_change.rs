//! `LegacyChangeRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::{LegacyAct, LegacyChangeRefusal as R, SubState};

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::TrialCannotBeCancelled => [
            "A trial is never billed and can't be cancelled: it ends by itself on its expiry date.",
            "Een proefversie wordt nooit gefactureerd en kan niet worden geannuleerd: deze eindigt vanzelf op de vervaldatum.",
            "Eine Testversion wird nie abgerechnet und kann nicht gekündigt werden: Sie endet von selbst an ihrem Ablaufdatum.",
        ].map(String::from),
        R::TermEndedWhileSuspended { end } => {
            let end = f.day(*end);
            [
                format!("The subscription's term ended on {end} while it was suspended; buy a new subscription."),
                format!("De looptijd van het abonnement eindigde op {end} terwijl het was opgeschort; koop een nieuw abonnement."),
                format!("Die Laufzeit des Abonnements endete am {end}, während es ausgesetzt war; kaufen Sie ein neues Abonnement."),
            ]
        }
        R::DeletedCannotComeBack { deleted_on } => {
            let on = deleted_on.map(|d| f.day(d)).unwrap_or_default();
            [
                format!("The subscription was deleted on {on}, more than 90 days after its cancellation, and can't come back; buy a new subscription."),
                format!("Het abonnement is verwijderd op {on}, meer dan 90 dagen na de annulering, en kan niet terugkomen; koop een nieuw abonnement."),
                format!("Das Abonnement wurde am {on} gelöscht, mehr als 90 Tage nach seiner Kündigung, und kann nicht wiederhergestellt werden; kaufen Sie ein neues Abonnement."),
            ]
        }
        R::OnlySuspendedReactivates { state } => {
            let state = f.state(*state);
            [
                format!("Only a suspended subscription can be reactivated; this one is {state}."),
                format!("Alleen een opgeschort abonnement kan opnieuw worden geactiveerd; dit abonnement is {state}."),
                format!("Nur ein ausgesetztes Abonnement kann reaktiviert werden; dieses ist {state}."),
            ]
        }
        R::ReactivateBaseFirst => [
            "An add-on needs an active base subscription: reactivate the base subscription first.",
            "Een invoegtoepassing heeft een actief basisabonnement nodig: activeer eerst het basisabonnement opnieuw.",
            "Ein Add-On benötigt ein aktives Basisabonnement: Reaktivieren Sie zuerst das Basisabonnement.",
        ].map(String::from),
        R::NotActive { state, act } => not_active(f, *state, *act),
        R::TrialLicensesFixed => [
            "A trial has exactly 25 licenses that can't change; convert it to a paid subscription to choose the quantity.",
            "Een proefversie heeft precies 25 licenties die niet kunnen veranderen; zet deze om naar een betaald abonnement om het aantal te kiezen.",
            "Eine Testversion hat genau 25 Lizenzen, die sich nicht ändern lassen; wandeln Sie sie in ein kostenpflichtiges Abonnement um, um die Anzahl zu wählen.",
        ].map(String::from),
        R::LicensesAlready { quantity } => {
            let n = f.n(*quantity);
            [
                format!("The subscription already has {n} licenses; enter a different quantity."),
                format!("Het abonnement heeft al {n} licenties; vul een ander aantal in."),
                format!("Das Abonnement hat bereits {n} Lizenzen; geben Sie eine andere Anzahl ein."),
            ]
        }
        R::NoSuchLegacyAction => [
            "This book bills under the legacy rules, which have no such action; cancel the subscription (it can be reactivated within 90 days) or change it now.",
            "Dit boek factureert volgens de oude regels, die deze actie niet kennen; annuleer het abonnement (het kan binnen 90 dagen opnieuw worden geactiveerd) of wijzig het nu.",
            "Dieses Buch rechnet nach den bisherigen Regeln ab, die diese Aktion nicht kennen; kündigen Sie das Abonnement (es kann innerhalb von 90 Tagen reaktiviert werden) oder ändern Sie es jetzt.",
        ].map(String::from),
    })
}

/// §6: what an inactive subscription can't do, and how to get to an active one.
fn not_active(f: Figures, state: SubState, act: LegacyAct) -> [String; 3] {
    let what = f.0.pick(match act {
        LegacyAct::Cancel => ["cancel it", "het niet annuleren", "es nicht kündigen"],
        LegacyAct::ChangeFrequency => [
            "change its billing frequency",
            "de factureringsfrequentie niet wijzigen",
            "die Abrechnungshäufigkeit nicht ändern",
        ],
        LegacyAct::ChangeLicenses => [
            "change its licenses",
            "de licenties niet wijzigen",
            "die Lizenzen nicht ändern",
        ],
    });
    let hint = f.0.pick(match state {
        SubState::Suspended => [
            "reactivate it first",
            "activeer het eerst opnieuw",
            "Reaktivieren Sie es zuerst",
        ],
        SubState::Deleted | SubState::Ended => [
            "buy a new subscription instead",
            "koop in plaats daarvan een nieuw abonnement",
            "Kaufen Sie stattdessen ein neues Abonnement",
        ],
        _ => [
            "convert the trial first",
            "zet eerst de proefversie om",
            "Wandeln Sie zuerst die Testversion um",
        ],
    });
    let state = f.state(state);
    [
        format!("The subscription is {state}, so you can't {what}: {hint}."),
        format!("Het abonnement is {state}, dus u kunt {what}: {hint}."),
        format!("Das Abonnement ist {state}, daher können Sie {what}: {hint}."),
    ]
}
