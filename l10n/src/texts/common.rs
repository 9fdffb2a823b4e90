//! Words many pages share: paging, tables, buttons such as Save and Cancel.

texts! {
    /// Words many pages share: paging, tables, buttons such as Save and Cancel.
    CommonText {
        // Task U (issue 15): the customer side's shared words.
        Close => ["Close", "Sluiten", "Schließen"],
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
    }
    same_as_english { Status: [Nl, De], Segment: [Nl, De], }
}
