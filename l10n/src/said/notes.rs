//! `PreviewNote` in English, Dutch and German: what a preview says under its lines.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::{LegacyNote as N, NceNote, PreviewNote, ProratedCredit};

pub(crate) fn word(lang: Lang, note: &PreviewNote) -> String {
    let f = Figures(lang);
    match note {
        PreviewNote::Legacy(note) => legacy(f, note),
        PreviewNote::Nce(note) => new_commerce(f, note),
    }
}

fn legacy(f: Figures, note: &N) -> String {
    let lang = f.0;
    match note {
        N::Trial { expires } => {
            let on = f.day(*expires);
            lang.pick([
                format!("The trial has 25 licenses, is never billed, and expires on {on} unless converted before."),
                format!("De proefversie heeft 25 licenties, wordt nooit gefactureerd en verloopt op {on}, tenzij ze eerder wordt omgezet."),
                format!("Die Testversion hat 25 Lizenzen, wird nie abgerechnet und läuft am {on} ab, sofern sie nicht vorher umgewandelt wird."),
            ])
        }
        N::Purchase {
            start,
            end,
            renews,
            first_billed,
        } => {
            let (s, e, r, b) = (
                f.day(*start),
                f.day(*end),
                f.day(*renews),
                f.day(*first_billed),
            );
            lang.pick([
                format!("Term {s} – {e}; renews on {r}. First charge billed on {b}."),
                format!("Looptijd {s} – {e}; wordt verlengd op {r}. Eerste bedrag gefactureerd op {b}."),
                format!("Laufzeit {s} – {e}; verlängert sich am {r}. Erste Belastung abgerechnet am {b}."),
            ])
        }
        N::AddOn {
            amount,
            from,
            to,
            renewal,
        } => {
            let (a, s, e, r) = (f.amount(*amount), f.day(*from), f.day(*to), f.day(*renewal));
            lang.pick([
                format!("Aligned to the parent: charged {a} for {s} – {e}, then with the parent's periods; renews with it on {r}."),
                format!("Gelijkgetrokken met het hoofdabonnement: {a} in rekening gebracht voor {s} – {e}, daarna met de perioden van het hoofdabonnement; wordt ermee verlengd op {r}."),
                format!("An das Hauptabonnement angeglichen: {a} berechnet für {s} – {e}, danach mit dessen Zeiträumen; verlängert sich mit ihm am {r}."),
            ])
        }
        N::LicenseChange {
            recognised,
            billed_on,
        } => {
            let (r, b) = (f.day(*recognised), f.day(*billed_on));
            lang.pick([
                format!("Recognised on {r} and billed on {b}: a reversal of what was billed for the period, then one prorated line per stretch of days with one quantity."),
                format!("Verwerkt op {r} en gefactureerd op {b}: een terugboeking van wat voor de periode is gefactureerd, daarna één naar rato berekende regel per reeks dagen met één aantal."),
                format!("Erfasst am {r} und abgerechnet am {b}: eine Stornierung dessen, was für den Zeitraum abgerechnet wurde, danach eine anteilige Zeile je Tagesabschnitt mit einer Menge."),
            ])
        }
        N::FullCredit {
            before,
            billed,
            billed_on,
        } => {
            let (d, a, b) = (f.day(*before), f.amount(*billed), f.day(*billed_on));
            lang.pick([
                format!("Cancelled inside the first 30 days (before {d}): 100% credit of {a} billed for the period, on the invoice of {b}."),
                format!("Opgezegd binnen de eerste 30 dagen (vóór {d}): 100% tegoed van de {a} die voor de periode is gefactureerd, op de factuur van {b}."),
                format!("Innerhalb der ersten 30 Tage gekündigt (vor dem {d}): 100 % Gutschrift der für den Zeitraum abgerechneten {a}, auf der Rechnung vom {b}."),
            ])
        }
        N::ProratedCredit(credit) => prorated_credit(f, credit),
        N::Reactivated {
            amount,
            from,
            to,
            billed_on,
            renewal,
        } => {
            let (a, s, e, b) = (
                f.amount(*amount),
                f.day(*from),
                f.day(*to),
                f.day(*billed_on),
            );
            let r = renewal.map(|r| f.day(r)).unwrap_or_default();
            lang.pick([
                format!("Reactivated: {a} for {s} – {e}, on the invoice of {b}. The renewal date stays {r}."),
                format!("Opnieuw geactiveerd: {a} voor {s} – {e}, op de factuur van {b}. De verlengingsdatum blijft {r}."),
                format!("Reaktiviert: {a} für {s} – {e}, auf der Rechnung vom {b}. Das Verlängerungsdatum bleibt der {r}."),
            ])
        }
        N::NewTerm {
            frequency,
            start,
            end,
        } => {
            let (how, s, e) = (f.cadence(*frequency), f.day(*start), f.day(*end));
            lang.pick([
                format!("A new {how} term starts today at the current list price: {s} – {e}."),
                format!("Vandaag begint een nieuwe looptijd, {how} gefactureerd, tegen de huidige catalogusprijs: {s} – {e}."),
                format!("Heute beginnt eine neue Laufzeit, {how} abgerechnet, zum aktuellen Listenpreis: {s} – {e}."),
            ])
        }
    }
}

