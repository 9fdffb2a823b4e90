//! The dashboard: the cockpit's figures, the chart, warnings and empty states.

texts! {
    /// The dashboard: the cockpit's figures, the chart, warnings and empty states.
    DashboardText {
        // Task V (issue 15): the dashboard.
        Title => ["Dashboard", "Overzicht", "Übersicht"],
        Partner => ["Partner", "Partner", "Partner"],
        RulesProfile => ["Rules profile", "Regelprofiel", "Regelprofil"],
        Customer => ["Customer", "Klant", "Kunde"],
        Trial => ["Trial", "Proefversie", "Testversion"],
        Offer => ["Offer", "Aanbieding", "Angebot"],
        Subscription => ["Subscription", "Abonnement", "Abonnement"],
        Expires => ["Expires", "Verloopt", "Läuft ab"],
        DaysLeft => ["Days left", "Dagen over", "Verbleibende Tage"],
        ConvertOrBuy => ["Convert to, or buy", "Omzetten naar, of kopen", "Umwandeln in oder kaufen"],
        ExpiredOn => ["Expired on", "Verlopen op", "Abgelaufen am"],
        WhatRestores => ["What restores its data", "Wat de gegevens herstelt", "Was die Daten wiederherstellt"],
        /// {0}: the offers, joined by "or".
        RestoredByPurchase => [
            "Data can be restored by a purchase of {0}.",
            "De gegevens kunnen worden hersteld door {0} te kopen.",
            "Die Daten können durch einen Kauf von {0} wiederhergestellt werden.",
        ],
        /// Joins the offers that restore an expired trial's data.
        Or => [" or ", " of ", " oder "],
        DaysFromToday => ["Days from today", "Dagen vanaf vandaag", "Tage ab heute"],
        RenewalDate => ["Renewal date", "Verlengingsdatum", "Verlängerungsdatum"],
        LastDayToReactivate => ["Last day to reactivate", "Laatste dag om te heractiveren", "Letzter Tag zum Reaktivieren"],
        TrialsEndingCaption => ["Trials that end within 7 days", "Proefversies die binnen 7 dagen aflopen", "Testversionen, die innerhalb von 7 Tagen enden"],
        TrialsRunningCaption => ["Every trial in progress, soonest end first", "Alle lopende proefversies, eerstaflopende eerst", "Alle laufenden Testversionen, die am frühesten endende zuerst"],
        ExpiredTrials => ["Expired trials", "Verlopen proefversies", "Abgelaufene Testversionen"],
        RenewalsCaption => ["Renewals in the next 30 days", "Verlengingen in de komende 30 dagen", "Verlängerungen in den nächsten 30 Tagen"],
        DeletionsCaption => ["Cancelled subscriptions nearing deletion", "Opgezegde abonnementen die bijna worden verwijderd", "Gekündigte Abonnements kurz vor der Löschung"],
        TrialsEndingTile => ["Trials ending within 7 days", "Proefversies die binnen 7 dagen aflopen", "Testversionen, die innerhalb von 7 Tagen enden"],
        WindowsClosingTile => ["Reactivation windows closing", "Heractiveringstermijnen die sluiten", "Reaktivierungsfristen, die ablaufen"],
        TrialsConvertingTile => ["Trials converting within 7 days", "Proefversies die binnen 7 dagen worden omgezet", "Testversionen, die innerhalb von 7 Tagen umgewandelt werden"],
        NceWindowsTile => ["Seat and cancellation windows closing", "Termijnen voor licenties en opzegging die sluiten", "Fristen für Lizenzen und Kündigung, die ablaufen"],
        /// {0}: how many days.
        TrialsEndingWithin => ["Trials ending within {0} days", "Proefversies die binnen {0} dagen aflopen", "Testversionen, die innerhalb von {0} Tagen enden"],
        NeverWarns => [
            "Partner Center never warns of these; convert them or buy a compatible offer before they end.",
            "Partner Center waarschuwt hier nooit voor; zet ze om of koop een passende aanbieding voordat ze aflopen.",
            "Partner Center warnt nie davor; wandeln Sie sie um oder kaufen Sie ein passendes Angebot, bevor sie enden.",
        ],
        PagesEnding => ["Pages of trials ending soon", "Pagina's met proefversies die bijna aflopen", "Seiten der bald endenden Testversionen"],
        NoTrialEnds => ["No trial ends within 7 days.", "Geen proefversie loopt binnen 7 dagen af.", "Keine Testversion endet innerhalb von 7 Tagen."],
        PagesExpired => ["Pages of expired trials", "Pagina's met verlopen proefversies", "Seiten der abgelaufenen Testversionen"],
        NoExpiredTrials => ["No expired trials.", "Geen verlopen proefversies.", "Keine abgelaufenen Testversionen."],
        /// {0}: how many days.
        RenewalsWithin => ["Renewals in the next {0} days", "Verlengingen in de komende {0} dagen", "Verlängerungen in den nächsten {0} Tagen"],
        PagesRenewals => ["Pages of renewals", "Pagina's met verlengingen", "Seiten der Verlängerungen"],
        NoRenewals => ["No renewals in the next 30 days.", "Geen verlengingen in de komende 30 dagen.", "Keine Verlängerungen in den nächsten 30 Tagen."],
        /// {0}: how many days.
        SuspendedWithin => [
            "Suspended subscriptions within {0} days of the end of their 90 days to reactivate.",
            "Opgeschorte abonnementen die binnen {0} dagen het einde van hun 90 dagen om te heractiveren bereiken.",
            "Gesperrte Abonnements, deren 90 Tage zur Reaktivierung in {0} Tagen enden.",
        ],
        PagesDeletions => ["Pages of deletions ahead", "Pagina's met komende verwijderingen", "Seiten der anstehenden Löschungen"],
        NoDeletions => ["No cancelled subscription is nearing deletion.", "Geen opgezegd abonnement wordt binnenkort verwijderd.", "Kein gekündigtes Abonnement steht kurz vor der Löschung."],
        AllTrials => ["All trials in progress", "Alle lopende proefversies", "Alle laufenden Testversionen"],
        PagesTrials => ["Pages of trials in progress", "Pagina's met lopende proefversies", "Seiten der laufenden Testversionen"],
        NoTrials => ["No trials in progress.", "Geen lopende proefversies.", "Keine laufenden Testversionen."],
        // The cockpit and its chart.
        AtAGlance => ["At a glance", "In één oogopslag", "Auf einen Blick"],
        Customers => ["Customers", "Klanten", "Kunden"],
        ActiveSubscriptions => ["Active subscriptions", "Actieve abonnementen", "Aktive Abonnements"],
        Seats => ["Seats", "Licenties", "Lizenzen"],
        MonthlyRecurring => ["Monthly recurring amount", "Maandelijks terugkerend bedrag", "Monatlich wiederkehrender Betrag"],
        /// {0}: the next invoice's date.
        NextInvoiceOn => ["Next invoice, {0}", "Volgende factuur, {0}", "Nächste Rechnung, {0}"],
        Invoiced => ["Invoiced", "Gefactureerd", "Abgerechnet"],
        UpcomingAsItStands => ["Next invoice, as it stands", "Volgende factuur, zoals die nu is", "Nächste Rechnung, nach aktuellem Stand"],
        Forecast => ["Forecast", "Prognose", "Prognose"],
        /// {0}, {1}: the chart's first and last month.
        ChartSummary => [
            "Invoice totals from {0} to {1}: invoiced, the next invoice and forecast.",
            "Factuurtotalen van {0} tot {1}: gefactureerd, de volgende factuur en prognose.",
            "Rechnungssummen von {0} bis {1}: abgerechnet, die nächste Rechnung und Prognose.",
        ],
        ChartHeading => ["Invoice totals by month", "Factuurtotalen per maand", "Rechnungssummen pro Monat"],
        NextInvoice => ["Next invoice", "Volgende factuur", "Nächste Rechnung"],
        ForecastIfNothingChanges => ["Forecast if nothing changes", "Prognose als er niets verandert", "Prognose, wenn sich nichts ändert"],
        FiguresAsTable => ["The figures as a table", "De cijfers als tabel", "Die Zahlen als Tabelle"],
        ChartFigures => ["The chart's figures by month", "De cijfers van de grafiek per maand", "Die Zahlen des Diagramms pro Monat"],
        Month => ["Month", "Maand", "Monat"],
        WhatItIs => ["What it is", "Wat het is", "Was es ist"],
        /// {0}: the currency code.
        TotalIn => ["Total ({0})", "Totaal ({0})", "Summe ({0})"],
        // An empty book's first steps and the demo book.
        NoCustomersYet => ["Your book has no customers yet", "Uw boek heeft nog geen klanten", "Ihr Buch hat noch keine Kunden"],
        SetUpPartner => ["Set up the partner", "Stel de partner in", "Richten Sie den Partner ein"],
        SetUpPartnerWhat => [
            ": your name, Partner Center ids, currency and billing day.",
            ": uw naam, Partner Center-id's, valuta en factuurdag.",
            ": Ihr Name, Partner-Center-IDs, Währung und Abrechnungstag.",
        ],
        ImportCustomers => ["Import customers or a price list", "Importeer klanten of een prijslijst", "Importieren Sie Kunden oder eine Preisliste"],
        /// {0}: the link to Reconcile.
        ImportFrom => [
            " from a CSV file, or start the book from Microsoft's reconciliation file on {0}.",
            " uit een CSV-bestand, of begin het boek met het reconciliatiebestand van Microsoft op {0}.",
            " aus einer CSV-Datei, oder beginnen Sie das Buch mit der Abstimmungsdatei von Microsoft unter {0}.",
        ],
        Reconcile => ["Reconcile", "Reconciliëren", "Abstimmen"],
        /// {0}: the link to the customers page.
        AddByHand => [
            "Or add a customer by hand on the {0}.",
            "Of voeg een klant met de hand toe op de {0}.",
            "Oder legen Sie einen Kunden von Hand auf der {0} an.",
        ],
        CustomersPage => ["Customers page", "pagina Klanten", "Seite Kunden"],
        DemoMoved => [
            "Go back to the real date first: the demo book is recorded up to today.",
            "Ga eerst terug naar de echte datum: het demoboek wordt tot vandaag vastgelegd.",
            "Kehren Sie zuerst zum tatsächlichen Datum zurück: Das Demobuch wird bis heute erfasst.",
        ],
        DemoNotEmpty => [
            "Your book is no longer empty, so the demo was not opened.",
            "Uw boek is niet meer leeg, dus de demo is niet geopend.",
            "Ihr Buch ist nicht mehr leer, daher wurde die Demo nicht geöffnet.",
        ],
        DemoNoProfile => [
            "There is no demo book for this rules profile.",
            "Er is geen demoboek voor dit regelprofiel.",
            "Für dieses Regelprofil gibt es kein Demobuch.",
        ],
        /// {0}: how many sample customers.
        JustLooking => [
            "Just looking? Open a demo book with {0} sample customers and their subscriptions.",
            "Even rondkijken? Open een demoboek met {0} voorbeeldklanten en hun abonnementen.",
            "Nur umsehen? Öffnen Sie ein Demobuch mit {0} Beispielkunden und ihren Abonnements.",
        ],
        OpenDemo => ["Open a demo book…", "Demoboek openen…", "Demobuch öffnen…"],
        DemoConfirm => [
            "The sample customers become this browser's book. To come back to an empty book afterwards, download a backup of it now and restore it in Settings.",
            "De voorbeeldklanten worden het boek van deze browser. Wilt u daarna terug naar een leeg boek, download dan nu een back-up ervan en zet die terug in Instellingen.",
            "Die Beispielkunden werden zum Buch dieses Browsers. Um danach zu einem leeren Buch zurückzukehren, laden Sie jetzt eine Sicherung davon herunter und stellen Sie sie in den Einstellungen wieder her.",
        ],
        FillWithDemo => ["Fill my book with the demo", "Mijn boek met de demo vullen", "Mein Buch mit der Demo füllen"],
        Cancel => ["Cancel", "Annuleren", "Abbrechen"],
        // New commerce.
        /// {0}: how many seats.
        RemoveUpTo => ["Remove up to {0} seats", "Tot {0} licenties verwijderen", "Bis zu {0} Lizenzen entfernen"],
        CancelWithRefund => ["Cancel with a refund", "Opzeggen met terugbetaling", "Mit Erstattung kündigen"],
        WindowsCaption => ["Seat and cancellation windows closing soon", "Termijnen voor licenties en opzegging die binnenkort sluiten", "Fristen für Lizenzen und Kündigung, die bald ablaufen"],
        StillPossible => ["Still possible", "Nog mogelijk", "Noch möglich"],
        LastDay => ["Last day", "Laatste dag", "Letzter Tag"],
        NoPriceInForce => ["No price in force: it will expire", "Geen geldende prijs: hij verloopt", "Kein gültiger Preis: Sie läuft ab"],
        /// {0}: the offer it becomes, {1}: how many seats, {2}: its term and plan.
        Becomes => ["{0}, {1} seats, {2}", "{0}, {1} licenties, {2}", "{0}, {1} Lizenzen, {2}"],
        ConversionsCaption => ["Trials converting by themselves", "Proefversies die vanzelf worden omgezet", "Testversionen, die sich selbst umwandeln"],
        BecomesHeader => ["Becomes", "Wordt", "Wird zu"],
        ConvertsOn => ["Converts on", "Omgezet op", "Umwandlung am"],
        FirstCharge => ["First charge", "Eerste kosten", "Erste Belastung"],
        RefusedCaption => ["Expired instead of renewing or converting", "Verlopen in plaats van verlengd of omgezet", "Abgelaufen statt verlängert oder umgewandelt"],
        Why => ["Why", "Waarom", "Warum"],
        /// {0}: the next invoice's number.
        NextInvoiceNumber => ["Next invoice: {0}.", "Volgende factuur: {0}.", "Nächste Rechnung: {0}."],
        /// {0}: how many days.
        WindowsWithin => ["Windows closing within {0} days", "Termijnen die binnen {0} dagen sluiten", "Fristen, die innerhalb von {0} Tagen ablaufen"],
        WindowsHint => [
            "Seats can be removed only within 7 days of being added, and a term cancelled only within 7 days of its start; after that the customer pays to the renewal.",
            "Licenties kunnen alleen binnen 7 dagen na het toevoegen worden verwijderd, en een termijn alleen binnen 7 dagen na de start worden opgezegd; daarna betaalt de klant tot de verlenging.",
            "Lizenzen können nur innerhalb von 7 Tagen nach dem Hinzufügen entfernt und eine Laufzeit nur innerhalb von 7 Tagen nach ihrem Beginn gekündigt werden; danach zahlt der Kunde bis zur Verlängerung.",
        ],
        PagesWindows => ["Pages of windows closing", "Pagina's met sluitende termijnen", "Seiten der ablaufenden Fristen"],
        NoWindow => ["No window closes within 2 days.", "Geen termijn sluit binnen 2 dagen.", "Keine Frist läuft innerhalb von 2 Tagen ab."],
        /// {0}: how many days.
        ConvertingWithin => ["Trials converting by themselves within {0} days", "Proefversies die binnen {0} dagen vanzelf worden omgezet", "Testversionen, die sich innerhalb von {0} Tagen selbst umwandeln"],
        ConvertingHint => [
            "Left alone, a trial with auto-renew on becomes a paid subscription on its 31st day. Turn auto-renew off to let it end.",
            "Een proefversie met automatisch verlengen aan wordt op de 31e dag vanzelf een betaald abonnement. Zet automatisch verlengen uit om hem te laten aflopen.",
            "Eine Testversion mit aktivierter automatischer Verlängerung wird an ihrem 31. Tag von selbst zu einem bezahlten Abonnement. Deaktivieren Sie die automatische Verlängerung, um sie enden zu lassen.",
        ],
        PagesConversions => ["Pages of conversions ahead", "Pagina's met komende omzettingen", "Seiten der anstehenden Umwandlungen"],
        NoConversion => ["No trial converts within 7 days.", "Geen proefversie wordt binnen 7 dagen omgezet.", "Keine Testversion wird innerhalb von 7 Tagen umgewandelt."],
        /// {0}: how many days.
        TermRenewalsWithin => ["Annual and three-year renewals in the next {0} days", "Verlengingen van jaar- en driejaartermijnen in de komende {0} dagen", "Verlängerungen von Jahres- und Dreijahreslaufzeiten in den nächsten {0} Tagen"],
        NoTermRenewals => ["No annual or three-year term renews in the next 30 days.", "Geen jaar- of driejaartermijn wordt in de komende 30 dagen verlengd.", "Keine Jahres- oder Dreijahreslaufzeit verlängert sich in den nächsten 30 Tagen."],
        RefusedHeading => ["Renewals and conversions refused", "Geweigerde verlengingen en omzettingen", "Abgelehnte Verlängerungen und Umwandlungen"],
        PagesRefused => ["Pages of refused renewals", "Pagina's met geweigerde verlengingen", "Seiten der abgelehnten Verlängerungen"],
        NoRefused => ["Nothing expired for want of a renewal or conversion.", "Niets is verlopen bij gebrek aan een verlenging of omzetting.", "Nichts ist mangels Verlängerung oder Umwandlung abgelaufen."],
        // K2 (issue 13, the cold load): the figures kept beside the book, shown while it is read.
        UpdatingFigures => ["Updating…", "Bijwerken…", "Wird aktualisiert…"],
    }
    same_as_english {
        Partner: [Nl, De],
    }
}
