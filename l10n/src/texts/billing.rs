//! Billing: invoices, their lines, subtotals, statements, files to download, the trial pipeline.

texts! {
    /// Billing: invoices, their lines, subtotals, statements, files to download, the trial
    /// pipeline.
    BillingText {
        // Task V (issue 15): the billing page.
        Title => ["Billing", "Facturatie", "Abrechnung"],
        CheckAgainst => ["Check Microsoft's invoice against the book: ", "Controleer de factuur van Microsoft aan de hand van het boek: ", "Prüfen Sie die Rechnung von Microsoft anhand des Buchs: "],
        ReconcileLink => ["Reconcile Microsoft's file", "Het bestand van Microsoft reconciliëren", "Die Datei von Microsoft abstimmen"],
        Imports => ["Imports", "Importeren", "Importe"],
        /// {0}: the link to the imports page.
        ImportsOn => [
            "A new price list or a list of customers is imported on the {0}.",
            "Een nieuwe prijslijst of een lijst met klanten importeert u op de {0}.",
            "Eine neue Preisliste oder eine Kundenliste importieren Sie auf der {0}.",
        ],
        ImportsPage => ["Imports page", "pagina Importeren", "Seite Importe"],
        UpcomingInvoice => ["Upcoming invoice", "Komende factuur", "Kommende Rechnung"],
        UpcomingHint => [
            "As it stands if nothing else happens before its billing date; not issued yet.",
            "Zoals die nu is als er voor de factuurdatum niets anders gebeurt; nog niet uitgegeven.",
            "Nach aktuellem Stand, wenn bis zum Rechnungsdatum nichts weiter geschieht; noch nicht ausgestellt.",
        ],
        InvoiceNumber => ["Invoice number", "Factuurnummer", "Rechnungsnummer"],
        BillingDate => ["Billing date", "Factuurdatum", "Rechnungsdatum"],
        DueDate => ["Due date", "Vervaldatum", "Fälligkeitsdatum"],
        Lines => ["Lines", "Regels", "Positionen"],
        Total => ["Total", "Totaal", "Summe"],
        ShowUpcoming => ["Show the upcoming invoice", "De komende factuur tonen", "Die kommende Rechnung anzeigen"],
        /// {0}: an invoice number.
        ShowInvoice => ["Show {0}", "{0} tonen", "{0} anzeigen"],
        Invoices => ["Invoices", "Facturen", "Rechnungen"],
        NoInvoiceYet => ["No invoice has been issued up to today.", "Tot vandaag is er geen factuur uitgegeven.", "Bis heute wurde keine Rechnung ausgestellt."],
        IssuedCaption => ["Invoices issued up to today, newest first", "Facturen uitgegeven tot vandaag, nieuwste eerst", "Bis heute ausgestellte Rechnungen, neueste zuerst"],
        /// {0}: the currency code.
        TotalIn => ["Total ({0})", "Totaal ({0})", "Summe ({0})"],
        ShownBelow => ["Shown below", "Hieronder getoond", "Unten angezeigt"],
        // One invoice.
        LinesOfInvoice => ["Lines of this invoice", "Regels van deze factuur", "Positionen dieser Rechnung"],
        ChargeType => ["Charge type", "Soort kosten", "Gebührenart"],
        AllChargeTypes => ["All charge types", "Alle soorten kosten", "Alle Gebührenarten"],
        /// {0}: lines shown, {1}: lines on the invoice, {2}: their total with its currency.
        LinesShown => [
            "{0} of {1} lines shown, totalling {2}.",
            "{0} van {1} regels getoond, samen {2}.",
            "{0} von {1} Positionen angezeigt, zusammen {2}.",
        ],
        PagesOfLines => ["Pages of invoice lines", "Pagina's met factuurregels", "Seiten der Rechnungspositionen"],
        NoLineMatches => ["No line matches.", "Geen regel komt overeen.", "Keine Position passt."],
        /// {0}: how many rows, {1}: their Amount's total with its currency.
        ReconFileHolds => [
            "{0} rows, Amount totalling {1}",
            "{0} rijen, Amount samen {1}",
            "{0} Zeilen, Amount zusammen {1}",
        ],
        /// {0}: the invoice number.
        UpcomingPreview => ["Upcoming invoice {0} (preview)", "Komende factuur {0} (voorbeeld)", "Kommende Rechnung {0} (Vorschau)"],
        /// {0}: the invoice number.
        InvoiceNamed => ["Invoice {0}", "Factuur {0}", "Rechnung {0}"],
        NoFilesForUpcoming => [
            "Reconciliation files are made for issued invoices; this one can still change.",
            "Reconciliatiebestanden worden gemaakt voor uitgegeven facturen; deze kan nog veranderen.",
            "Abstimmungsdateien werden für ausgestellte Rechnungen erstellt; diese kann sich noch ändern.",
        ],
        /// {0}: matching customers, {1}: how many are listed.
        CustomersListed => [
            "Matching customers on this invoice: {0}; the first {1} are listed.",
            "Overeenkomende klanten op deze factuur: {0}; de eerste {1} staan in de lijst.",
            "Passende Kunden auf dieser Rechnung: {0}; die ersten {1} sind aufgeführt.",
        ],
        /// {0}: matching customers.
        CustomersMatching => [
            "Matching customers on this invoice: {0}.",
            "Overeenkomende klanten op deze factuur: {0}.",
            "Passende Kunden auf dieser Rechnung: {0}.",
        ],
        FindCustomer => ["Find a customer on this invoice", "Een klant op deze factuur zoeken", "Einen Kunden auf dieser Rechnung suchen"],
        Customer => ["Customer", "Klant", "Kunde"],
        AllCustomers => ["All customers", "Alle klanten", "Alle Kunden"],
        // Subtotals and a customer's statement.
        /// {0}: the customer's name.
        StatementFor => ["Statement for {0}", "Overzicht voor {0}", "Aufstellung für {0}"],
        SubtotalsCaption => ["Subtotals by customer", "Subtotalen per klant", "Zwischensummen pro Kunde"],
        /// {0}: the currency code.
        SubtotalIn => ["Subtotal ({0})", "Subtotaal ({0})", "Zwischensumme ({0})"],
        Statement => ["Statement", "Overzicht", "Aufstellung"],
        InvoiceTotal => ["Invoice total", "Factuurtotaal", "Rechnungssumme"],
        CustomersOnInvoice => ["Customers on this invoice", "Klanten op deze factuur", "Kunden auf dieser Rechnung"],
        PagesOfSubtotals => ["Pages of customer subtotals", "Pagina's met subtotalen per klant", "Seiten der Zwischensummen pro Kunde"],
        NoLines => ["This invoice has no lines.", "Deze factuur heeft geen regels.", "Diese Rechnung hat keine Positionen."],
        /// {0}: the invoice number, {1}: the customer's name.
        StatementHeading => [
            "Statement of invoice {0} for {1}",
            "Overzicht van factuur {0} voor {1}",
            "Aufstellung der Rechnung {0} für {1}",
        ],
        From => ["From", "Van", "Von"],
        To => ["To", "Aan", "An"],
        /// {0}: the customer's name.
        LinesFor => ["Lines for {0}", "Regels voor {0}", "Positionen für {0}"],
        /// {0}: the customer's name, {1}: the total with its currency.
        TotalFor => ["Total for {0}: {1}", "Totaal voor {0}: {1}", "Summe für {0}: {1}"],
        Print => ["Print this statement", "Dit overzicht afdrukken", "Diese Aufstellung drucken"],
        CloseStatement => ["Close the statement", "Het overzicht sluiten", "Die Aufstellung schließen"],
        // Files to download.
        DownloadRecon => ["Download reconciliation CSV", "Reconciliatie-CSV downloaden", "Abstimmungs-CSV herunterladen"],
        DownloadReconExcel => [
            "Download reconciliation CSV for Excel (semicolons, decimal comma)",
            "Reconciliatie-CSV voor Excel downloaden (puntkomma's, decimale komma)",
            "Abstimmungs-CSV für Excel herunterladen (Semikolons, Dezimalkomma)",
        ],
        DownloadTrials => ["Download trial pipeline CSV", "CSV met proefversies downloaden", "CSV der Testversionen herunterladen"],
        DownloadTrialsExcel => [
            "Download trial pipeline CSV for Excel (semicolons, decimal comma)",
            "CSV met proefversies voor Excel downloaden (puntkomma's, decimale komma)",
            "CSV der Testversionen für Excel herunterladen (Semikolons, Dezimalkomma)",
        ],
        /// {0}: the file's name, {1}: what it holds.
        Downloaded => ["Downloaded {0}: {1}.", "{0} gedownload: {1}.", "{0} heruntergeladen: {1}."],
        /// {0}: why not.
        NoFileMade => ["No file was made: {0}.", "Er is geen bestand gemaakt: {0}.", "Es wurde keine Datei erstellt: {0}."],
        // The trial pipeline.
        /// {0}: how many trials.
        TrialsCount => ["{0} trials", "{0} proefversies", "{0} Testversionen"],
        TrialPipeline => ["Trial pipeline", "Proefversies in de pijplijn", "Testversionen in der Pipeline"],
        /// {0}: how many trials.
        TrialsNotConverted => [
            "Trials not converted, running or expired: {0}.",
            "Niet omgezette proefversies, lopend of verlopen: {0}.",
            "Nicht umgewandelte Testversionen, laufend oder abgelaufen: {0}.",
        ],
        TrialsNeverBilled => [
            "Trials are never billed, so no reconciliation file lists them.",
            "Proefversies worden nooit gefactureerd, dus geen reconciliatiebestand noemt ze.",
            "Testversionen werden nie abgerechnet, daher führt keine Abstimmungsdatei sie auf.",
        ],
        // Task C2 (issue 13): a large file made in steps, the page answering meanwhile.
        /// {0}: rows written so far, {1}: rows in all.
        MakingFile => [
            "Making the file… {0} of {1} rows",
            "Het bestand wordt gemaakt… {0} van {1} rijen",
            "Die Datei wird erstellt… {0} von {1} Zeilen",
        ],
    }
}
