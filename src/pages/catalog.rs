use super::{set_title, Upcoming};
use leptos::prelude::*;

#[component]
pub fn Catalog() -> impl IntoView {
    set_title("Catalog");
    view! {
        <h1>"Catalog"</h1>
        <Upcoming
            what="The price list, billing frequencies and the Trials tab"
            release="partner-workflows"
        />
    }
}
