//! `BookRefusal` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use chrono::NaiveDate;
use partnerdesk_core::base::say::{BookRefusal as R, HistoryDay, ProgramWord};

pub(crate) fn word(lang: Lang, refusal: &R) -> String {
    let f = Figures(lang);
    lang.pick(match refusal {
        R::AfterToday { named, day, today } => after_today(f, *named, *day, *today),
        R::BeforeLatest { named, day, last } => before_latest(f, *named, *day, *last),
        R::OnlyMostRecentUndone => [
            "Only the customer's most recent action can be undone; the list of actions has changed, so look at the history again.",
            "Alleen de meest recente actie van de klant kan ongedaan worden gemaakt; de lijst met acties is gewijzigd, bekijk de geschiedenis dus opnieuw.",
            "Nur die letzte Aktion des Kunden kann rückgängig gemacht werden; die Liste der Aktionen hat sich geändert, sehen Sie sich den Verlauf daher erneut an.",
        ].map(String::from),
        R::CreationNotUndone => [
            "The customer's only action is its creation; to take the customer out of the book, delete it.",
            "De enige actie van de klant is het aanmaken ervan; verwijder de klant om hem uit het boek te halen.",
            "Die einzige Aktion des Kunden ist seine Anlage; um den Kunden aus dem Buch zu nehmen, löschen Sie ihn.",
        ].map(String::from),
        R::InvoicedSince { taken, invoice } => {
            let (taken, invoice) = (f.day(*taken), f.day(*invoice));
            [
                format!("This action was taken on {taken} and the invoice of {invoice} has been issued since; record the opposite action instead (for example, change the licenses back)."),
                format!("Deze actie is uitgevoerd op {taken} en de factuur van {invoice} is sindsdien uitgegeven; leg in plaats daarvan de tegenovergestelde actie vast (bijvoorbeeld: zet de licenties terug)."),
                format!("Diese Aktion wurde am {taken} ausgeführt, und die Rechnung vom {invoice} wurde seitdem erstellt; erfassen Sie stattdessen die gegenteilige Aktion (zum Beispiel die Lizenzen zurücksetzen)."),
            ]
        }
        R::CustomerHasSubscriptions => [
            "This customer has subscriptions, which its invoices name, so it stays in the book; a customer can be deleted only before anything was bought or signed up for.",
            "Deze klant heeft abonnementen, die op de facturen staan, en blijft dus in het boek; een klant kan alleen worden verwijderd zolang er nog niets is gekocht of aangevraagd.",
            "Dieser Kunde hat Abonnements, die in seinen Rechnungen stehen, und bleibt daher im Buch; ein Kunde kann nur gelöscht werden, solange noch nichts gekauft oder registriert wurde.",
        ].map(String::from),
        R::DomainTaken { domain } => [
            format!("Another customer already uses the domain {domain}; each customer has its own domain."),
            format!("Een andere klant gebruikt het domein {domain} al; elke klant heeft een eigen domein."),
            format!("Ein anderer Kunde verwendet die Domäne {domain} bereits; jeder Kunde hat eine eigene Domäne."),
        ],
        R::NicknameTooLong { max } => {
            let max = f.n(*max);
            [
                format!("A nickname can have at most {max} characters."),
                format!("Een bijnaam kan maximaal {max} tekens hebben."),
                format!("Ein Spitzname kann höchstens {max} Zeichen haben."),
            ]
        }
        R::ProgramFixed { from, to } => program_fixed(*from, *to),
        unknown => not_found(unknown).map(String::from),
    })
}

