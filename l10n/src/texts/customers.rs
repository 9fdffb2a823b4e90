//! The customers list, search, the customer form and the customer picker.

texts! {
    /// The customers list, search, the customer form and the customer picker.
    CustomersText {
    }
}
