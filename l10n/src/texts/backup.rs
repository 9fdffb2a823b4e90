//! Backups, restoring one, the recovery page and the book's notices.

texts! {
    /// Backups, restoring one, the recovery page and the book's notices.
    BackupText {
        // Task U (issue 15): backup, restore and the recovery page.
        /// {0}: why the stored book can't be read.
        StoredBookUnreadable => [
            "The stored book can't be read ({0}). Download the stored data on the recovery page instead.",
            "Het opgeslagen boek kan niet worden gelezen ({0}). Download de opgeslagen gegevens in plaats daarvan op de herstelpagina.",
            "Das gespeicherte Buch kann nicht gelesen werden ({0}). Laden Sie die gespeicherten Daten stattdessen auf der Wiederherstellungsseite herunter.",
        ],
        DownloadBackup => ["Download a backup", "Een back-up downloaden", "Eine Sicherung herunterladen"],
        DownloadSettingsText => [
            "Download the saved settings text",
            "De opgeslagen tekst van de instellingen downloaden",
            "Den gespeicherten Text der Einstellungen herunterladen",
        ],
        Dismiss => ["Dismiss", "Sluiten", "Schließen"],
        BackupAndRestore => ["Backup and restore", "Back-up en herstel", "Sicherung und Wiederherstellung"],
        LivesInBrowser => [
            "Your book lives only in this browser. Download a backup now and then, and keep it somewhere safe.",
            "Uw boek staat alleen in deze browser. Download af en toe een back-up en bewaar die op een veilige plek.",
            "Ihr Buch liegt nur in diesem Browser. Laden Sie ab und zu eine Sicherung herunter und bewahren Sie sie an einem sicheren Ort auf.",
        ],
        /// {0}: customers; {1}: subscriptions; {2}: actions; {3}: the dates.
        Holds => [
            "{0} customers, {1} subscriptions, {2} recorded actions, {3}",
            "{0} klanten, {1} abonnementen, {2} vastgelegde acties, {3}",
            "{0} Kunden, {1} Abonnements, {2} erfasste Aktionen, {3}",
        ],
        /// {0}: the first day; {1}: the last.
        RecordedFromTo => ["recorded from {0} to {1}", "vastgelegd van {0} tot {1}", "erfasst vom {0} bis {1}"],
        NothingRecordedYet => ["nothing recorded yet", "nog niets vastgelegd", "noch nichts erfasst"],
        /// {0}: the amount with its currency; {1}: the last invoice's day.
        InvoicedUpTo => ["{0} up to {1}", "{0} tot en met {1}", "{0} bis {1}"],
        NothingYet => ["Nothing yet", "Nog niets", "Noch nichts"],
        /// {0}: the partner's name; {1}: its id.
        PartnerWithId => ["{0} (partner id {1})", "{0} (partner-id {1})", "{0} (Partner-ID {1})"],
        BackupHolds => ["The backup holds", "De back-up bevat", "Die Sicherung enthält"],
        Partner => ["Partner", "Partner", "Partner"],
        RulesProfile => ["Rules profile", "Regelprofiel", "Regelprofil"],
        Customers => ["Customers", "Klanten", "Kunden"],
        Subscriptions => ["Subscriptions", "Abonnementen", "Abonnements"],
        RecordedActions => ["Recorded actions", "Vastgelegde acties", "Erfasste Aktionen"],
        Dates => ["Dates", "Data", "Daten"],
        Invoiced => ["Invoiced", "Gefactureerd", "Abgerechnet"],
        /// {0}: the current book, in words.
        ReplaceUnderstood => [
            "I understand that this replaces my current book ({0}) and that only a backup of it could bring it back.",
            "Ik begrijp dat dit mijn huidige boek ({0}) vervangt en dat alleen een back-up ervan het kan terugbrengen.",
            "Mir ist klar, dass dies mein aktuelles Buch ({0}) ersetzt und nur eine Sicherung davon es zurückbringen könnte.",
        ],
        ReplaceWithBackup => ["Replace my book with this backup", "Mijn boek vervangen door deze back-up", "Mein Buch durch diese Sicherung ersetzen"],
        /// {0}: why the file can't be restored.
        NothingChanged => ["{0} Nothing was changed.", "{0} Er is niets gewijzigd.", "{0} Es wurde nichts geändert."],
        /// {0}: the partner's name.
        RestoredAsBook => ["The backup of {0} is now your book.", "De back-up van {0} is nu uw boek.", "Die Sicherung von {0} ist jetzt Ihr Buch."],
        /// {0}: the partner's name.
        RestoredSettingsNotSaved => [
            "The backup of {0} is now your book, but its partner settings could not be saved; check them above.",
            "De back-up van {0} is nu uw boek, maar de partnerinstellingen konden niet worden opgeslagen; controleer ze hierboven.",
            "Die Sicherung von {0} ist jetzt Ihr Buch, aber ihre Partnereinstellungen konnten nicht gespeichert werden; prüfen Sie sie oben.",
        ],
        Checking => ["Checking the backup…", "De back-up wordt gecontroleerd…", "Die Sicherung wird geprüft…"],
        /// {0}: customers replayed; {1}: customers in all.
        CheckingProgress => [
            "Checking the backup… {0} of {1} customers replayed through the rules.",
            "De back-up wordt gecontroleerd… {0} van {1} klanten opnieuw door de regels gehaald.",
            "Die Sicherung wird geprüft… {0} von {1} Kunden nach den Regeln nachvollzogen.",
        ],
        EmptyBook => ["an empty book", "een leeg boek", "ein leeres Buch"],
        UnreadableData => ["stored data that can't be read", "opgeslagen gegevens die niet kunnen worden gelezen", "gespeicherte Daten, die nicht gelesen werden können"],
        BackupFile => ["Backup file", "Back-upbestand", "Sicherungsdatei"],
        BackupFileHint => [
            "A file downloaded with \"Download a backup\". It is checked completely before anything changes.",
            "Een bestand dat met \"Een back-up downloaden\" is gedownload. Het wordt volledig gecontroleerd voordat er iets verandert.",
            "Eine mit \"Eine Sicherung herunterladen\" heruntergeladene Datei. Sie wird vollständig geprüft, bevor sich etwas ändert.",
        ],
        SwitchProfileTitle => ["Switch the rules profile?", "Regelprofiel wisselen?", "Regelprofil wechseln?"],
        /// {0}: the profile in force; {1}: the other.
        SwitchProfileText => [
            "Switching from {0} to {1} re-derives every charge line of your book under the other rules. Invoices and reconciliation files you downloaded before will no longer match.",
            "Wisselen van {0} naar {1} berekent elke kostenregel van uw boek opnieuw volgens de andere regels. Eerder gedownloade facturen en reconciliatiebestanden komen dan niet meer overeen.",
            "Der Wechsel von {0} zu {1} berechnet jede Kostenposition Ihres Buchs nach den anderen Regeln neu. Zuvor heruntergeladene Rechnungen und Abstimmungsdateien stimmen dann nicht mehr überein.",
        ],
        /// {0}: the profile asked for.
        SwitchAndSave => ["Switch to {0} and save", "Wisselen naar {0} en opslaan", "Zu {0} wechseln und speichern"],
        /// {0}: the profile in force.
        KeepProfile => ["Keep {0}", "{0} behouden", "{0} beibehalten"],
        RecoveryTitle => ["Recovery", "Herstel", "Wiederherstellung"],
        StartedFresh => ["Started fresh", "Opnieuw begonnen", "Neu begonnen"],
        DataDeleted => [
            "The unreadable data was deleted; your book is empty.",
            "De onleesbare gegevens zijn verwijderd; uw boek is leeg.",
            "Die unlesbaren Daten wurden gelöscht; Ihr Buch ist leer.",
        ],
        NothingToRecover => ["Nothing to recover", "Niets te herstellen", "Nichts wiederherzustellen"],
        ReadsCorrectly => ["Your stored book reads correctly.", "Uw opgeslagen boek wordt correct gelezen.", "Ihr gespeichertes Buch wird korrekt gelesen."],
        CantBeRead => ["Your stored book can't be read", "Uw opgeslagen boek kan niet worden gelezen", "Ihr gespeichertes Buch kann nicht gelesen werden"],
        /// {0}: why, as the storage says it.
        FoundButUnreadable => [
            "PartnerDesk found its data in this browser's storage but can't read it: {0}",
            "PartnerDesk heeft zijn gegevens in de opslag van deze browser gevonden, maar kan ze niet lezen: {0}",
            "PartnerDesk hat seine Daten im Speicher dieses Browsers gefunden, kann sie aber nicht lesen: {0}",
        ],
        NothingChangedYet => [
            "Nothing has been changed or deleted, and nothing will be stored over it until you choose below.",
            "Er is niets gewijzigd of verwijderd, en er wordt niets overheen opgeslagen totdat u hieronder kiest.",
            "Nichts wurde geändert oder gelöscht, und nichts wird darüber gespeichert, bis Sie unten wählen.",
        ],
        KeepCopy => ["Keep a copy", "Een kopie bewaren", "Eine Kopie behalten"],
        /// {0}: how many characters.
        StoredCharacters => [
            "The stored data is {0} characters of text, downloaded exactly as it is.",
            "De opgeslagen gegevens zijn {0} tekens tekst, precies zo gedownload als ze zijn.",
            "Die gespeicherten Daten sind {0} Zeichen Text und werden genau so heruntergeladen, wie sie sind.",
        ],
        DownloadStoredData => ["Download the stored data", "De opgeslagen gegevens downloaden", "Die gespeicherten Daten herunterladen"],
        RestoreBackup => ["Restore a backup", "Een back-up terugzetten", "Eine Sicherung wiederherstellen"],
        StartFresh => ["Start fresh", "Opnieuw beginnen", "Neu beginnen"],
        DeleteForGood => [
            "I have downloaded the stored data, or I don't need it. Delete it for good.",
            "Ik heb de opgeslagen gegevens gedownload, of ik heb ze niet nodig. Verwijder ze definitief.",
            "Ich habe die gespeicherten Daten heruntergeladen oder brauche sie nicht. Endgültig löschen.",
        ],
        DeleteAndStart => [
            "Delete the stored data and start with an empty book",
            "De opgeslagen gegevens verwijderen en met een leeg boek beginnen",
            "Die gespeicherten Daten löschen und mit einem leeren Buch beginnen",
        ],
        NoPartnerSettings => ["no partner settings", "geen partnerinstellingen", "keine Partnereinstellungen"],
        // Task L2 (issue 13): a restored backup stored in steps.
        /// {0}: actions stored; {1}: actions in all.
        StoringProgress => [
            "Storing the backup… {0} of {1} actions written.",
            "De back-up wordt opgeslagen… {0} van {1} acties geschreven.",
            "Die Sicherung wird gespeichert… {0} von {1} Aktionen geschrieben.",
        ],
        // Lead, seventh session: why a file or stored data can't be read, in the partner's
        // language; {0} is the technical detail as the reader found it.
        FileNotText => ["The file is not a text file (it is not UTF-8).", "Het bestand is geen tekstbestand (het is geen UTF-8).", "Die Datei ist keine Textdatei (sie ist nicht UTF-8)."],
        DataNotJson => ["The data is not JSON ({0}).", "De gegevens zijn geen JSON ({0}).", "Die Daten sind kein JSON ({0})."],
        DataNotPartnerDesk => ["The data is not a PartnerDesk book ({0}).", "De gegevens zijn geen PartnerDesk-boek ({0}).", "Die Daten sind kein PartnerDesk-Buch ({0})."],
        /// {0}: the data's format version; {1}: the highest this release reads.
        DataNewer => [
            "The data was written by a newer PartnerDesk (format version {0}; this one reads up to {1}).",
            "De gegevens zijn geschreven door een nieuwere PartnerDesk (formaatversie {0}; deze leest tot en met {1}).",
            "Die Daten wurden von einem neueren PartnerDesk geschrieben (Formatversion {0}; dieser liest bis {1}).",
        ],
        DataUnknownEncoding => ["The data uses an unknown encoding \"{0}\".", "De gegevens gebruiken een onbekende codering \"{0}\".", "Die Daten verwenden eine unbekannte Kodierung \"{0}\"."],
        DataDamaged => ["The data is damaged: {0}.", "De gegevens zijn beschadigd: {0}.", "Die Daten sind beschädigt: {0}."],
        DataChecksumMismatch => [
            "The data is damaged: it does not match the checksum it was stored with.",
            "De gegevens zijn beschadigd: ze komen niet overeen met de controlesom waarmee ze zijn opgeslagen.",
            "Die Daten sind beschädigt: Sie stimmen nicht mit der Prüfsumme überein, mit der sie gespeichert wurden.",
        ],
        DataOlderFormat => ["The data is of an older format, and {0}.", "De gegevens hebben een ouder formaat, en {0}.", "Die Daten haben ein älteres Format, und {0}."],
        DataNotABook => ["The data does not hold a valid book ({0}).", "De gegevens bevatten geen geldig boek ({0}).", "Die Daten enthalten kein gültiges Buch ({0})."],
        /// {0}: what is wrong with each setting.
        SettingsInvalid => ["The partner settings are invalid: {0}", "De partnerinstellingen zijn ongeldig: {0}", "Die Partnereinstellungen sind ungültig: {0}"],
        CatalogInconsistent => ["The catalog is inconsistent: {0}.", "De catalogus is inconsistent: {0}.", "Der Katalog ist inkonsistent: {0}."],
        HistoryInvalid => ["The history is not valid: {0}.", "De geschiedenis is niet geldig: {0}.", "Der Verlauf ist nicht gültig: {0}."],
        /// {0}: why the journal can't be read.
        JournalUnreadable => ["The actions stored by one of your tabs can't be read: {0}", "De acties die een van uw tabbladen heeft opgeslagen, kunnen niet worden gelezen: {0}", "Die von einem Ihrer Tabs gespeicherten Aktionen können nicht gelesen werden: {0}"],
        ScenarioOfAnotherBook => [
            "it was played on another book: a backup was restored or the book was started anew",
            "het is gespeeld op een ander boek: er is een back-up teruggezet of het boek is opnieuw begonnen",
            "es wurde auf einem anderen Buch gespielt: eine Sicherung wurde wiederhergestellt oder das Buch neu begonnen",
        ],
        /// {0}: the check's finding.
        FailsBackupCheck => ["It fails the check a backup must pass. {0}", "Het voldoet niet aan de controle die een back-up moet doorstaan. {0}", "Es besteht die Prüfung nicht, die eine Sicherung bestehen muss. {0}"],
    }
    same_as_english { Partner: [Nl, De], }
}
