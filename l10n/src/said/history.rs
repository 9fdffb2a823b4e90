//! `HistoryLine` in English, Dutch and German: "Licenses changed: to 12 licenses".

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::{ActionLabel, Commitment, HistoryDetail as D, HistoryLine};

pub(crate) fn word(lang: Lang, line: &HistoryLine) -> String {
    let label = label(lang, line.action);
    let detail = detail(Figures(lang), &line.detail);
    let cause = match line.with_base {
        true => lang.pick([
            " (with its base subscription)",
            " (met het basisabonnement)",
            " (mit dem Basisabonnement)",
        ]),
        false => "",
    };
    match detail.is_empty() {
        true => format!("{label}{cause}"),
        false => format!("{label}: {detail}{cause}"),
    }
}

fn label(lang: Lang, action: ActionLabel) -> &'static str {
    use ActionLabel::*;
    lang.pick(match action {
        CustomerCreated => ["Customer created", "Klant aangemaakt", "Kunde angelegt"],
        CustomerEdited => ["Customer edited", "Klant gewijzigd", "Kunde bearbeitet"],
        TrialSignedUp => [
            "Trial signed up",
            "Proefversie aangevraagd",
            "Testversion registriert",
        ],
        TrialConverted => [
            "Trial converted to paid subscription",
            "Proefversie omgezet naar betaald abonnement",
            "Testversion in kostenpflichtiges Abonnement umgewandelt",
        ],
        SubscriptionPurchased => [
            "Subscription purchased",
            "Abonnement gekocht",
            "Abonnement gekauft",
        ],
        AddOnPurchased => [
            "Add-on purchased",
            "Invoegtoepassing gekocht",
            "Add-On gekauft",
        ],
        LicensesChanged => [
            "Licenses changed",
            "Licenties gewijzigd",
            "Lizenzen geändert",
        ],
        CancelledSuspended => [
            "Subscription cancelled (suspended)",
            "Abonnement geannuleerd (opgeschort)",
            "Abonnement gekündigt (ausgesetzt)",
        ],
        Cancelled => [
            "Subscription cancelled",
            "Abonnement geannuleerd",
            "Abonnement gekündigt",
        ],
        Suspended => [
            "Subscription suspended",
            "Abonnement opgeschort",
            "Abonnement ausgesetzt",
        ],
        ChangeScheduled => [
            "Change scheduled for the renewal",
            "Wijziging gepland voor de verlenging",
            "Änderung für die Verlängerung geplant",
        ],
        ScheduledChangeRemoved => [
            "Scheduled change removed",
            "Geplande wijziging verwijderd",
            "Geplante Änderung entfernt",
        ],
        Reactivated => [
            "Subscription reactivated",
            "Abonnement opnieuw geactiveerd",
            "Abonnement reaktiviert",
        ],
        AutoRenewChanged => [
            "Auto-renew changed",
            "Automatisch verlengen gewijzigd",
            "Automatische Verlängerung geändert",
        ],
        FrequencyChanged => [
            "Billing frequency changed",
            "Factureringsfrequentie gewijzigd",
            "Abrechnungshäufigkeit geändert",
        ],
        NicknameSet => ["Nickname set", "Bijnaam ingesteld", "Spitzname festgelegt"],
        ListPriceChanged => [
            "List price changed",
            "Catalogusprijs gewijzigd",
            "Listenpreis geändert",
        ],
        PriceListImported => [
            "Price list imported",
            "Prijslijst geïmporteerd",
            "Preisliste importiert",
        ],
        SubscriptionRecorded => [
            "Existing subscription recorded",
            "Bestaand abonnement vastgelegd",
            "Bestehendes Abonnement erfasst",
        ],
        ActionUndone => [
            "Action undone",
            "Actie ongedaan gemaakt",
            "Aktion rückgängig gemacht",
        ],
        CustomerDeleted => ["Customer deleted", "Klant verwijderd", "Kunde gelöscht"],
    })
}

