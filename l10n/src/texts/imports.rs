//! Importing customers and price lists from files.

texts! {
    /// Importing customers and price lists from files.
    ImportsText {
        // Task V (issue 15): the imports page.
        Title => ["Imports", "Importeren", "Importe"],
        CheckedFirst => [
            "A file is checked completely before anything changes: you see what it would do and confirm. If any row is wrong, every wrong row is listed with its line, and nothing is applied.",
            "Een bestand wordt volledig gecontroleerd voordat er iets verandert: u ziet wat het zou doen en bevestigt. Is een rij fout, dan staat elke foute rij met haar regel in de lijst, en wordt niets toegepast.",
            "Eine Datei wird vollständig geprüft, bevor sich etwas ändert: Sie sehen, was sie bewirken würde, und bestätigen. Ist eine Zeile fehlerhaft, wird jede fehlerhafte Zeile mit ihrer Nummer aufgeführt, und nichts wird übernommen.",
        ],
        ImportPriceList => ["Import a price list", "Een prijslijst importeren", "Eine Preisliste importieren"],
        ImportCustomers => ["Import customers", "Klanten importeren", "Kunden importieren"],
        // The steps both imports share.
        NotUtf8 => [
            "The file is not UTF-8 text; save it as \"CSV UTF-8\" and choose it again.",
            "Het bestand is geen UTF-8-tekst; sla het op als \"CSV UTF-8\" en kies het opnieuw.",
            "Die Datei ist kein UTF-8-Text; speichern Sie sie als \"CSV UTF-8\" und wählen Sie sie erneut.",
        ],
        OneProblem => ["1 problem, so nothing will be applied:", "1 probleem, dus er wordt niets toegepast:", "1 Problem, daher wird nichts übernommen:"],
        /// {0}: how many problems.
        Problems => ["{0} problems, so nothing will be applied:", "{0} problemen, dus er wordt niets toegepast:", "{0} Probleme, daher wird nichts übernommen:"],
        /// {0}: the columns of the header.
        ChooseOrPaste => [
            "Choose a file above or paste its text. Line 1 is the header: {0}.",
            "Kies hierboven een bestand of plak de tekst ervan. Regel 1 is de kop: {0}.",
            "Wählen Sie oben eine Datei oder fügen Sie ihren Text ein. Zeile 1 ist die Kopfzeile: {0}.",
        ],
        // Customers.
        CustomersFile => ["Customers file", "Bestand met klanten", "Datei mit Kunden"],
        CustomersCsv => ["Customers CSV", "CSV met klanten", "CSV mit Kunden"],
        CheckCustomers => ["Check customers", "Klanten controleren", "Kunden prüfen"],
        CreateOneCustomer => ["Create 1 customer", "1 klant aanmaken", "1 Kunden anlegen"],
        /// {0}: how many customers.
        CreateCustomers => ["Create {0} customers", "{0} klanten aanmaken", "{0} Kunden anlegen"],
        /// {0}: checked so far, {1}: all of them.
        CheckedOf => ["Checked {0} of {1} customers…", "{0} van {1} klanten gecontroleerd…", "{0} von {1} Kunden geprüft…"],
        OneCreated => ["1 customer created.", "1 klant aangemaakt.", "1 Kunde angelegt."],
        /// {0}: how many customers.
        Created => ["{0} customers created.", "{0} klanten aangemaakt.", "{0} Kunden angelegt."],
        NoneCreated => [" No customer was created.", " Er is geen klant aangemaakt.", " Es wurde kein Kunde angelegt."],
        ToBeCreated => ["Customers to be created", "Aan te maken klanten", "Anzulegende Kunden"],
        CompanyName => ["Company name", "Bedrijfsnaam", "Firmenname"],
        PrimaryDomain => ["Primary domain", "Primair domein", "Primäre Domäne"],
        Country => ["Country", "Land", "Land"],
        Segment => ["Segment", "Segment", "Segment"],
        ResellerMpnId => ["Reseller MPN id", "MPN-id van de reseller", "MPN-ID des Wiederverkäufers"],
        /// {0}: how many more rows.
        AndMore => ["… and {0} more, each checked like these.", "… en nog {0}, elk net zo gecontroleerd.", "… und {0} weitere, jede wie diese geprüft."],
        // A price list.
        PriceListFile => ["Price list file", "Bestand met prijslijst", "Datei mit Preisliste"],
        PriceListCsv => ["Price list CSV", "CSV met prijslijst", "CSV mit Preisliste"],
        CheckPriceList => ["Check price list", "Prijslijst controleren", "Preisliste prüfen"],
        ApplyPriceList => ["Apply price list", "Prijslijst toepassen", "Preisliste übernehmen"],
        /// {0}: an example date.
        EnterEffective => ["Enter the effective date, such as {0}.", "Vul de ingangsdatum in, zoals {0}.", "Geben Sie das Gültigkeitsdatum ein, zum Beispiel {0}."],
        /// {0}: a day.
        NewOfferFrom => ["New offer from {0}", "Nieuwe aanbieding vanaf {0}", "Neues Angebot ab {0}"],
        /// {0}: a day.
        NewPriceFrom => ["New price from {0}", "Nieuwe prijs vanaf {0}", "Neuer Preis ab {0}"],
        /// {0}: a day.
        OrderableUntil => ["Orderable until {0}", "Te bestellen tot {0}", "Bestellbar bis {0}"],
        NoChange => ["No change", "Geen wijziging", "Keine Änderung"],
        /// {0} offers added, {1} prices changed, {2} offers retired, {3} unchanged.
        PlanSummary => [
            "{0} offers added, {1} prices changed, {2} offers retired, {3} unchanged.",
            "{0} aanbiedingen toegevoegd, {1} prijzen gewijzigd, {2} aanbiedingen beëindigd, {3} ongewijzigd.",
            "{0} Angebote hinzugefügt, {1} Preise geändert, {2} Angebote eingestellt, {3} unverändert.",
        ],
        ChangesCaption => ["Changes in this price list", "Wijzigingen in deze prijslijst", "Änderungen in dieser Preisliste"],
        Line => ["Line", "Regel", "Zeile"],
        Change => ["Change", "Wijziging", "Änderung"],
        Offer => ["Offer", "Aanbieding", "Angebot"],
        /// {0}: the currency code.
        OldListPrice => ["Old list price ({0})", "Oude catalogusprijs ({0})", "Alter Listenpreis ({0})"],
        /// {0}: the currency code.
        NewListPrice => ["New list price ({0})", "Nieuwe catalogusprijs ({0})", "Neuer Listenpreis ({0})"],
        /// {0}: the currency code.
        NewErpPrice => ["New ERP price ({0})", "Nieuwe adviesprijs ({0})", "Neuer empfohlener Verkaufspreis ({0})"],
        WhatHappens => ["What happens", "Wat er gebeurt", "Was geschieht"],
        EffectiveDate => ["Effective date", "Ingangsdatum", "Gültigkeitsdatum"],
        EffectiveHint => [
            "Each row takes effect on its Valid from date or on this date, whichever is later; prices already billed never change (P8).",
            "Elke rij gaat in op haar datum Valid from of op deze datum, welke later is; al gefactureerde prijzen veranderen nooit.",
            "Jede Zeile gilt ab ihrem Datum Valid from oder ab diesem Datum, je nachdem, welches später ist; bereits abgerechnete Preise ändern sich nie.",
        ],
    }
    same_as_english {
        Segment: [Nl, De],
    }
}
