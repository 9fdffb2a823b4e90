//! The Billing page: invoices, statements, the reconciliation CSVs.

texts! {
    /// The Billing page: invoices, statements, the reconciliation CSVs.
    BillingText {
    }
}
