//! The catalog page: offers by billing frequency, the Trials tab, an offer's details and order form.

texts! {
    /// The catalog page: offers by billing frequency, the Trials tab, an offer's details and order form.
    CatalogText {
    }
}
