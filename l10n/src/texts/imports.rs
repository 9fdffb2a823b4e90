//! Importing customers and price lists from files.

texts! {
    /// Importing customers and price lists from files.
    ImportsText {
    }
}
