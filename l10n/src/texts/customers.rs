//! The customers list, search, the customer form and the customer picker.

texts! {
    /// The customers list, search, the customer form and the customer picker.
    CustomersText {
        // Task U (issue 15): the customers list, the customer form and picker.
        /// {0}: how many customers.
        CustomersCount => ["{0} customers.", "{0} klanten.", "{0} Kunden."],
        /// {0}: how many match; {1}: how many there are.
        CustomersMatch => ["{0} of {1} customers match.", "{0} van {1} klanten komen overeen.", "{0} von {1} Kunden passen."],
        Domain => ["Domain", "Domein", "Domäne"],
        Subscriptions => ["Subscriptions", "Abonnementen", "Abonnements"],
        ListPages => ["Customer list pages", "Pagina's van de klantenlijst", "Seiten der Kundenliste"],
        NewCustomer => ["New customer", "Nieuwe klant", "Neuer Kunde"],
        ImportCustomers => ["Import customers", "Klanten importeren", "Kunden importieren"],
        SearchCustomers => ["Search customers", "Klanten zoeken", "Kunden suchen"],
        SortBy => ["Sort by", "Sorteren op", "Sortieren nach"],
        MostSubscriptions => [
            "Number of subscriptions (most first)",
            "Aantal abonnementen (meeste eerst)",
            "Anzahl der Abonnements (meiste zuerst)",
        ],
        SaveCustomer => ["Save customer", "Klant opslaan", "Kunden speichern"],
        CreateCustomer => ["Create customer", "Klant aanmaken", "Kunden anlegen"],
        PrimaryDomain => ["Primary domain", "Primair domein", "Primäre Domäne"],
        DomainHint => ["Such as contoso.onmicrosoft.com.", "Zoals contoso.onmicrosoft.com.", "Zum Beispiel contoso.onmicrosoft.com."],
        CountryHint => [
            "Type to choose from the list, or the two-letter ISO code, such as NL or DE.",
            "Typ om uit de lijst te kiezen, of de ISO-code van twee letters, zoals NL of DE.",
            "Tippen Sie, um aus der Liste zu wählen, oder den zweistelligen ISO-Code, zum Beispiel NL oder DE.",
        ],
        ResellerOptional => ["Reseller MPN id (optional)", "MPN-id van de reseller (optioneel)", "MPN-ID des Resellers (optional)"],
        ResellerHint => [
            "6 to 10 digits, when an indirect reseller sells to this customer; empty when you sell directly.",
            "6 tot 10 cijfers, als een indirecte reseller aan deze klant verkoopt; leeg als u direct verkoopt.",
            "6 bis 10 Ziffern, wenn ein indirekter Reseller an diesen Kunden verkauft; leer, wenn Sie direkt verkaufen.",
        ],
        FindCustomer => ["Find a customer", "Een klant zoeken", "Einen Kunden suchen"],
        Customer => ["Customer", "Klant", "Kunde"],
        ChooseCustomer => ["Choose a customer", "Kies een klant", "Wählen Sie einen Kunden"],
        /// {0}: how many match; {1}: how many are listed.
        FirstListed => [
            "{0} customers match; the first {1} are listed. Type more of the name to narrow.",
            "{0} klanten komen overeen; de eerste {1} staan in de lijst. Typ meer van de naam om te verfijnen.",
            "{0} Kunden passen; die ersten {1} sind aufgeführt. Geben Sie mehr vom Namen ein, um einzugrenzen.",
        ],
        /// {0}: how many match.
        AllListed => ["{0} customers match.", "{0} klanten komen overeen.", "{0} Kunden passen."],
        /// Ordering from the catalog: the picker leaves out customers the offer isn't sold to.
        OnlyWhereSold => [
            "Only customers in a country where this offer is sold are listed.",
            "Alleen klanten in een land waar dit aanbod wordt verkocht, staan in de lijst.",
            "Nur Kunden in einem Land, in dem dieses Angebot verkauft wird, sind aufgeführt.",
        ],
    }
}
