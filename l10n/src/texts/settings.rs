//! Settings, the first visit's program question, and the rules pages.

texts! {
    /// Settings, the first visit's program question, and the rules pages.
    SettingsText {
        // Task V (issue 15): Settings, the first visit, the rules pages.
        Title => ["Settings", "Instellingen", "Einstellungen"],
        SaveSettings => ["Save settings", "Instellingen opslaan", "Einstellungen speichern"],
        SettingsSaved => ["Settings saved.", "Instellingen opgeslagen.", "Einstellungen gespeichert."],
        PartnerProfile => ["Partner profile", "Partnerprofiel", "Partnerprofil"],
        PartnerName => ["Partner name", "Naam van de partner", "Name des Partners"],
        PartnerId => ["Partner id", "Partner-id", "Partner-ID"],
        PartnerIdHint => [
            "A GUID. Use your Partner Center id, or keep the one generated for you.",
            "Een GUID. Gebruik uw Partner Center-id, of houd de id die voor u is gemaakt.",
            "Eine GUID. Verwenden Sie Ihre Partner-Center-ID oder behalten Sie die für Sie erzeugte.",
        ],
        NewPartnerId => ["Generate a new partner id", "Een nieuwe partner-id maken", "Eine neue Partner-ID erzeugen"],
        MpnId => ["MPN id", "MPN-id", "MPN-ID"],
        MpnIdHint => ["6 to 10 digits.", "6 tot 10 cijfers.", "6 bis 10 Ziffern."],
        BillingDay => ["Billing day", "Factuurdag", "Abrechnungstag"],
        BillingDayHint => [
            "1 to 31. In a month without that day, invoices fall on its last day.",
            "1 tot en met 31. In een maand zonder die dag valt de factuur op de laatste dag.",
            "1 bis 31. In einem Monat ohne diesen Tag fällt die Rechnung auf seinen letzten Tag.",
        ],
        Currency => ["Currency", "Valuta", "Währung"],
        Discount => ["Discount (%)", "Korting (%)", "Rabatt (%)"],
        DiscountHint => [
            "Written as TotalOtherDiscount in reconciliation files; 0 for none.",
            "Staat als TotalOtherDiscount in reconciliatiebestanden; 0 voor geen.",
            "Steht als TotalOtherDiscount in Abstimmungsdateien; 0 für keinen.",
        ],
        TaxRate => ["Tax rate (%)", "Btw-tarief (%)", "Steuersatz (%)"],
        TaxRateHint => [
            "Written as Tax in reconciliation files; 0 for none.",
            "Staat als Tax in reconciliatiebestanden; 0 voor geen.",
            "Steht als Tax in Abstimmungsdateien; 0 für keine.",
        ],
        RulesProfile => ["Rules profile", "Regelprofiel", "Regelprofil"],
        ChooseProfile => [
            "Choose new commerce (2022), 2018 or 2017.",
            "Kies nieuwe commerce (2022), 2018 of 2017.",
            "Wählen Sie New Commerce (2022), 2018 oder 2017.",
        ],
        // The first visit's question.
        WhichProgram => ["Which program do you bill under?", "Onder welk programma factureert u?", "Nach welchem Programm rechnen Sie ab?"],
        OneProgram => [
            "PartnerDesk bills the whole book by one program's rules. You can change it later in Settings while the book has no subscriptions.",
            "PartnerDesk factureert het hele boek volgens de regels van één programma. U kunt dat later wijzigen in Instellingen zolang het boek geen abonnementen heeft.",
            "PartnerDesk rechnet das ganze Buch nach den Regeln eines Programms ab. Sie können es später in den Einstellungen ändern, solange das Buch keine Abonnements hat.",
        ],
        Program => ["Program", "Programma", "Programm"],
        StartWithProgram => ["Start with this program", "Met dit programma beginnen", "Mit diesem Programm beginnen"],
        ChooseProgram => [
            "Choose the program your customers' subscriptions are billed under.",
            "Kies het programma waaronder de abonnementen van uw klanten worden gefactureerd.",
            "Wählen Sie das Programm, nach dem die Abonnements Ihrer Kunden abgerechnet werden.",
        ],
    }
}
