//! The catalog page: offers by billing frequency, the Trials tab, an offer's details and order form.

texts! {
    /// The catalog page: offers by billing frequency, the Trials tab, an offer's details and order form.
    CatalogText {
        // Task U (issue 15): the catalog.
        ImportPriceList => ["Import a price list", "Een prijslijst importeren", "Eine Preisliste importieren"],
        SearchOffers => ["Search offers by name", "Aanbiedingen zoeken op naam", "Angebote nach Namen suchen"],
        TrialOffer => ["Trial offer", "Proefaanbieding", "Testangebot"],
        OfferCategories => ["Offer categories", "Categorieën van aanbiedingen", "Angebotskategorien"],
        OnlineServices => ["Online services", "Onlineservices", "Onlinedienste"],
        Trials => ["Trials", "Proefversies", "Testversionen"],
        Price => ["Price", "Prijs", "Preis"],
        ConvertsTo => ["Converts to", "Wordt omgezet naar", "Wird umgewandelt in"],
        MonthlyPrice => ["Monthly price", "Maandprijs", "Monatspreis"],
        AnnualPriceTimes12 => ["Annual price (12 × monthly)", "Jaarprijs (12 × maandprijs)", "Jahrespreis (12 × Monatspreis)"],
        Details => ["Details", "Details", "Details"],
        TrialsHint => [
            "Only free trials are shown; offers that are not free are disabled while \"Trial offer\" is chosen. Add-ons and government or education offers have no trials.",
            "Alleen gratis proefversies worden getoond; aanbiedingen die niet gratis zijn, zijn uitgeschakeld zolang \"Proefaanbieding\" is gekozen. Add-ons en aanbiedingen voor overheid of onderwijs hebben geen proefversies.",
            "Nur kostenlose Testversionen werden angezeigt; kostenpflichtige Angebote sind deaktiviert, solange \"Testangebot\" gewählt ist. Add-ons sowie Angebote für Behörden oder Bildung haben keine Testversionen.",
        ],
        BaseOffersHint => [
            "Base offers billable with this frequency. Add-ons are bought on a customer's subscription; trials under \"Trial offer\".",
            "Basisaanbiedingen die met deze frequentie kunnen worden gefactureerd. Add-ons worden gekocht op een abonnement van een klant; proefversies onder \"Proefaanbieding\".",
            "Basisangebote, die mit dieser Häufigkeit abgerechnet werden können. Add-ons werden zu einem Abonnement eines Kunden gekauft; Testversionen unter \"Testangebot\".",
        ],
        NoOfferMatches => ["No offer matches the search.", "Geen aanbieding komt overeen met de zoekopdracht.", "Kein Angebot passt zur Suche."],
        /// {0}: the compatible offers.
        NoConversion => ["No conversion; compatible: {0}", "Geen conversie; compatibel: {0}", "Keine Umwandlung; kompatibel: {0}"],
        FreeFor30Days => ["Free for 30 days", "30 dagen gratis", "30 Tage kostenlos"],
        /// {0}: the fewest seats; {1}: the most.
        SeatsRange => ["{0} to {1}", "{0} tot {1}", "{0} bis {1}"],
        /// {0}: the offer.
        ChooseOffer => ["Choose {0}", "{0} kiezen", "{0} wählen"],
        Choose => ["Choose", "Kiezen", "Wählen"],
        NoListPrice => ["No list price today", "Vandaag geen catalogusprijs", "Heute kein Listenpreis"],
        /// {0}: the price with its currency.
        PerLicense => ["{0} per license", "{0} per licentie", "{0} pro Lizenz"],
        /// {0}: the price with its currency.
        PerLicenseAnnual => ["{0} per license (12 × monthly)", "{0} per licentie (12 × maandprijs)", "{0} pro Lizenz (12 × Monatspreis)"],
        FrequencyAtConversion => [
            "None: the frequency is chosen when the trial is converted",
            "Geen: de frequentie wordt gekozen bij het omzetten van de proefversie",
            "Keine: Die Häufigkeit wird bei der Umwandlung der Testversion gewählt",
        ],
        Corporate => ["Corporate", "Zakelijk", "Unternehmen"],
        Government => ["Government", "Overheid", "Behörden"],
        Academic => ["Academic", "Onderwijs", "Bildungswesen"],
        /// {0}: the seats.
        SeatsFixed => ["{0} (fixed)", "{0} (vast)", "{0} (fest)"],
        AddOnsBought => ["Add-ons bought on it", "Add-ons die erop worden gekocht", "Darauf gekaufte Add-ons"],
        Prerequisites => ["Prerequisites (one must be held)", "Vereisten (één moet aanwezig zijn)", "Voraussetzungen (eine muss vorhanden sein)"],
        CompatibleOffers => ["Compatible offers", "Compatibele aanbiedingen", "Kompatible Angebote"],
        AllCountries => ["All", "Alle", "Alle"],
        /// {0}: the first day; {1}: the last day.
        ValidFromTo => ["{0} to {1}", "{0} tot {1}", "{0} bis {1}"],
        /// {0}: the first day.
        ValidFrom => ["From {0}", "Vanaf {0}", "Ab {0}"],
        OfferId => ["Offer ID", "Aanbiedings-ID", "Angebots-ID"],
        LicenseAgreement => ["License agreement", "Licentieovereenkomst", "Lizenzvertrag"],
        AnnualPrice => ["Annual price", "Jaarprijs", "Jahrespreis"],
        BillingFrequencies => ["Billing frequencies", "Factureringsfrequenties", "Abrechnungshäufigkeiten"],
        OfferLimit => ["Offer limit", "Limiet van de aanbieding", "Angebotslimit"],
        NoLimit => ["No limit", "Geen limiet", "Kein Limit"],
        /// {0}: how many.
        LifetimeLimit => ["Lifetime {0} per customer", "{0} per klant, in totaal", "Insgesamt {0} pro Kunde"],
        /// {0}: how many.
        ConcurrentLimit => ["{0} at once per customer", "{0} tegelijk per klant", "{0} gleichzeitig pro Kunde"],
        Countries => ["Countries", "Landen", "Länder"],
        Orderable => ["Orderable", "Te bestellen", "Bestellbar"],
        OfferDetails => ["Offer details", "Details van de aanbieding", "Angebotsdetails"],
        ChooseToSeeDetails => [
            "Choose an offer to see its details.",
            "Kies een aanbieding om de details te zien.",
            "Wählen Sie ein Angebot, um seine Details zu sehen.",
        ],
        OpenOnCustomerPage => ["Open it on the customer's page", "Openen op de pagina van de klant", "Auf der Seite des Kunden öffnen"],
        SignUpForTheTrial => ["Sign up for the trial", "Aanmelden voor de proefversie", "Für die Testversion registrieren"],
        Buy => ["Buy", "Kopen", "Kaufen"],
    }
    same_as_english { Details: [Nl, De], }
}
