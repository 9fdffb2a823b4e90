//! Billing → Reconcile: a reconciliation file checked against the book, and a book started from it.

texts! {
    /// Billing → Reconcile: a reconciliation file checked against the book, and a book started from it.
    ReconcileText {
    }
}
