//! Words many pages share: paging, tables, buttons such as Save and Cancel.

texts! {
    /// Words many pages share: paging, tables, buttons such as Save and Cancel.
    CommonText {
        // Task U (issue 15): the customer side's shared words.
        Close => ["Close", "Sluiten", "Schließen"],
        PartNotDownloaded => [
            "This part of PartnerDesk could not be downloaded: the connection may have dropped. Nothing stored in this browser is affected. Check the connection, then try again.",
            "Dit deel van PartnerDesk kon niet worden gedownload: de verbinding is mogelijk weggevallen. Wat in deze browser is opgeslagen, blijft ongewijzigd. Controleer de verbinding en probeer het opnieuw.",
            "Dieser Teil von PartnerDesk konnte nicht heruntergeladen werden: Die Verbindung wurde möglicherweise unterbrochen. Was in diesem Browser gespeichert ist, bleibt unverändert. Prüfen Sie die Verbindung und versuchen Sie es erneut.",
        ],
        TryAgain => ["Try again", "Opnieuw proberen", "Erneut versuchen"],
        Why => ["Why?", "Waarom?", "Warum?"],
        On => ["On", "Aan", "Ein"],
        Off => ["Off", "Uit", "Aus"],
        StatusTrial => ["Trial", "Proefversie", "Testversion"],
        StatusExpired => ["Expired", "Verlopen", "Abgelaufen"],
        StatusActive => ["Active", "Actief", "Aktiv"],
        StatusSuspended => ["Suspended", "Opgeschort", "Angehalten"],
        StatusDeleted => ["Deleted", "Verwijderd", "Gelöscht"],
        StatusEnded => ["Ended", "Beëindigd", "Beendet"],
        StatusCanceled => ["Canceled", "Geannuleerd", "Gekündigt"],
        StatusDisabled => ["Disabled", "Uitgeschakeld", "Deaktiviert"],
        BillingFrequency => ["Billing frequency", "Factureringsfrequentie", "Abrechnungshäufigkeit"],
        Status => ["Status", "Status", "Status"],
        Offer => ["Offer", "Aanbieding", "Angebot"],
        Nickname => ["Nickname", "Bijnaam", "Spitzname"],
        Quantity => ["Quantity", "Aantal", "Menge"],
        Term => ["Term", "Looptijd", "Laufzeit"],
        RenewalDate => ["Renewal date", "Verlengingsdatum", "Verlängerungsdatum"],
        AutoRenew => ["Auto-renew", "Automatisch verlengen", "Automatische Verlängerung"],
        LastDayToCancel => ["Last day to cancel", "Laatste dag om te annuleren", "Letzter Tag für eine Kündigung"],
        TermAndBilling => ["Term and billing", "Looptijd en facturering", "Laufzeit und Abrechnung"],
        InvoiceDate => ["Invoice date", "Factuurdatum", "Rechnungsdatum"],
        Seats => ["Seats", "Plaatsen", "Plätze"],
        Monthly => ["Monthly", "Maandelijks", "Monatlich"],
        Annual => ["Annual", "Jaarlijks", "Jährlich"],
        Triennial => ["Triennial", "Driejaarlijks", "Dreijährlich"],
        NoneTrial => ["None (trial)", "Geen (proefversie)", "Keine (Testversion)"],
        SegmentCommercial => ["Commercial", "Commercieel", "Kommerziell"],
        SegmentEducation => ["Education", "Onderwijs", "Bildung"],
        SegmentGovernment => ["Government", "Overheid", "Behörden"],
        SegmentNonprofit => ["Nonprofit", "Non-profit", "Gemeinnützig"],
        TermOneMonth => ["1 month", "1 maand", "1 Monat"],
        TermOneYear => ["1 year", "1 jaar", "1 Jahr"],
        TermThreeYears => ["3 years", "3 jaar", "3 Jahre"],
        /// {0}: the term ("1 year").
        PaidUpFront => ["{0}, paid up front", "{0}, vooruitbetaald", "{0}, im Voraus bezahlt"],
        /// {0}: the term ("3 years").
        BilledMonthly => ["{0}, billed monthly", "{0}, maandelijks gefactureerd", "{0}, monatlich abgerechnet"],
        /// {0}: the term ("3 years").
        BilledAnnual => ["{0}, billed annual", "{0}, jaarlijks gefactureerd", "{0}, jährlich abgerechnet"],
        /// {0}: the term.
        BilledTriennial => ["{0}, billed triennial", "{0}, driejaarlijks gefactureerd", "{0}, alle drei Jahre abgerechnet"],
        PreviousPage => ["Previous page", "Vorige pagina", "Vorherige Seite"],
        NextPage => ["Next page", "Volgende pagina", "Nächste Seite"],
        /// {0}: this page; {1}: how many pages.
        PageOf => ["Page {0} of {1}", "Pagina {0} van {1}", "Seite {0} von {1}"],
        CompanyName => ["Company name", "Bedrijfsnaam", "Firmenname"],
        Country => ["Country", "Land", "Land"],
        Segment => ["Segment", "Segment", "Segment"],
        ProgramNewCommerce => ["New commerce", "Nieuwe commerce", "Neuer Commerce"],
        ProgramLegacy => ["Legacy license-based", "Verouderd, op licenties gebaseerd", "Legacy, lizenzbasiert"],
        Program2022 => [
            "Today's program: every license-based purchase since 9/1/2024 (new commerce seats since January 2022). Terms of a month, a year or three years, 7 days to cancel or reduce seats, monthly invoices.",
            "Het huidige programma: elke op licenties gebaseerde aankoop sinds 1 september 2024 (plaatsen in nieuwe commerce sinds januari 2022). Looptijden van een maand, een jaar of drie jaar, 7 dagen om te annuleren of plaatsen te verminderen, maandelijkse facturen.",
            "Das heutige Programm: jeder lizenzbasierte Kauf seit dem 1. September 2024 (Plätze im neuen Commerce seit Januar 2022). Laufzeiten von einem Monat, einem Jahr oder drei Jahren, 7 Tage zum Kündigen oder Reduzieren von Plätzen, monatliche Rechnungen.",
        ],
        Program2018 => [
            "Legacy subscriptions under the billing alignment of February 2018: monthly terms start on the purchase date, license changes are billed from the next anniversary, prorations are exact and rounded once, and the billing frequency can be changed.",
            "Verouderde abonnementen volgens de factureringsafstemming van februari 2018: maandelijkse looptijden beginnen op de aankoopdatum, licentiewijzigingen worden vanaf de volgende verjaardag gefactureerd, pro-rataberekeningen zijn exact en eenmaal afgerond, en de factureringsfrequentie kan worden gewijzigd.",
            "Legacy-Abonnements nach der Abrechnungsangleichung vom Februar 2018: Monatliche Laufzeiten beginnen am Kaufdatum, Lizenzänderungen werden ab dem nächsten Jahrestag abgerechnet, anteilige Beträge sind exakt und einmal gerundet, und die Abrechnungshäufigkeit kann geändert werden.",
        ],
        Program2017 => [
            "Legacy subscriptions under the launch rules of the 2017 FAQ: a free period up to the first billing date, monthly cycles on your billing day, license changes billed on the next billing date, daily rates rounded first, a frequency that cannot change.",
            "Verouderde abonnementen volgens de startregels van de FAQ van 2017: een gratis periode tot de eerste factuurdatum, maandelijkse cycli op uw factuurdag, licentiewijzigingen gefactureerd op de volgende factuurdatum, dagtarieven eerst afgerond, een frequentie die niet kan wijzigen.",
            "Legacy-Abonnements nach den Startregeln der FAQ von 2017: ein kostenloser Zeitraum bis zum ersten Abrechnungsdatum, monatliche Zyklen an Ihrem Abrechnungstag, Lizenzänderungen zum nächsten Abrechnungsdatum abgerechnet, Tagessätze zuerst gerundet, eine Häufigkeit, die sich nicht ändern kann.",
        ],
        // Task P (issue 13): the book derived in the background.
        /// While the invoices are worked out before any customer is counted.
        WorkingOutInvoices => ["Working out the invoices…", "De facturen worden uitgerekend…", "Die Rechnungen werden berechnet…"],
        /// {0}: customers done; {1}: all customers ("4,000", "10,000").
        WorkingOutInvoicesOf => ["Working out the invoices: {0} of {1} customers", "De facturen worden uitgerekend: {0} van {1} klanten", "Die Rechnungen werden berechnet: {0} von {1} Kunden"],
        // Task L3 (issue 13): the stored book read in steps before the app starts.
        /// As index.html's skeleton says it, until the app shows.
        LoadingPartnerDesk => ["Loading PartnerDesk…", "PartnerDesk wordt geladen…", "PartnerDesk wird geladen…"],
        // Lead, seventh session: another tab's change at the same moment, said in the partner's language.
        BothChangesKept => ["Another tab changed the book at the same moment; both changes are kept.", "Een ander tabblad heeft het boek op hetzelfde moment gewijzigd; beide wijzigingen zijn bewaard.", "Ein anderer Tab hat das Buch im selben Moment geändert; beide Änderungen bleiben erhalten."],
        /// Followed by why the rules refused the action now.
        OwnActionNotKept => ["Another tab changed the book at the same moment, and this tab's last action no longer fits it, so it was not kept.", "Een ander tabblad heeft het boek op hetzelfde moment gewijzigd, en de laatste actie van dit tabblad past er niet meer bij, dus die is niet bewaard.", "Ein anderer Tab hat das Buch im selben Moment geändert, und die letzte Aktion dieses Tabs passt nicht mehr dazu, daher wurde sie nicht übernommen."],
        /// Followed by why the rules refused the action now.
        OtherTabActionNotKept => ["Another tab changed the book at the same moment, and an action stored in another tab no longer fits it, so it was not kept.", "Een ander tabblad heeft het boek op hetzelfde moment gewijzigd, en een actie uit een ander tabblad past er niet meer bij, dus die is niet bewaard.", "Ein anderer Tab hat das Buch im selben Moment geändert, und eine in einem anderen Tab gespeicherte Aktion passt nicht mehr dazu, daher wurde sie nicht übernommen."],
    }
    same_as_english { Status: [Nl, De], Segment: [Nl, De], }
}
