//! Billing → Reconcile: a reconciliation file checked against the book, and a book started from it.

texts! {
    /// Billing → Reconcile: a reconciliation file checked against the book, and a book started from it.
    ReconcileText {
        // Task V (issue 15): the reconciliation page.
        /// {0}: how many differences.
        DifferencesCount => ["{0} differences", "{0} verschillen", "{0} Abweichungen"],
        DownloadDifferences => ["Download differences CSV", "CSV met verschillen downloaden", "CSV der Abweichungen herunterladen"],
        DownloadDifferencesExcel => [
            "Download differences CSV for Excel (semicolons, decimal comma)",
            "CSV met verschillen voor Excel downloaden (puntkomma's, decimale komma)",
            "CSV der Abweichungen für Excel herunterladen (Semikolons, Dezimalkomma)",
        ],
        Title => ["Reconcile Microsoft's file", "Het bestand van Microsoft reconciliëren", "Die Datei von Microsoft abstimmen"],
        Billing => ["Billing", "Facturatie", "Abrechnung"],
        /// {0}: which file of Partner Center.
        ChooseFile => [
            "Choose the reconciliation file of an invoice, as Partner Center gives it ({0}; also re-saved by Excel). Each of its lines is matched with the book's invoice; you see where the two disagree. The file is read in this browser and sent nowhere.",
            "Kies het reconciliatiebestand van een factuur, zoals Partner Center het geeft ({0}; ook opnieuw opgeslagen door Excel). Elke regel ervan wordt gekoppeld aan de factuur van het boek; u ziet waar die twee verschillen. Het bestand wordt in deze browser gelezen en nergens heen gestuurd.",
            "Wählen Sie die Abstimmungsdatei einer Rechnung, wie Partner Center sie liefert ({0}; auch von Excel neu gespeichert). Jede ihrer Zeilen wird mit der Rechnung des Buchs abgeglichen; Sie sehen, wo die beiden abweichen. Die Datei wird in diesem Browser gelesen und nirgendwohin gesendet.",
        ],
        LicenseBasedFile => ["the license-based file", "het bestand voor licenties", "die lizenzbasierte Datei"],
        NceFile => ["the new commerce file of a monthly invoice", "het new commerce-bestand van een maandfactuur", "die New-Commerce-Datei einer Monatsrechnung"],
        InvoiceOf => ["Invoice of", "Factuur van", "Rechnung vom"],
        ReconFile => ["Reconciliation file", "Reconciliatiebestand", "Abstimmungsdatei"],
        FileHint => [
            "Choose the CSV file or drop it here: comma or semicolon separated, with or without a byte-order mark.",
            "Kies het CSV-bestand of zet het hier neer: gescheiden door komma's of puntkomma's, met of zonder byte-order mark.",
            "Wählen Sie die CSV-Datei oder legen Sie sie hier ab: durch Kommas oder Semikolons getrennt, mit oder ohne Byte-Order-Mark.",
        ],
        /// {0}: the file's size, {1}: the seconds it took.
        ReadIn => ["Read and reconciled {0} in {1} s.", "{0} gelezen en gereconcilieerd in {1} s.", "{0} gelesen und abgestimmt in {1} s."],
        /// {0}: how much is read, {1}: of how much.
        Reading => ["Reading {0} of {1}…", "{0} van {1} gelezen…", "{0} von {1} gelesen…"],
        ReadingFile => ["Reading the file", "Het bestand wordt gelezen", "Die Datei wird gelesen"],
        // The lines.
        Lines => ["Lines", "Regels", "Zeilen"],
        /// {0}: how many lines.
        LinesShown => ["{0} lines shown.", "{0} regels getoond.", "{0} Zeilen angezeigt."],
        PagesOfLines => ["Pages of reconciled lines", "Pagina's met gereconcilieerde regels", "Seiten der abgestimmten Zeilen"],
        NothingInGroup => ["Nothing to show: no line is in this group.", "Niets te tonen: geen regel valt in deze groep.", "Nichts anzuzeigen: Keine Zeile ist in dieser Gruppe."],
        Group => ["Group", "Groep", "Gruppe"],
        EveryDifference => ["Every difference", "Alle verschillen", "Alle Abweichungen"],
        Customer => ["Customer", "Klant", "Kunde"],
        AllCustomers => ["All customers", "Alle klanten", "Alle Kunden"],
        LicensesHeading => ["Licenses: file / PartnerDesk", "Licenties: bestand / PartnerDesk", "Lizenzen: Datei / PartnerDesk"],
        SeatsHeading => ["Seats: file / PartnerDesk", "Licenties: bestand / PartnerDesk", "Lizenzen: Datei / PartnerDesk"],
        LinesCaption => ["Lines of the file and of the invoice", "Regels van het bestand en van de factuur", "Zeilen der Datei und der Rechnung"],
        Subscription => ["Subscription", "Abonnement", "Abonnement"],
        Offer => ["Offer", "Aanbieding", "Angebot"],
        ChargeType => ["Charge type", "Soort kosten", "Gebührenart"],
        Charged => ["Charged", "Berekend", "Berechnet"],
        FileLine => ["File line", "Regel in bestand", "Zeile der Datei"],
        /// {0}: the currency code.
        FileIn => ["File ({0})", "Bestand ({0})", "Datei ({0})"],
        /// {0}: the currency code.
        PartnerDeskIn => ["PartnerDesk ({0})", "PartnerDesk ({0})", "PartnerDesk ({0})"],
        /// {0}: the currency code.
        DifferenceIn => ["Difference ({0})", "Verschil ({0})", "Abweichung ({0})"],
        NotInBook => [" (not in the book)", " (niet in het boek)", " (nicht im Buch)"],
        SeatsAtMonthEnd => ["Seats at the end of the month", "Licenties aan het einde van de maand", "Lizenzen am Monatsende"],
        // The groups.
        Matches => ["Matches", "Komt overeen", "Stimmt überein"],
        AmountDiffers => ["Amount differs", "Bedrag verschilt", "Betrag weicht ab"],
        SeatsDiffer => ["Seat count differs", "Aantal licenties verschilt", "Anzahl der Lizenzen weicht ab"],
        FileOnly => ["In Microsoft's file only", "Alleen in het bestand van Microsoft", "Nur in der Datei von Microsoft"],
        BookOnly => ["In PartnerDesk only", "Alleen in PartnerDesk", "Nur in PartnerDesk"],
        // The summary.
        /// {0}: the file's name, {1}: the invoice's date.
        AgainstInvoice => ["{0} against the invoice of {1}", "{0} vergeleken met de factuur van {1}", "{0} verglichen mit der Rechnung vom {1}"],
        MicrosoftsFile => ["Microsoft's file", "Bestand van Microsoft", "Datei von Microsoft"],
        PartnerDesksInvoice => ["PartnerDesk's invoice", "Factuur van PartnerDesk", "Rechnung von PartnerDesk"],
        DifferenceTotal => ["Difference (file minus PartnerDesk)", "Verschil (bestand min PartnerDesk)", "Abweichung (Datei minus PartnerDesk)"],
        /// {0}: how many lines.
        LinesRead => ["{0} lines read.", "{0} regels gelezen.", "{0} Zeilen gelesen."],
        /// {0}: how many lines.
        LinesReadSemicolons => [
            "{0} lines read (separated by semicolons, as Excel saves them).",
            "{0} regels gelezen (gescheiden door puntkomma's, zoals Excel ze opslaat).",
            "{0} Zeilen gelesen (durch Semikolons getrennt, wie Excel sie speichert).",
        ],
        LegacyAmounts => ["Amounts before tax and discount: the file's Amount column.", "Bedragen voor belasting en korting: de kolom Amount van het bestand.", "Beträge vor Steuer und Rabatt: die Spalte Amount der Datei."],
        NceAmounts => ["Amounts before tax: the file's Subtotal column.", "Bedragen voor belasting: de kolom Subtotal van het bestand.", "Beträge vor Steuer: die Spalte Subtotal der Datei."],
        /// {0}: the invoice the file's charges are on, {1}: the one compared with.
        OtherInvoice => [
            "This file's charges are on the invoice of {0}, not on the one of {1}.",
            "De kosten in dit bestand staan op de factuur van {0}, niet op die van {1}.",
            "Die Gebühren dieser Datei stehen auf der Rechnung vom {0}, nicht auf der vom {1}.",
        ],
        /// {0}: the date of the other invoice.
        CompareWith => ["Compare with the invoice of {0}", "Vergelijken met de factuur van {0}", "Mit der Rechnung vom {0} vergleichen"],
        /// {0}: how many rows, {1}: the column.
        ForColumn => ["{0} for {1}", "{0} voor {1}", "{0} für {1}"],
        /// {0}: the line, {1}: why it was skipped.
        SkippedLine => ["Line {0}: {1}", "Regel {0}: {1}", "Zeile {0}: {1}"],
        /// {0}: how many rows, {1}: how many per column.
        RowsSkipped => [
            "{0} rows were skipped ({1}); the rest is reconciled:",
            "{0} rijen zijn overgeslagen ({1}); de rest is gereconcilieerd:",
            "{0} Zeilen wurden übersprungen ({1}); der Rest ist abgestimmt:",
        ],
        /// {0}: a charge type, {1}: how many lines.
        TypeLines => ["{0}: {1} lines", "{0}: {1} regels", "{0}: {1} Zeilen"],
        UnknownTypes => [
            "Charge types PartnerDesk doesn't bill (their lines are in Microsoft's file only):",
            "Soorten kosten die PartnerDesk niet factureert (hun regels staan alleen in het bestand van Microsoft):",
            "Gebührenarten, die PartnerDesk nicht abrechnet (ihre Zeilen stehen nur in der Datei von Microsoft):",
        ],
        /// {0}: the missing columns.
        MissingColumns => [
            "The file has no column {0}; nothing is matched on them.",
            "Het bestand heeft geen kolom {0}; daarop wordt niets gekoppeld.",
            "Die Datei hat keine Spalte {0}; danach wird nichts abgeglichen.",
        ],
        // Lead (issue 15): starting a book from the file.
        StartHeading => ["Start your book from this file", "Uw boek beginnen vanuit dit bestand", "Ihr Buch mit dieser Datei beginnen"],
        StartExplained => [
            "Your book has no subscriptions yet. The file's customers and subscriptions can be recorded as they stand, so that PartnerDesk's next invoices are Microsoft's. A subscription the file doesn't bill (an annual one in another month) is not in it; add it by hand.",
            "Uw boek heeft nog geen abonnementen. De klanten en abonnementen uit het bestand kunnen worden vastgelegd zoals ze zijn, zodat de volgende facturen van PartnerDesk die van Microsoft zijn. Een abonnement dat het bestand niet factureert (een jaarabonnement in een andere maand) staat er niet in; voeg het met de hand toe.",
            "Ihr Buch hat noch keine Abonnements. Die Kunden und Abonnements der Datei können so erfasst werden, wie sie sind, damit die nächsten Rechnungen von PartnerDesk denen von Microsoft entsprechen. Ein Abonnement, das die Datei nicht abrechnet (ein jährliches in einem anderen Monat), ist nicht darin; fügen Sie es von Hand hinzu.",
        ],
        NewCustomersCountry => ["Country of the new customers", "Land van de nieuwe klanten", "Land der neuen Kunden"],
        CountryHintLegacy => [
            "Two letters, such as US or NL: the license-based file doesn't say.",
            "Twee letters, zoals US of NL: het licentiebestand vermeldt het niet.",
            "Zwei Buchstaben, etwa US oder NL: Die lizenzbasierte Datei nennt es nicht.",
        ],
        CountryHintNce => [
            "Two letters, such as US or NL: for the customers the file gives no country.",
            "Twee letters, zoals US of NL: voor de klanten waarvoor het bestand geen land vermeldt.",
            "Zwei Buchstaben, etwa US oder NL: für die Kunden, für die die Datei kein Land nennt.",
        ],
        /// {0}: "1 customer and 2 subscriptions".
        RecordPlan => ["Record {0}", "{0} vastleggen", "{0} erfassen"],
        /// {0}: "1 customer and 2 subscriptions".
        PlanRecorded => ["{0} recorded.", "{0} vastgelegd.", "{0} erfasst."],
        NothingRecorded => [" Nothing was recorded.", " Er is niets vastgelegd.", " Es wurde nichts erfasst."],
        /// {0}: customers; {1}: subscriptions, each already counted.
        CustomersAndSubscriptions => ["{0} and {1}", "{0} en {1}", "{0} und {1}"],
        OneCustomer => ["1 customer", "1 klant", "1 Kunde"],
        /// {0}: how many.
        Customers => ["{0} customers", "{0} klanten", "{0} Kunden"],
        OneSubscription => ["1 subscription", "1 abonnement", "1 Abonnement"],
        /// {0}: how many.
        Subscriptions => ["{0} subscriptions", "{0} abonnementen", "{0} Abonnements"],
        /// {0}: the price.
        FromTheCatalog => ["{0} (from the catalog)", "{0} (uit de catalogus)", "{0} (aus dem Katalog)"],
        SubscriptionsToRecord => ["Subscriptions to be recorded", "Vast te leggen abonnementen", "Zu erfassende Abonnements"],
        BillingFrequency => ["Billing frequency", "Factuurfrequentie", "Abrechnungshäufigkeit"],
        PricePerLicenseMonth => ["Price per license per month", "Prijs per licentie per maand", "Preis pro Lizenz und Monat"],
        TermAndBilling => ["Term and billing", "Looptijd en facturering", "Laufzeit und Abrechnung"],
        PricePerSeatCycle => ["Price per seat per billing cycle", "Prijs per licentie per factuurperiode", "Preis pro Lizenz und Abrechnungszeitraum"],
        /// {0}: the day.
        SuspendedOn => ["Suspended on {0}", "Opgeschort op {0}", "Angehalten am {0}"],
        LegacyKindOfFile => ["license-based (legacy) file", "licentiebestand (oud programma)", "lizenzbasierte Datei (bisheriges Programm)"],
        NceKindOfFile => ["new commerce file", "new-commercebestand", "New-Commerce-Datei"],
        LegacyProgram => ["license-based (legacy)", "op licenties (oud)", "lizenzbasiert (bisher)"],
        NceProgram => ["new commerce", "new commerce", "New Commerce"],
        /// {0}: the kind of file; {1}: the book's program.
        WrongProgram => [
            "This is a {0}, but your book bills under the {1} program, so it has no invoice to compare it with.",
            "Dit is een {0}, maar uw boek factureert onder het programma {1}, dus er is geen factuur om het mee te vergelijken.",
            "Dies ist eine {0}, aber Ihr Buch rechnet nach dem Programm {1} ab, daher gibt es keine Rechnung zum Vergleich.",
        ],
    }
    same_as_english {
        PartnerDeskIn: [Nl, De],
        NceProgram: [Nl],
    }
}
