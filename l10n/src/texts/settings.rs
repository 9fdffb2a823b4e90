//! Settings, the first visit's program question, and the rules pages.

texts! {
    /// Settings, the first visit's program question, and the rules pages.
    SettingsText {
    }
}
