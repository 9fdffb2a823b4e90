//! `NcePlanRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::NcePlanRefusal as R;

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::ScheduleNeedsActive => [
            "Only an active subscription or a trial can have a scheduled change.",
            "Alleen een actief abonnement of een proefversie kan een geplande wijziging hebben.",
            "Nur ein aktives Abonnement oder eine Testversion kann eine geplante Änderung haben.",
        ].map(String::from),
        R::ScheduleNeedsAutoRenew => [
            "Turn auto-renew on first: a scheduled change applies at the renewal.",
            "Zet eerst automatisch verlengen aan: een geplande wijziging gaat in bij de verlenging.",
            "Aktivieren Sie zuerst die automatische Verlängerung: Eine geplante Änderung gilt ab der Verlängerung.",
        ].map(String::from),
        R::TrialConvertsOnlyListed { trial } => [
            format!("{trial} converts only into its listed offers; choose one of them."),
            format!("{trial} kan alleen worden omgezet naar de vermelde aanbiedingen; kies er een."),
            format!("{trial} kann nur in die aufgeführten Angebote umgewandelt werden; wählen Sie eines davon."),
        ],
        R::ScheduleKeepsOffer => [
            "A scheduled change keeps the offer; to move to another offer, buy it and let this one end.",
            "Een geplande wijziging houdt dezelfde aanbieding; koop de andere aanbieding en laat deze aflopen om over te stappen.",
            "Eine geplante Änderung behält das Angebot bei; um zu einem anderen Angebot zu wechseln, kaufen Sie es und lassen Sie dieses auslaufen.",
        ].map(String::from),
        R::RenewalChangesClosed { end } => {
            let end = f.day(*end);
            [
                format!("Changes for the renewal close on {end}."),
                format!("Wijzigingen voor de verlenging sluiten op {end}."),
                format!("Änderungen für die Verlängerung enden am {end}."),
            ]
        }
        R::PlanNeedsActive => [
            "Only an active subscription can change its billing plan.",
            "Alleen een actief abonnement kan van factureringsplan wisselen.",
            "Nur ein aktives Abonnement kann seinen Abrechnungsplan ändern.",
        ].map(String::from),
        R::TrialHasNoPlan => [
            "A trial has no billing plan; choose one when converting it.",
            "Een proefversie heeft geen factureringsplan; kies er een bij het omzetten.",
            "Eine Testversion hat keinen Abrechnungsplan; wählen Sie einen bei der Umwandlung.",
        ].map(String::from),
        R::OnlyThreeYearSwitches { renewal } => {
            let renewal = f.day(*renewal);
            [
                format!("Only a three-year term switches between monthly and annual billing mid-term. Schedule the new plan for the renewal on {renewal} instead."),
                format!("Alleen een driejarige looptijd kan tussentijds wisselen tussen maandelijkse en jaarlijkse facturering. Plan in plaats daarvan het nieuwe plan voor de verlenging op {renewal}."),
                format!("Nur eine dreijährige Laufzeit kann während der Laufzeit zwischen monatlicher und jährlicher Abrechnung wechseln. Planen Sie stattdessen den neuen Plan für die Verlängerung am {renewal}."),
            ]
        }
        R::MidTermChangesEnded { cutoff, renewal } => {
            let (cutoff, renewal) = (f.day(*cutoff), f.day(*renewal));
            [
                format!("Mid-term billing changes of three-year terms ended on {cutoff}. Schedule the new plan for the renewal on {renewal} instead."),
                format!("Tussentijdse wijzigingen van de facturering van driejarige looptijden zijn op {cutoff} beëindigd. Plan in plaats daarvan het nieuwe plan voor de verlenging op {renewal}."),
                format!("Abrechnungsänderungen während dreijähriger Laufzeiten endeten am {cutoff}. Planen Sie stattdessen den neuen Plan für die Verlängerung am {renewal}."),
            ]
        }
        R::AlreadyBilled { cadence } => {
            let how = f.cadence(*cadence);
            [
                format!("It is already billed {how}."),
                format!("Het wordt al {how} gefactureerd."),
                format!("Es wird bereits {how} abgerechnet."),
            ]
        }
        R::LastCycle { renewal } => {
            let renewal = f.day(*renewal);
            [
                format!("The current cycle is the term's last, so the plan cannot change before the renewal on {renewal}; schedule it for then."),
                format!("De huidige periode is de laatste van de looptijd, dus het plan kan niet veranderen vóór de verlenging op {renewal}; plan het voor dan."),
                format!("Der aktuelle Zeitraum ist der letzte der Laufzeit, daher kann sich der Plan vor der Verlängerung am {renewal} nicht ändern; planen Sie die Änderung dafür ein."),
            ]
        }
    })
}
