use super::{set_title, Upcoming};
use leptos::prelude::*;

#[component]
pub fn Customers() -> impl IntoView {
    set_title("Customers");
    view! {
        <h1>"Customers"</h1>
        <Upcoming what="Customers and their subscriptions" release="partner-workflows" />
    }
}
