//! `HistoryLine` in English, Dutch and German: "Licenses changed: to 12 licenses".

use super::Figures;
use crate::lang::Lang;
use chrono::NaiveDate;
use partnerdesk_core::base::say::{
    ActionLabel, Cadence, Commitment, HistoryDetail as D, HistoryLine,
};
use partnerdesk_core::Money;

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

/// The history's labels, each in English, Dutch and German.
const LABELS: [(ActionLabel, [&str; 3]); 21] = [
    (
        ActionLabel::CustomerCreated,
        ["Customer created", "Klant aangemaakt", "Kunde angelegt"],
    ),
    (
        ActionLabel::CustomerEdited,
        ["Customer edited", "Klant gewijzigd", "Kunde bearbeitet"],
    ),
    (
        ActionLabel::TrialSignedUp,
        [
            "Trial signed up",
            "Proefversie aangevraagd",
            "Testversion registriert",
        ],
    ),
    (
        ActionLabel::TrialConverted,
        [
            "Trial converted to paid subscription",
            "Proefversie omgezet naar betaald abonnement",
            "Testversion in kostenpflichtiges Abonnement umgewandelt",
        ],
    ),
    (
        ActionLabel::SubscriptionPurchased,
        [
            "Subscription purchased",
            "Abonnement gekocht",
            "Abonnement gekauft",
        ],
    ),
    (
        ActionLabel::AddOnPurchased,
        [
            "Add-on purchased",
            "Invoegtoepassing gekocht",
            "Add-On gekauft",
        ],
    ),
    (
        ActionLabel::LicensesChanged,
        [
            "Licenses changed",
            "Licenties gewijzigd",
            "Lizenzen geändert",
        ],
    ),
    (
        ActionLabel::CancelledSuspended,
        [
            "Subscription cancelled (suspended)",
            "Abonnement geannuleerd (opgeschort)",
            "Abonnement gekündigt (ausgesetzt)",
        ],
    ),
    (
        ActionLabel::Cancelled,
        [
            "Subscription cancelled",
            "Abonnement geannuleerd",
            "Abonnement gekündigt",
        ],
    ),
    (
        ActionLabel::Suspended,
        [
            "Subscription suspended",
            "Abonnement opgeschort",
            "Abonnement ausgesetzt",
        ],
    ),
    (
        ActionLabel::ChangeScheduled,
        [
            "Change scheduled for the renewal",
            "Wijziging gepland voor de verlenging",
            "Änderung für die Verlängerung geplant",
        ],
    ),
    (
        ActionLabel::ScheduledChangeRemoved,
        [
            "Scheduled change removed",
            "Geplande wijziging verwijderd",
            "Geplante Änderung entfernt",
        ],
    ),
    (
        ActionLabel::Reactivated,
        [
            "Subscription reactivated",
            "Abonnement opnieuw geactiveerd",
            "Abonnement reaktiviert",
        ],
    ),
    (
        ActionLabel::AutoRenewChanged,
        [
            "Auto-renew changed",
            "Automatisch verlengen gewijzigd",
            "Automatische Verlängerung geändert",
        ],
    ),
    (
        ActionLabel::FrequencyChanged,
        [
            "Billing frequency changed",
            "Factureringsfrequentie gewijzigd",
            "Abrechnungshäufigkeit geändert",
        ],
    ),
    (
        ActionLabel::NicknameSet,
        ["Nickname set", "Bijnaam ingesteld", "Spitzname festgelegt"],
    ),
    (
        ActionLabel::ListPriceChanged,
        [
            "List price changed",
            "Catalogusprijs gewijzigd",
            "Listenpreis geändert",
        ],
    ),
    (
        ActionLabel::PriceListImported,
        [
            "Price list imported",
            "Prijslijst geïmporteerd",
            "Preisliste importiert",
        ],
    ),
    (
        ActionLabel::SubscriptionRecorded,
        [
            "Existing subscription recorded",
            "Bestaand abonnement vastgelegd",
            "Bestehendes Abonnement erfasst",
        ],
    ),
    (
        ActionLabel::ActionUndone,
        [
            "Action undone",
            "Actie ongedaan gemaakt",
            "Aktion rückgängig gemacht",
        ],
    ),
    (
        ActionLabel::CustomerDeleted,
        ["Customer deleted", "Klant verwijderd", "Kunde gelöscht"],
    ),
];

/// `action`'s label in `lang` (every label is in `LABELS`: the tests word each one).
fn label(lang: Lang, action: ActionLabel) -> &'static str {
    LABELS
        .iter()
        .find(|(label, _)| *label == action)
        .map_or("", |(_, texts)| lang.pick(*texts))
}

fn detail(f: Figures, detail: &D) -> String {
    let lang = f.0;
    let (licenses, seats) = (|q| licenses(f, q), |q| seats(f, q));
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
        } => price(f, offer, *monthly, *from),
        D::Recorded {
            offer,
            quantity,
            cadence,
            start,
            end,
        } => recorded(f, offer, *quantity, *cadence, (*start, *end)),
        D::PriceList {
            added,
            changed,
            retired,
        } => price_list(f, [*added, *changed, *retired]),
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
        D::Undid { action, on } => undid(f, *action, *on),
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

fn licenses(f: Figures, quantity: u32) -> String {
    let q = f.n(quantity);
    f.0.pick([
        format!("{q} licenses"),
        format!("{q} licenties"),
        format!("{q} Lizenzen"),
    ])
}

fn seats(f: Figures, quantity: u32) -> String {
    let q = f.n(quantity);
    f.0.pick([
        format!("{q} seats"),
        format!("{q} licenties"),
        format!("{q} Lizenzen"),
    ])
}

fn price(f: Figures, offer: &str, monthly: Money, from: NaiveDate) -> String {
    let (amount, from) = (f.amount(monthly), f.day(from));
    f.0.pick([
        format!("{offer}: {amount} per license per month from {from}"),
        format!("{offer}: {amount} per licentie per maand vanaf {from}"),
        format!("{offer}: {amount} pro Lizenz und Monat ab {from}"),
    ])
}

fn recorded(
    f: Figures,
    offer: &str,
    quantity: u32,
    cadence: Cadence,
    (start, end): (NaiveDate, NaiveDate),
) -> String {
    let (q, how) = (licenses(f, quantity), f.cadence(cadence));
    let (start, end) = (f.day(start), f.day(end));
    f.0.pick([
        format!("{offer}, {q}, billed {how}, term {start} to {end}"),
        format!("{offer}, {q}, {how} gefactureerd, looptijd {start} tot en met {end}"),
        format!("{offer}, {q}, {how} abgerechnet, Laufzeit {start} bis {end}"),
    ])
}

fn price_list(f: Figures, [added, changed, retired]: [u32; 3]) -> String {
    let (a, c, r) = (f.n(added), f.n(changed), f.n(retired));
    f.0.pick([
        format!("{a} offers added, {c} prices changed, {r} offers retired"),
        format!("{a} aanbiedingen toegevoegd, {c} prijzen gewijzigd, {r} aanbiedingen stopgezet"),
        format!("{a} Angebote hinzugefügt, {c} Preise geändert, {r} Angebote eingestellt"),
    ])
}

/// An undo: what it took back, of which day.
fn undid(f: Figures, action: ActionLabel, on: NaiveDate) -> String {
    let (action, on) = (label(f.0, action), f.day(on));
    f.0.pick([
        format!("{action} of {on}"),
        format!("{action} van {on}"),
        format!("{action} vom {on}"),
    ])
}
