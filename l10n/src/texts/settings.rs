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
        // The "Why?" page of a rule: its frame, not the rules documents.
        Why => ["Why", "Waarom", "Warum"],
        LoadingRule => ["Loading the rule…", "De regel wordt geladen…", "Die Regel wird geladen…"],
        NoSuchRule => ["PartnerDesk has no rule of that name.", "PartnerDesk heeft geen regel met die naam.", "PartnerDesk hat keine Regel dieses Namens."],
        /// {0}: why not.
        RuleNotShown => ["The rule can't be shown: {0}", "De regel kan niet worden getoond: {0}", "Die Regel kann nicht angezeigt werden: {0}"],
        BackToDashboard => ["Back to the dashboard", "Terug naar het overzicht", "Zurück zur Übersicht"],
        NoWindow => ["there is no browser window", "er is geen browservenster", "es gibt kein Browserfenster"],
        RulesNotLoaded => [
            "the rules could not be loaded; check the connection",
            "de regels konden niet worden geladen; controleer de verbinding",
            "die Regeln konnten nicht geladen werden; prüfen Sie die Verbindung",
        ],
        /// {0}: the HTTP status.
        ServerAnswered => ["the server answered {0}", "de server antwoordde {0}", "der Server antwortete {0}"],
        NotText => ["the rules file is not text", "het regelbestand is geen tekst", "die Regeldatei ist kein Text"],
        // What the storage banner says about what this browser kept.
        SettingsRestored => [
            "The saved settings were missing; the copy kept with your book is used and saved again.",
            "De opgeslagen instellingen ontbraken; de kopie bij uw boek wordt gebruikt en opnieuw opgeslagen.",
            "Die gespeicherten Einstellungen fehlten; die Kopie bei Ihrem Buch wird verwendet und erneut gespeichert.",
        ],
        /// {0}: why the copy could not be saved.
        SettingsRestoredUnsaved => [
            "The saved settings were missing; the copy kept with your book is used, but it could not be saved again: {0}",
            "De opgeslagen instellingen ontbraken; de kopie bij uw boek wordt gebruikt, maar kon niet opnieuw worden opgeslagen: {0}",
            "Die gespeicherten Einstellungen fehlten; die Kopie bei Ihrem Buch wird verwendet, konnte aber nicht erneut gespeichert werden: {0}",
        ],
        /// {0}: why they can't be used.
        SettingsUnusableCopyUsed => [
            "The saved settings can't be used ({0}); the copy kept with your book is used. Download the saved text to keep it: saving settings replaces it.",
            "De opgeslagen instellingen zijn onbruikbaar ({0}); de kopie bij uw boek wordt gebruikt. Download de opgeslagen tekst om die te bewaren: instellingen opslaan vervangt hem.",
            "Die gespeicherten Einstellungen sind nicht verwendbar ({0}); die Kopie bei Ihrem Buch wird verwendet. Laden Sie den gespeicherten Text herunter, um ihn zu behalten: Das Speichern der Einstellungen ersetzt ihn.",
        ],
        /// {0}: why not.
        NewSettingsUnsaved => [
            "The new settings could not be saved: {0}",
            "De nieuwe instellingen konden niet worden opgeslagen: {0}",
            "Die neuen Einstellungen konnten nicht gespeichert werden: {0}",
        ],
        /// {0}: why they can't be used.
        SettingsUnusableDefaults => [
            "The saved settings can't be used ({0}); defaults are shown, and saving replaces them. Download the saved text to keep it.",
            "De opgeslagen instellingen zijn onbruikbaar ({0}); de standaardwaarden worden getoond, en opslaan vervangt ze. Download de opgeslagen tekst om die te bewaren.",
            "Die gespeicherten Einstellungen sind nicht verwendbar ({0}); die Standardwerte werden angezeigt, und Speichern ersetzt sie. Laden Sie den gespeicherten Text herunter, um ihn zu behalten.",
        ],
        /// {0}: why not.
        SavingFailed => ["Saving failed: {0}", "Opslaan is mislukt: {0}", "Speichern ist fehlgeschlagen: {0}"],
        /// {0}: the moved date, {1} and {2}: the first and last day PartnerDesk works with.
        MovedOutOfRange => [
            "Today was moved to {0}, outside the years PartnerDesk works with ({1} to {2}); today is the real date.",
            "Vandaag was verplaatst naar {0}, buiten de jaren waarmee PartnerDesk werkt ({1} tot {2}); vandaag is de echte datum.",
            "Heute war auf {0} verschoben, außerhalb der Jahre, mit denen PartnerDesk arbeitet ({1} bis {2}); heute ist das tatsächliche Datum.",
        ],
        /// {0}: why the book can't be read.
        BookUnreadable => [
            "The stored book can't be read ({0}). It is kept as it is; until it is recovered you see an empty book and no action can be saved.",
            "Het opgeslagen boek kan niet worden gelezen ({0}). Het blijft zoals het is; tot het is hersteld, ziet u een leeg boek en kan geen actie worden opgeslagen.",
            "Das gespeicherte Buch kann nicht gelesen werden ({0}). Es bleibt, wie es ist; bis es wiederhergestellt ist, sehen Sie ein leeres Buch, und keine Aktion kann gespeichert werden.",
        ],
    }
}
