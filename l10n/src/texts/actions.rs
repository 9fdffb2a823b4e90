//! Acting on a subscription: the order, trial, change and cancel forms, their previews and charge lines.

texts! {
    /// Acting on a subscription: the order, trial, change and cancel forms, their previews and charge lines.
    ActionsText {
        // Task U (issue 15): action forms, previews and charge lines.
        EffectiveDate => ["Effective date (optional)", "Ingangsdatum (optioneel)", "Wirksamkeitsdatum (optional)"],
        EffectiveDateHint => [
            "Leave empty for today, or enter the earlier day it was done (in Partner Center).",
            "Laat leeg voor vandaag, of vul de eerdere dag in waarop het is gedaan (in Partner Center).",
            "Lassen Sie das Feld für heute leer, oder geben Sie den früheren Tag ein, an dem es (im Partner Center) erledigt wurde.",
        ],
        TrialExpires => ["Trial expires", "Proefversie verloopt", "Testversion läuft ab"],
        ConvertedFromTrial => ["Converted from trial on", "Omgezet uit proefversie op", "Aus Testversion umgewandelt am"],
        ReactivationUntil => ["Reactivation possible until", "Heractivering mogelijk tot", "Reaktivierung möglich bis"],
        MonthlyUnitPrice => ["Monthly unit price", "Maandprijs per eenheid", "Monatlicher Stückpreis"],
        PricePerSeatPerCycle => ["Price per seat per cycle", "Prijs per plaats per cyclus", "Preis pro Platz und Zyklus"],
        NewChargeLines => ["New charge lines", "Nieuwe kostenregels", "Neue Kostenpositionen"],
        ChargeLinesRemoved => [
            "Charge lines no longer expected",
            "Kostenregels die niet meer worden verwacht",
            "Nicht mehr erwartete Kostenpositionen",
        ],
        NoLinesChange => [
            "No charge lines change: nothing is billed or credited.",
            "Er veranderen geen kostenregels: er wordt niets gefactureerd of gecrediteerd.",
            "Keine Kostenposition ändert sich: Nichts wird berechnet oder gutgeschrieben.",
        ],
        HowWorkedOut => ["How the amounts are worked out", "Hoe de bedragen worden berekend", "Wie die Beträge berechnet werden"],
        Preview => ["Preview", "Voorbeeld", "Vorschau"],
        NowAndAfter => [
            "The subscription now and after this action",
            "Het abonnement nu en na deze actie",
            "Das Abonnement jetzt und nach dieser Aktion",
        ],
        Now => ["Now", "Nu", "Jetzt"],
        After => ["After", "Na", "Danach"],
        NetEffect => ["Net effect on your invoices:", "Nettoeffect op uw facturen:", "Nettowirkung auf Ihre Rechnungen:"],
        Prorated => [
            "Where an amount is not unit price × quantity, it covers part of a period: it is prorated to the exact days charged, as the notes below work out.",
            "Waar een bedrag niet prijs per eenheid × aantal is, dekt het een deel van een periode: het is naar rato berekend over de precieze dagen, zoals de notities hieronder uitwerken.",
            "Wo ein Betrag nicht Stückpreis × Menge ist, deckt er einen Teil eines Zeitraums ab: Er wird anteilig auf die genau berechneten Tage umgelegt, wie die Hinweise unten zeigen.",
        ],
        /// {0}: a month's amount; {1}: the term's; {2}: its months; {3}: its last day.
        CommitmentOverTerm => [
            "Commitment: {0} a month, {1} over the {2}-month term, until {3}.",
            "Verplichting: {0} per maand, {1} over de looptijd van {2} maanden, tot {3}.",
            "Verpflichtung: {0} pro Monat, {1} über die Laufzeit von {2} Monaten, bis {3}.",
        ],
        /// {0}: a month's amount; {1}: the term's last day.
        CommitmentUntil => [
            "Commitment: {0} a month, until the term ends on {1}.",
            "Verplichting: {0} per maand, tot de looptijd eindigt op {1}.",
            "Verpflichtung: {0} pro Monat, bis die Laufzeit am {1} endet.",
        ],
        /// {0}: the period.
        PeriodFree => [
            "The customer pays nothing for {0}: everything charged for it is credited.",
            "De klant betaalt niets voor {0}: alles wat ervoor is berekend, wordt gecrediteerd.",
            "Der Kunde zahlt nichts für {0}: Alles dafür Berechnete wird gutgeschrieben.",
        ],
        /// {0}: the period; {1}: what the customer pays; {2}: charged; {3}: credited.
        PeriodPays => [
            "For {0} the customer pays {1}: {2} charged, {3} credited.",
            "Voor {0} betaalt de klant {1}: {2} berekend, {3} gecrediteerd.",
            "Für {0} zahlt der Kunde {1}: {2} berechnet, {3} gutgeschrieben.",
        ],
        Customer => ["Customer", "Klant", "Kunde"],
        ChargeType => ["Charge type", "Kostentype", "Kostenart"],
        ChargeDates => ["Charge dates", "Kostenperiode", "Kostenzeitraum"],
        /// {0}: the currency.
        UnitPriceIn => ["Unit price ({0})", "Prijs per eenheid ({0})", "Stückpreis ({0})"],
        /// {0}: the currency.
        AmountIn => ["Amount ({0})", "Bedrag ({0})", "Betrag ({0})"],
    }
}
