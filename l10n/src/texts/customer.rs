//! One customer's page: its details, subscriptions, trials, history and corrections.

texts! {
    /// One customer's page: its details, subscriptions, trials, history and corrections.
    CustomerText {
    }
}
