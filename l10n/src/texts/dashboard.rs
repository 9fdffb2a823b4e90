//! The dashboard: the cockpit's figures, the chart, warnings and empty states.

texts! {
    /// The dashboard: the cockpit's figures, the chart, warnings and empty states.
    DashboardText {
    }
}
