//! Acting on a subscription: the order, trial, change and cancel forms, their previews and charge lines.

texts! {
    /// Acting on a subscription: the order, trial, change and cancel forms, their previews and charge lines.
    ActionsText {
    }
}
