//! One customer's page: its details, subscriptions, trials, history and corrections.

texts! {
    /// One customer's page: its details, subscriptions, trials, history and corrections.
    CustomerText {
        // Task U (issue 15): the customer's page.
        Title => ["Customer", "Klant", "Kunde"],
        SoldDirectly => ["Sold directly", "Direct verkocht", "Direkt verkauft"],
        /// {0}: the reseller's MPN id.
        ResellerMpn => ["Reseller MPN id {0}", "MPN-id van de reseller {0}", "MPN-ID des Resellers {0}"],
        /// {0}: the id in the address.
        MissingHeading => ["Customer {0}", "Klant {0}", "Kunde {0}"],
        Missing => [
            "No customer has this id as of today. It may have been created after the date today is moved to.",
            "Er is vandaag geen klant met dit id. Misschien is die gemaakt na de datum waarnaar vandaag is verplaatst.",
            "Heute gibt es keinen Kunden mit dieser ID. Er wurde vielleicht nach dem Datum angelegt, auf das heute verschoben ist.",
        ],
        BackToCustomers => ["Back to Customers", "Terug naar Klanten", "Zurück zu Kunden"],
        Subscriptions => ["Subscriptions", "Abonnementen", "Abonnements"],
        NextInvoice => ["Next invoice", "Volgende factuur", "Nächste Rechnung"],
        History => ["History", "Geschiedenis", "Verlauf"],
        /// {0}: the invoice's date.
        InvoiceLinesCaption => [
            "This customer's charge lines on the invoice of {0}",
            "De kostenregels van deze klant op de factuur van {0}",
            "Die Kostenpositionen dieses Kunden auf der Rechnung vom {0}",
        ],
        ForThisCustomer => ["for this customer.", "voor deze klant.", "für diesen Kunden."],
        CustomerHistory => ["History of this customer", "Geschiedenis van deze klant", "Verlauf dieses Kunden"],
        ActionsForCustomer => ["Actions for this customer", "Acties voor deze klant", "Aktionen für diesen Kunden"],
        BuyFromCatalog => ["Buy from the catalog", "Kopen uit de catalogus", "Aus dem Katalog kaufen"],
        CustomerSaved => ["Customer saved.", "Klant opgeslagen.", "Kunde gespeichert."],
        EditCustomer => ["Edit customer", "Klant bewerken", "Kunden bearbeiten"],
        SignUpTrial => ["Sign up for a trial", "Aanmelden voor een proefversie", "Für eine Testversion registrieren"],
        PurchaseSubscription => ["Purchase a subscription", "Een abonnement kopen", "Ein Abonnement kaufen"],
        UndoLast => ["Undo the last action", "De laatste actie ongedaan maken", "Letzte Aktion rückgängig machen"],
        DeleteCustomer => ["Delete customer", "Klant verwijderen", "Kunden löschen"],
        /// {0}: the offer, with the nickname in brackets if it has one.
        ManageOffer => ["Manage {0}", "{0} beheren", "{0} verwalten"],
        Manage => ["Manage", "Beheren", "Verwalten"],
        NoSubscriptions => [
            "No subscriptions or trials yet.",
            "Nog geen abonnementen of proefversies.",
            "Noch keine Abonnements oder Testversionen.",
        ],
        SubscriptionsAndTrials => ["Subscriptions and trials", "Abonnementen en proefversies", "Abonnements und Testversionen"],
        Billing => ["Billing", "Facturering", "Abrechnung"],
        TrialDaysLeft => ["Trial days left", "Resterende proefdagen", "Verbleibende Testtage"],
        DaysToDeletion => ["Days to deletion", "Dagen tot verwijdering", "Tage bis zur Löschung"],
        Actions => ["Actions", "Acties", "Aktionen"],
        /// {0}: the base subscription's offer.
        AddOnOf => ["Add-on of {0}", "Add-on van {0}", "Add-on von {0}"],
        /// {0}: the day the trial expired.
        ExpiredOn => ["Expired {0}", "Verlopen {0}", "Abgelaufen {0}"],
        /// {0}: days left; {1}: the last day.
        DaysUntil => ["{0} (until {1})", "{0} (tot {1})", "{0} (bis {1})"],
        /// {0}: the term's last day.
        EndsOn => ["Ends {0}", "Eindigt {0}", "Endet {0}"],
        SubscriptionHistory => ["History of this subscription", "Geschiedenis van dit abonnement", "Verlauf dieses Abonnements"],
        SelectedSubscription => ["Selected subscription", "Gekozen abonnement", "Ausgewähltes Abonnement"],
        NothingRecorded => ["Nothing recorded yet.", "Nog niets vastgelegd.", "Noch nichts erfasst."],
        Undone => ["(undone)", "(ongedaan gemaakt)", "(rückgängig gemacht)"],
        /// {0}: the offers that restore the trial's data.
        TrialExpiredNote => [
            "Expired: it can't be used or reactivated. Its data is kept and can be restored by a purchase of {0} for this customer.",
            "Verlopen: de proefversie kan niet worden gebruikt of opnieuw geactiveerd. De gegevens blijven bewaard en komen terug met een aankoop van {0} voor deze klant.",
            "Abgelaufen: Die Testversion kann weder verwendet noch reaktiviert werden. Ihre Daten bleiben erhalten und werden mit einem Kauf von {0} für diesen Kunden wiederhergestellt.",
        ],
        /// {0}: the compatible offers.
        TrialNoTarget => [
            "No conversion target: this trial runs until it expires. To keep its services, buy a compatible offer before then: {0}.",
            "Geen conversiedoel: deze proefversie loopt tot ze verloopt. Koop daarvoor een compatibele aanbieding om de services te behouden: {0}.",
            "Kein Umwandlungsziel: Diese Testversion läuft bis zu ihrem Ablauf. Um ihre Dienste zu behalten, kaufen Sie vorher ein kompatibles Angebot: {0}.",
        ],
        /// {0}: the offers the trial converts to.
        TrialConverts => [
            "Converts to {0} at any time before it expires.",
            "Kan op elk moment voor het verlopen worden omgezet naar {0}.",
            "Kann jederzeit vor dem Ablauf in {0} umgewandelt werden.",
        ],
        ConvertTrial => [
            "Convert trial to paid subscription",
            "Proefversie omzetten naar betaald abonnement",
            "Testversion in kostenpflichtiges Abonnement umwandeln",
        ],
        AddAddOn => ["Add an add-on", "Een add-on toevoegen", "Ein Add-on hinzufügen"],
        ChangeSeats => ["Change seats", "Plaatsen wijzigen", "Plätze ändern"],
        ChangeLicenses => ["Change licenses", "Licenties wijzigen", "Lizenzen ändern"],
        CancelSubscription => ["Cancel subscription", "Abonnement annuleren", "Abonnement kündigen"],
        ReactivateSubscription => ["Reactivate subscription", "Abonnement opnieuw activeren", "Abonnement reaktivieren"],
        AutoRenewOff => ["Turn auto-renew off", "Automatisch verlengen uitzetten", "Automatische Verlängerung ausschalten"],
        AutoRenewOn => ["Turn auto-renew on", "Automatisch verlengen aanzetten", "Automatische Verlängerung einschalten"],
        ChangeFrequency => ["Change billing frequency", "Factureringsfrequentie wijzigen", "Abrechnungshäufigkeit ändern"],
        SetNickname => ["Set nickname", "Bijnaam instellen", "Spitzname festlegen"],
        SuspendSubscription => ["Suspend subscription", "Abonnement opschorten", "Abonnement anhalten"],
        ScheduleConversion => ["Schedule the conversion", "De conversie plannen", "Die Umwandlung planen"],
        ScheduleRenewalChange => [
            "Schedule a change for the renewal",
            "Een wijziging voor de verlenging plannen",
            "Eine Änderung für die Verlängerung planen",
        ],
        RemoveScheduledChange => ["Remove the scheduled change", "De geplande wijziging verwijderen", "Die geplante Änderung entfernen"],
        ChangeBillingPlan => ["Change billing plan", "Factureringsplan wijzigen", "Abrechnungsplan ändern"],
        FrequencyFixed2017 => [
            "The billing frequency can't change under the 2017 rules profile: buy a new subscription with the other frequency, or switch to the 2018 profile in Settings.",
            "Onder het regelprofiel 2017 kan de factureringsfrequentie niet wijzigen: koop een nieuw abonnement met de andere frequentie, of kies het profiel 2018 in Instellingen.",
            "Unter dem Regelprofil 2017 kann sich die Abrechnungshäufigkeit nicht ändern: Kaufen Sie ein neues Abonnement mit der anderen Häufigkeit, oder wechseln Sie in den Einstellungen zum Profil 2018.",
        ],
        FrequencyOfBase => [
            "An add-on always has its base subscription's billing frequency: change the base's instead.",
            "Een add-on heeft altijd de factureringsfrequentie van zijn basisabonnement: wijzig die van het basisabonnement.",
            "Ein Add-on hat immer die Abrechnungshäufigkeit seines Basisabonnements: Ändern Sie stattdessen die des Basisabonnements.",
        ],
        ActionsForSubscription => ["Actions for this subscription", "Acties voor dit abonnement", "Aktionen für dieses Abonnement"],
        SubscriptionId => ["Subscription ID", "Abonnements-ID", "Abonnement-ID"],
        OrderId => ["Order ID", "Order-ID", "Bestell-ID"],
        Created => ["Created", "Gemaakt", "Erstellt"],
        TrialPeriod => ["Trial", "Proefperiode", "Testzeitraum"],
        ConvertedOn => ["Converted on", "Omgezet op", "Umgewandelt am"],
        MonthlyUnitPrice => ["Monthly unit price (locked)", "Maandprijs per eenheid (vast)", "Monatlicher Stückpreis (fest)"],
        CancelledOn => ["Cancelled (suspended) on", "Geannuleerd (opgeschort) op", "Gekündigt (angehalten) am"],
        ReactivateUntil => ["Can be reactivated until", "Opnieuw te activeren tot", "Reaktivierbar bis"],
        CancelHint => [
            "Cancelling (suspending, in legacy CSP) credits 100% inside the first 30 days of the term, a prorated amount after that. Add-ons are cancelled with it; you can reactivate for 90 days.",
            "Annuleren (opschorten, in legacy CSP) crediteert 100% binnen de eerste 30 dagen van de looptijd, daarna een bedrag naar rato. Add-ons worden mee geannuleerd; u kunt 90 dagen lang opnieuw activeren.",
            "Eine Kündigung (im Legacy-CSP ein Anhalten) schreibt in den ersten 30 Tagen der Laufzeit 100 % gut, danach einen anteiligen Betrag. Add-ons werden mit gekündigt; Sie können 90 Tage lang reaktivieren.",
        ],
        ConfirmCancellation => ["Confirm cancellation", "Annulering bevestigen", "Kündigung bestätigen"],
        SubscriptionCancelled => ["Subscription cancelled.", "Abonnement geannuleerd.", "Abonnement gekündigt."],
        ConfirmReactivation => ["Confirm reactivation", "Heractivering bevestigen", "Reaktivierung bestätigen"],
        SubscriptionReactivated => ["Subscription reactivated.", "Abonnement opnieuw geactiveerd.", "Abonnement reaktiviert."],
        ConfirmAutoRenewOn => [
            "Confirm auto-renew on",
            "Automatisch verlengen aanzetten bevestigen",
            "Einschalten der automatischen Verlängerung bestätigen",
        ],
        ConfirmAutoRenewOff => [
            "Confirm auto-renew off",
            "Automatisch verlengen uitzetten bevestigen",
            "Ausschalten der automatischen Verlängerung bestätigen",
        ],
        AutoRenewChanged => ["Auto-renew changed.", "Automatisch verlengen gewijzigd.", "Automatische Verlängerung geändert."],
        NewLicenses => ["New number of licenses", "Nieuw aantal licenties", "Neue Anzahl der Lizenzen"],
        LicensesHint => [
            "Licenses can be added or removed at any time, whatever the billing frequency.",
            "Licenties kunnen op elk moment worden toegevoegd of verwijderd, ongeacht de factureringsfrequentie.",
            "Lizenzen können jederzeit hinzugefügt oder entfernt werden, unabhängig von der Abrechnungshäufigkeit.",
        ],
        ConfirmLicenseChange => ["Confirm license change", "Licentiewijziging bevestigen", "Lizenzänderung bestätigen"],
        LicensesChanged => ["Licenses changed.", "Licenties gewijzigd.", "Lizenzen geändert."],
        FrequencyHint => [
            "A new 12-month term starts today at today's list price, for the subscription and its add-ons.",
            "Vandaag begint een nieuwe looptijd van 12 maanden tegen de huidige catalogusprijs, voor het abonnement en zijn add-ons.",
            "Heute beginnt eine neue Laufzeit von 12 Monaten zum heutigen Listenpreis, für das Abonnement und seine Add-ons.",
        ],
        ConfirmFrequencyChange => ["Confirm frequency change", "Frequentiewijziging bevestigen", "Änderung der Häufigkeit bestätigen"],
        FrequencyChanged => ["Billing frequency changed.", "Factureringsfrequentie gewijzigd.", "Abrechnungshäufigkeit geändert."],
        NicknameHint => [
            "Written as SubscriptionName in reconciliation files; empty for the offer's name.",
            "Wordt als SubscriptionName in reconciliatiebestanden geschreven; leeg voor de naam van de aanbieding.",
            "Wird in Abstimmungsdateien als SubscriptionName geschrieben; leer für den Namen des Angebots.",
        ],
        SaveNickname => ["Save nickname", "Bijnaam opslaan", "Spitzname speichern"],
        NicknameSaved => ["Nickname saved.", "Bijnaam opgeslagen.", "Spitzname gespeichert."],
        /// {0}: the action's date, as an element.
        LastActionOf => ["The most recent action, of {0}: ", "De meest recente actie, van {0}: ", "Die letzte Aktion, vom {0}: "],
        UndoKeepsIt => [
            ". Undoing it is recorded in the history; the action stays there, marked as undone.",
            ". Het ongedaan maken wordt vastgelegd in de geschiedenis; de actie blijft daar staan, gemarkeerd als ongedaan gemaakt.",
            ". Das Rückgängigmachen wird im Verlauf erfasst; die Aktion bleibt dort, als rückgängig gemacht markiert.",
        ],
        ConfirmUndo => ["Confirm undo", "Ongedaan maken bevestigen", "Rückgängigmachen bestätigen"],
        ActionUndone => ["The action was undone.", "De actie is ongedaan gemaakt.", "Die Aktion wurde rückgängig gemacht."],
        DeleteExplained => [
            "A customer can be deleted while nothing was bought or signed up for. The deletion is recorded in the history; the customer's domain can then be used by another customer.",
            "Een klant kan worden verwijderd zolang er niets is gekocht of aangemeld. De verwijdering wordt vastgelegd in de geschiedenis; het domein van de klant kan daarna door een andere klant worden gebruikt.",
            "Ein Kunde kann gelöscht werden, solange nichts gekauft oder registriert wurde. Die Löschung wird im Verlauf erfasst; die Domäne des Kunden kann danach von einem anderen Kunden verwendet werden.",
        ],
        ConfirmDeletion => ["Confirm deletion", "Verwijdering bevestigen", "Löschung bestätigen"],
        CustomerDeleted => ["Customer deleted.", "Klant verwijderd.", "Kunde gelöscht."],
        PricePerSeat => ["Price per seat (locked for the term)", "Prijs per plaats (vast voor de looptijd)", "Preis pro Platz (fest für die Laufzeit)"],
        RenewsOn => ["Renews on", "Wordt verlengd op", "Verlängert sich am"],
        EndsAfter => ["Ends after", "Eindigt na", "Endet nach"],
        /// {0}: the last day.
        CancelUntil => ["{0} (cancel with a refund until then)", "{0} (tot dan annuleren met terugbetaling)", "{0} (bis dahin Kündigung mit Erstattung)"],
        /// {0}: the last day.
        CancelPassed => ["{0} (passed: the term is owed to its end)", "{0} (verstreken: de looptijd is tot het einde verschuldigd)", "{0} (verstrichen: Die Laufzeit ist bis zum Ende geschuldet)"],
        ScheduledForRenewal => ["Scheduled for the renewal", "Gepland voor de verlenging", "Für die Verlängerung geplant"],
        /// {0}: the offer; {1}: seats; {2}: term and plan.
        ScheduledChange => ["{0}, {1} seats, {2}", "{0}, {1} plaatsen, {2}", "{0}, {1} Plätze, {2}"],
        BillingPlanChange => ["Billing plan change", "Wijziging van factureringsplan", "Änderung des Abrechnungsplans"],
        /// {0}: the plan, lower case ("annual"); {1}: the day it takes effect.
        PlanFrom => ["billed {0} from {1}", "vanaf {1} {0} gefactureerd", "ab {1} {0} abgerechnet"],
        ConvertsByItself => ["Converts by itself", "Wordt vanzelf omgezet", "Wird automatisch umgewandelt"],
        NoPriceInForce => ["no price in force", "geen geldende prijs", "kein gültiger Preis"],
        /// {0}: the day; {1}: the offer; {2}: seats; {3}: term and plan; {4}: the first charge.
        ConversionOn => [
            "on {0} into {1}, {2} seats, {3}; first charge {4}",
            "op {0} naar {1}, {2} plaatsen, {3}; eerste kosten {4}",
            "am {0} in {1}, {2} Plätze, {3}; erste Belastung {4}",
        ],
        ExpiredBecause => ["Expired because", "Verlopen omdat", "Abgelaufen, weil"],
        SeatBatches => ["Seat batches", "Plaatsen per toevoeging", "Platzkontingente"],
        /// {0}: seats; {1}: the day added; {2}: the last day they can be removed.
        BatchOpen => [
            "{0} seats added {1}: can be removed until {2}",
            "{0} plaatsen toegevoegd op {1}: te verwijderen tot {2}",
            "{0} Plätze hinzugefügt am {1}: entfernbar bis {2}",
        ],
        /// {0}: seats; {1}: the day added; {2}: the last day they could be removed.
        BatchFixed => [
            "{0} seats added {1}: fixed since {2}",
            "{0} plaatsen toegevoegd op {1}: vast sinds {2}",
            "{0} Plätze hinzugefügt am {1}: fest seit {2}",
        ],
        /// {0}: how many seats.
        ReducibleToday => [
            "Seats that can be removed today: {0}. Fewer seats after that only at the renewal, with a scheduled change.",
            "Plaatsen die vandaag kunnen worden verwijderd: {0}. Daarna alleen minder plaatsen bij de verlenging, met een geplande wijziging.",
            "Heute entfernbare Plätze: {0}. Danach weniger Plätze nur zur Verlängerung, mit einer geplanten Änderung.",
        ],
        NewSeats => ["New number of seats", "Nieuw aantal plaatsen", "Neue Anzahl der Plätze"],
        SeatsHint => [
            "Seats can be added any day; they can be removed only within 7 days of being added.",
            "Plaatsen kunnen elke dag worden toegevoegd; verwijderen kan alleen binnen 7 dagen na het toevoegen.",
            "Plätze können jeden Tag hinzugefügt werden; entfernt werden können sie nur innerhalb von 7 Tagen nach dem Hinzufügen.",
        ],
        ConfirmSeatChange => ["Confirm seat change", "Plaatswijziging bevestigen", "Platzänderung bestätigen"],
        SeatsChanged => ["Seats changed.", "Plaatsen gewijzigd.", "Plätze geändert."],
        SeatsFromRenewal => ["Seats from the renewal", "Plaatsen vanaf de verlenging", "Plätze ab der Verlängerung"],
        ScheduleTheChange => ["Schedule the change", "De wijziging plannen", "Die Änderung planen"],
        ChangeScheduled => ["Change scheduled.", "Wijziging gepland.", "Änderung geplant."],
        AtLeast25 => ["At least 25, as in the trial.", "Minstens 25, zoals in de proefversie.", "Mindestens 25, wie in der Testversion."],
        PlanHint => [
            "A three-year term switches between monthly and annual billing from its next cycle; the term's dates stay.",
            "Een looptijd van drie jaar wisselt vanaf de volgende cyclus tussen maandelijkse en jaarlijkse facturering; de data van de looptijd blijven gelijk.",
            "Eine dreijährige Laufzeit wechselt ab ihrem nächsten Zyklus zwischen monatlicher und jährlicher Abrechnung; die Daten der Laufzeit bleiben.",
        ],
        ConfirmPlanChange => ["Confirm billing plan change", "Wijziging van factureringsplan bevestigen", "Änderung des Abrechnungsplans bestätigen"],
        PlanChanged => ["Billing plan changed.", "Factureringsplan gewijzigd.", "Abrechnungsplan geändert."],
        NceAddOnHint => [
            "An add-on ends with its base subscription's term and is billed on its cycles; its first charge covers the rest of the base's current cycle.",
            "Een add-on eindigt met de looptijd van zijn basisabonnement en wordt in diens cycli gefactureerd; de eerste kosten dekken de rest van de huidige cyclus van het basisabonnement.",
            "Ein Add-on endet mit der Laufzeit seines Basisabonnements und wird in dessen Zyklen abgerechnet; die erste Belastung deckt den Rest des aktuellen Zyklus des Basisabonnements.",
        ],
        NceCancelHint => [
            "Within 7 days of the term's start a cancellation refunds the rest of the current billing cycle, and the subscription ends at once.",
            "Binnen 7 dagen na het begin van de looptijd betaalt een annulering de rest van de huidige factureringscyclus terug, en eindigt het abonnement direct.",
            "Innerhalb von 7 Tagen nach Beginn der Laufzeit erstattet eine Kündigung den Rest des aktuellen Abrechnungszyklus, und das Abonnement endet sofort.",
        ],
        ConfirmSuspension => ["Confirm suspension", "Opschorting bevestigen", "Anhalten bestätigen"],
        SubscriptionSuspended => ["Subscription suspended.", "Abonnement opgeschort.", "Abonnement angehalten."],
        SuspendHint => [
            "A suspended subscription is still billed every cycle; auto-renew turns off and a scheduled change is removed. Reactivate it before its term ends, or it expires.",
            "Een opgeschort abonnement wordt nog steeds elke cyclus gefactureerd; automatisch verlengen gaat uit en een geplande wijziging wordt verwijderd. Activeer het opnieuw voordat de looptijd eindigt, anders verloopt het.",
            "Ein angehaltenes Abonnement wird weiterhin in jedem Zyklus abgerechnet; die automatische Verlängerung wird ausgeschaltet und eine geplante Änderung entfernt. Reaktivieren Sie es vor Ende der Laufzeit, sonst läuft es ab.",
        ],
        ReactivateHint => [
            "Auto-renew stays off until you turn it on.",
            "Automatisch verlengen blijft uit tot u het aanzet.",
            "Die automatische Verlängerung bleibt aus, bis Sie sie einschalten.",
        ],
        ScheduledChangeRemoved => ["Scheduled change removed.", "Geplande wijziging verwijderd.", "Geplante Änderung entfernt."],
        RenewalKeeps => [
            "The renewal keeps today's term, billing plan and seats.",
            "De verlenging behoudt de huidige looptijd, het factureringsplan en de plaatsen.",
            "Die Verlängerung behält die heutige Laufzeit, den Abrechnungsplan und die Plätze.",
        ],
        AutoRenewTrialHint => [
            "With auto-renew on, the trial becomes a paid subscription by itself on its 31st day.",
            "Met automatisch verlengen aan wordt de proefversie op de 31e dag vanzelf een betaald abonnement.",
            "Mit eingeschalteter automatischer Verlängerung wird die Testversion am 31. Tag von selbst zu einem kostenpflichtigen Abonnement.",
        ],
        AutoRenewOffHint => [
            "With auto-renew off, the subscription ends with its term.",
            "Met automatisch verlengen uit eindigt het abonnement met zijn looptijd.",
            "Mit ausgeschalteter automatischer Verlängerung endet das Abonnement mit seiner Laufzeit.",
        ],
        NothingToUndo => ["There is nothing to undo.", "Er is niets om ongedaan te maken.", "Es gibt nichts rückgängig zu machen."],
    }
}