/// Ids that name nothing, and commands handed to the wrong check.
fn not_found(refusal: &R) -> [&'static str; 3] {
    match refusal {
        R::NoSuchSubscription => [
            "That subscription doesn't exist; pick one from the customer's subscriptions.",
            "Dat abonnement bestaat niet; kies er een uit de abonnementen van de klant.",
            "Dieses Abonnement gibt es nicht; wählen Sie eines aus den Abonnements des Kunden.",
        ],
        R::NoSuchOffer => [
            "That offer is not in the catalog; pick one from the catalog.",
            "Die aanbieding staat niet in de catalogus; kies er een uit de catalogus.",
            "Dieses Angebot ist nicht im Katalog; wählen Sie eines aus dem Katalog.",
        ],
        R::SubscriptionIdTaken => [
            "A subscription with this id exists already; try again.",
            "Er bestaat al een abonnement met deze id; probeer het opnieuw.",
            "Ein Abonnement mit dieser ID gibt es bereits; versuchen Sie es erneut.",
        ],
        R::NoSuchCustomer => [
            "That customer doesn't exist; pick one from the customer list.",
            "Die klant bestaat niet; kies er een uit de klantenlijst.",
            "Diesen Kunden gibt es nicht; wählen Sie einen aus der Kundenliste.",
        ],
        R::CustomerIdTaken => [
            "A customer with this id exists already.",
            "Er bestaat al een klant met deze id.",
            "Einen Kunden mit dieser ID gibt es bereits.",
        ],
        R::NotAnOrder => [
            "That is not an order.",
            "Dat is geen bestelling.",
            "Das ist keine Bestellung.",
        ],
        _ => [
            "That is not a correction.",
            "Dat is geen correctie.",
            "Das ist keine Korrektur.",
        ],
    }
}

/// H1's name of the date it speaks of.
fn named(f: Figures, named: HistoryDay) -> &'static str {
    f.0.pick(match named {
        HistoryDay::Today => ["Today", "Vandaag", "Heute"],
        HistoryDay::EffectiveDate => [
            "The effective date",
            "De ingangsdatum",
            "Das Wirksamkeitsdatum",
        ],
        HistoryDay::ActionDate => [
            "This action's date",
            "De datum van deze actie",
            "Das Datum dieser Aktion",
        ],
    })
}

fn after_today(f: Figures, which: HistoryDay, day: NaiveDate, today: NaiveDate) -> [String; 3] {
    let (named, day, today) = (named(f, which), f.day(day), f.day(today));
    [
        format!("{named} ({day}) is after today ({today}); it can be recorded once that day has come."),
        format!("{named} ({day}) ligt na vandaag ({today}); dit kan worden vastgelegd zodra die dag is aangebroken."),
        format!("{named} ({day}) liegt nach heute ({today}); es kann erfasst werden, sobald dieser Tag gekommen ist."),
    ]
}

fn before_latest(f: Figures, which: HistoryDay, day: NaiveDate, last: NaiveDate) -> [String; 3] {
    let (named, day, last) = (named(f, which), f.day(day), f.day(last));
    let to_act = match which {
        HistoryDay::Today => [
            format!("move today to {last} or later"),
            format!("verplaats vandaag naar {last} of later"),
            format!("verschieben Sie heute auf den {last} oder später"),
        ],
        _ => [
            format!("enter {last} or later"),
            format!("vul {last} of later in"),
            format!("geben Sie den {last} oder später ein"),
        ],
    };
    let to_act = f.0.pick(to_act);
    [
        format!("{named} ({day}) is before the latest recorded action ({last}); the history only moves forward, so {to_act}."),
        format!("{named} ({day}) ligt vóór de laatst vastgelegde actie ({last}); de geschiedenis gaat alleen vooruit, dus {to_act}."),
        format!("{named} ({day}) liegt vor der zuletzt erfassten Aktion ({last}); der Verlauf geht nur vorwärts, daher: {to_act}."),
    ]
}

/// N37: the program a book's subscriptions were bought under.
fn program_fixed(from: ProgramWord, to: ProgramWord) -> [String; 3] {
    let program = |p: ProgramWord| match p {
        ProgramWord::Legacy => [
            "the legacy license-based rules",
            "de oude, op licenties gebaseerde regels",
            "den bisherigen lizenzbasierten Regeln",
        ],
        ProgramWord::NewCommerce => ["new commerce", "new commerce", "New Commerce"],
    };
    let ([fe, fn_, fd], [te, tn, td]) = (program(from), program(to));
    [
        format!("This book's subscriptions were bought under {fe}, and they cannot be billed under {te}. Keep this profile, or download a backup and start a new book for the other program."),
        format!("De abonnementen van dit boek zijn gekocht onder {fn_} en kunnen niet worden gefactureerd onder {tn}. Houd dit profiel, of download een back-up en begin een nieuw boek voor het andere programma."),
        format!("Die Abonnements dieses Buchs wurden unter {fd} gekauft und können nicht unter {td} abgerechnet werden. Behalten Sie dieses Profil bei, oder laden Sie eine Sicherung herunter und beginnen Sie ein neues Buch für das andere Programm."),
    ]
}
