use super::{set_title, Upcoming};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// `/customers/:id`: the address a customer's page will have, so links made now keep working.
#[component]
pub fn Customer() -> impl IntoView {
    set_title("Customer");
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    view! {
        <h1>"Customer " <code>{id}</code></h1>
        <Upcoming what="A customer's page and subscriptions" release="partner-workflows" />
        <p>
            <A href="/customers">"Back to Customers"</A>
        </p>
    }
}