fn detail(f: Figures, detail: &D) -> String {
    let lang = f.0;
    let licenses = |q: u32| {
        let q = f.n(q);
        lang.pick([
            format!("{q} licenses"),
            format!("{q} licenties"),
            format!("{q} Lizenzen"),
        ])
    };
    let seats = |q: u32| {
        let q = f.n(q);
        lang.pick([
            format!("{q} seats"),
            format!("{q} licenties"),
            format!("{q} Lizenzen"),
        ])
    };
    match detail {
        D::Nothing => String::new(),
        D::Customer {
            name,
            domain,
            country,
        } => format!("{name} ({domain}, {country})"),
        D::Price {
            offer,
            monthly,
            from,
        } => {
            let (amount, from) = (f.amount(*monthly), f.day(*from));
            lang.pick([
                format!("{offer}: {amount} per license per month from {from}"),
                format!("{offer}: {amount} per licentie per maand vanaf {from}"),
                format!("{offer}: {amount} pro Lizenz und Monat ab {from}"),
            ])
        }
        D::Recorded {
            offer,
            quantity,
            cadence,
            start,
            end,
        } => {
            let (q, how) = (licenses(*quantity), f.cadence(*cadence));
            let (start, end) = (f.day(*start), f.day(*end));
            lang.pick([
                format!("{offer}, {q}, billed {how}, term {start} to {end}"),
                format!("{offer}, {q}, {how} gefactureerd, looptijd {start} tot en met {end}"),
                format!("{offer}, {q}, {how} abgerechnet, Laufzeit {start} bis {end}"),
            ])
        }
        D::PriceList {
            added,
            changed,
            retired,
        } => {
            let (a, c, r) = (f.n(*added), f.n(*changed), f.n(*retired));
            lang.pick([
                format!("{a} offers added, {c} prices changed, {r} offers retired"),
                format!("{a} aanbiedingen toegevoegd, {c} prijzen gewijzigd, {r} aanbiedingen stopgezet"),
                format!("{a} Angebote hinzugefügt, {c} Preise geändert, {r} Angebote eingestellt"),
            ])
        }
        D::TrialOf { offer } => format!("{offer}, {}", licenses(25)),
        D::ConvertedTo { offer, commitment } => {
            let to = lang.pick(["to", "naar", "in"]);
            format!("{to} {offer}, {}", committed(f, *commitment))
        }
        D::Bought { offer, commitment } => format!("{offer}, {}", committed(f, *commitment)),
        D::Scheduled {
            offer,
            quantity,
            term_plan,
        } => {
            format!("{offer}, {}, {}", seats(*quantity), f.term_plan(*term_plan))
        }
        D::AddOn { offer, quantity } => format!("{offer}, {}", licenses(*quantity)),
        D::AutoRenew { on } => lang
            .pick(if *on {
                ["on", "aan", "ein"]
            } else {
                ["off", "uit", "aus"]
            })
            .into(),
        D::ToCadence { cadence } => format!(
            "{} {}",
            lang.pick(["to", "naar", "auf"]),
            f.cadence(*cadence)
        ),
        D::ToSeats { quantity } => {
            let to = lang.pick(["to", "naar", "auf"]);
            format!("{to} {}", seats(*quantity))
        }
        D::ToLicenses { quantity } => format!(
            "{} {}",
            lang.pick(["to", "naar", "auf"]),
            licenses(*quantity)
        ),
        D::Nickname { nickname } => lang.pick([
            format!("\"{nickname}\""),
            format!("\"{nickname}\""),
            format!("„{nickname}“"),
        ]),
        D::Undid { action, on } => {
            let (action, on) = (label(lang, *action), f.day(*on));
            lang.pick([
                format!("{action} of {on}"),
                format!("{action} van {on}"),
                format!("{action} vom {on}"),
            ])
        }
    }
}

/// Seats and their commitment: "10 seats, 1 year, billed monthly", "10 licenses, billed annual".
fn committed(f: Figures, commitment: Commitment) -> String {
    match commitment {
        Commitment::Seats {
            quantity,
            term_plan,
        } => {
            let (q, tp) = (f.n(quantity), f.term_plan(term_plan));
            f.0.pick([
                format!("{q} seats, {tp}"),
                format!("{q} licenties, {tp}"),
                format!("{q} Lizenzen, {tp}"),
            ])
        }
        Commitment::Licenses { quantity, cadence } => {
            let (q, how) = (f.n(quantity), f.cadence(cadence));
            f.0.pick([
                format!("{q} licenses, billed {how}"),
                format!("{q} licenties, {how} gefactureerd"),
                format!("{q} Lizenzen, {how} abgerechnet"),
            ])
        }
    }
}
