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
        ChooseAnOffer => ["Choose an offer", "Kies een aanbieding", "Wählen Sie ein Angebot"],
        /// {0}: the frequency chosen in the catalog.
        FrequencyChosenAbove => [
            "Billing frequency: {0} (chosen above).",
            "Factureringsfrequentie: {0} (hierboven gekozen).",
            "Abrechnungshäufigkeit: {0} (oben gewählt).",
        ],
        Licenses => ["Licenses", "Licenties", "Lizenzen"],
        NicknameOptional => ["Nickname (optional)", "Bijnaam (optioneel)", "Spitzname (optional)"],
        NicknameFileHint => [
            "Written as SubscriptionName in reconciliation files.",
            "Wordt als SubscriptionName in reconciliatiebestanden geschreven.",
            "Wird in Abstimmungsdateien als SubscriptionName geschrieben.",
        ],
        NicknameShownHint => [
            "Shown in PartnerDesk beside the offer's name.",
            "Wordt in PartnerDesk naast de naam van de aanbieding getoond.",
            "Wird in PartnerDesk neben dem Namen des Angebots angezeigt.",
        ],
        ConfirmPurchase => ["Confirm purchase", "Aankoop bevestigen", "Kauf bestätigen"],
        SubscriptionPurchased => ["Subscription purchased.", "Abonnement gekocht.", "Abonnement gekauft."],
        AddOn => ["Add-on", "Add-on", "Add-on"],
        /// {0}: the base's frequency, as an element.
        AddOnFrequency => [
            "Billing frequency: {0} — an add-on is billed like its base subscription and can't choose its own.",
            "Factureringsfrequentie: {0} — een add-on wordt gefactureerd zoals zijn basisabonnement en kan geen eigen frequentie kiezen.",
            "Abrechnungshäufigkeit: {0} — ein Add-on wird wie sein Basisabonnement abgerechnet und kann keine eigene wählen.",
        ],
        BuyAddOn => ["Buy add-on", "Add-on kopen", "Add-on kaufen"],
        AddOnPurchased => ["Add-on purchased.", "Add-on gekocht.", "Add-on gekauft."],
        TrialOffer => ["Trial offer", "Proefaanbieding", "Testangebot"],
        ChooseATrial => ["Choose a trial", "Kies een proefversie", "Wählen Sie eine Testversion"],
        TrialHint => [
            "A trial has 25 licenses, lasts 30 days and is never billed.",
            "Een proefversie heeft 25 licenties, duurt 30 dagen en wordt nooit gefactureerd.",
            "Eine Testversion hat 25 Lizenzen, dauert 30 Tage und wird nie abgerechnet.",
        ],
        SignUpForTrial => ["Sign up for trial", "Aanmelden voor proefversie", "Für Testversion registrieren"],
        TrialSignedUp => ["Trial signed up.", "Aangemeld voor proefversie.", "Für Testversion registriert."],
        ConvertTo => ["Convert to", "Omzetten naar", "Umwandeln in"],
        ConvertLicensesHint => [
            "25 as in the trial unless you change it; within the offer's seat limits.",
            "25 zoals in de proefversie, tenzij u het wijzigt; binnen de plaatslimieten van de aanbieding.",
            "25 wie in der Testversion, sofern Sie es nicht ändern; innerhalb der Platzgrenzen des Angebots.",
        ],
        ConvertTrial => ["Convert trial", "Proefversie omzetten", "Testversion umwandeln"],
        TrialConverted => [
            "Trial converted to a paid subscription.",
            "Proefversie omgezet naar een betaald abonnement.",
            "Testversion in ein kostenpflichtiges Abonnement umgewandelt.",
        ],
        EnterLicenses => [
            "Enter the number of licenses as a whole number, such as 25.",
            "Vul het aantal licenties in als geheel getal, zoals 25.",
            "Geben Sie die Anzahl der Lizenzen als ganze Zahl ein, zum Beispiel 25.",
        ],
        ChooseFrequency => ["Choose Monthly or Annual billing.", "Kies maandelijkse of jaarlijkse facturering.", "Wählen Sie monatliche oder jährliche Abrechnung."],
        ChooseTheCustomer => ["Choose the customer.", "Kies de klant.", "Wählen Sie den Kunden."],
        ChooseTheOffer => ["Choose the offer.", "Kies de aanbieding.", "Wählen Sie das Angebot."],
        ChooseTheTrial => ["Choose the trial.", "Kies de proefversie.", "Wählen Sie die Testversion."],
        ChooseTheAddOn => ["Choose the add-on.", "Kies de add-on.", "Wählen Sie das Add-on."],
        ChooseConvertTarget => ["Choose the offer to convert to.", "Kies de aanbieding om naar om te zetten.", "Wählen Sie das Angebot, in das umgewandelt wird."],
        ChooseTermPlan => ["Choose a term and billing plan.", "Kies een looptijd en factureringsplan.", "Wählen Sie eine Laufzeit und einen Abrechnungsplan."],
        TermAndBillingPlan => ["Term and billing plan", "Looptijd en factureringsplan", "Laufzeit und Abrechnungsplan"],
        PricesCaption => [
            "What each term and billing plan costs today",
            "Wat elke looptijd en elk factureringsplan vandaag kost",
            "Was jede Laufzeit und jeder Abrechnungsplan heute kostet",
        ],
        Price => ["Price", "Prijs", "Preis"],
        PerSeatPerMonth => ["Per seat per month", "Per plaats per maand", "Pro Platz und Monat"],
        FirstCharge => ["First charge", "Eerste kosten", "Erste Belastung"],
        AgainstUpfront => [
            "Per month, against a year paid up front",
            "Per maand, vergeleken met een vooruitbetaald jaar",
            "Pro Monat, verglichen mit einem im Voraus bezahlten Jahr",
        ],
        /// {0}: the price.
        PricePerMonth => ["{0} per seat per month", "{0} per plaats per maand", "{0} pro Platz und Monat"],
        /// {0}: the price.
        PricePerYear => ["{0} per seat per year", "{0} per plaats per jaar", "{0} pro Platz und Jahr"],
        /// {0}: the price.
        PricePerThreeYears => ["{0} per seat per 3 years", "{0} per plaats per 3 jaar", "{0} pro Platz für 3 Jahre"],
        NotPossible => ["Not possible", "Niet mogelijk", "Nicht möglich"],
    }
    same_as_english { AddOn: [Nl, De], }
}
