use super::{set_title, Upcoming};
use leptos::prelude::*;

#[component]
pub fn Billing() -> impl IntoView {
    set_title("Billing");
    view! {
        <h1>"Billing"</h1>
        <Upcoming
            what="Invoices and license-based reconciliation files"
            release="invoices and reconciliation"
        />
    }
}