fn prorated_credit(f: Figures, credit: &ProratedCredit) -> String {
    let ProratedCredit {
        period_price,
        period_days,
        days,
        from,
        to,
        quantity,
        amount,
        billed_on,
    } = credit;
    let (price, pd, d) = (f.amount(*period_price), f.n(*period_days), f.n(*days));
    let (s, e, q) = (f.day(*from), f.day(*to), f.n(*quantity));
    let (a, b) = (f.amount(*amount), f.day(*billed_on));
    f.0.pick([
        format!("Cancelled after the first 30 days: prorated credit = {price} ÷ {pd} days × {d} days ({s} – {e}) × {q} licenses = {a}, on the invoice of {b}."),
        format!("Opgezegd na de eerste 30 dagen: tegoed naar rato = {price} ÷ {pd} dagen × {d} dagen ({s} – {e}) × {q} licenties = {a}, op de factuur van {b}."),
        format!("Nach den ersten 30 Tagen gekündigt: anteilige Gutschrift = {price} ÷ {pd} Tage × {d} Tage ({s} – {e}) × {q} Lizenzen = {a}, auf der Rechnung vom {b}."),
    ])
}

fn new_commerce(f: Figures, note: &NceNote) -> String {
    let lang = f.0;
    match note {
        NceNote::Expired {
            day,
            because: Some(why),
        } => {
            let (d, why) = (f.day(*day), lang.say(why));
            lang.pick([
                format!("Expired on {d} instead of continuing: {why}"),
                format!("Verlopen op {d} in plaats van door te lopen: {why}"),
                format!("Am {d} abgelaufen, statt weiterzulaufen: {why}"),
            ])
        }
        NceNote::Expired { day, because: None } => {
            let d = f.day(*day);
            lang.pick([
                format!("Expired on {d}."),
                format!("Verlopen op {d}."),
                format!("Am {d} abgelaufen."),
            ])
        }
        NceNote::Renewed { day, term_plan } => {
            let (d, t) = (f.day(*day), f.term_plan(*term_plan));
            lang.pick([
                format!("Renewed on {d} for {t}."),
                format!("Verlengd op {d} voor {t}."),
                format!("Am {d} verlängert für {t}."),
            ])
        }
        NceNote::BilledFrom { plan, day } => {
            let (how, d) = (f.cadence(*plan), f.day(*day));
            lang.pick([
                format!("Billed {how} from {d}."),
                format!("Vanaf {d} {how} gefactureerd."),
                format!("Ab dem {d} {how} abgerechnet."),
            ])
        }
        NceNote::SeatsReducible { added, last } => {
            let (a, l) = (f.day(*added), f.day(*last));
            lang.pick([
                format!("Seats added on {a} can be reduced until {l}."),
                format!("Licenties die op {a} zijn toegevoegd, kunnen tot en met {l} worden verminderd."),
                format!("Am {a} hinzugefügte Lizenzen können bis zum {l} reduziert werden."),
            ])
        }
        NceNote::TrialRuns { until, ends } => {
            let (u, e) = (f.day(*until), f.day(*ends));
            lang.pick([
                format!("The trial runs until {u}; without a conversion it ends on {e}."),
                format!("De proefversie loopt tot en met {u}; zonder omzetting eindigt ze op {e}."),
                format!("Die Testversion läuft bis zum {u}; ohne Umwandlung endet sie am {e}."),
            ])
        }
        NceNote::WindowsOpen { seats, until } => {
            let (n, u) = (f.n(*seats), f.day(*until));
            lang.pick([
                format!("These {n} seats can be reduced, and the subscription cancelled, until {u}."),
                format!("Deze {n} licenties kunnen tot en met {u} worden verminderd en het abonnement kan tot dan worden opgezegd."),
                format!("Diese {n} Lizenzen können bis zum {u} reduziert und das Abonnement bis dahin gekündigt werden."),
            ])
        }
    }
}
