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
    }
}
