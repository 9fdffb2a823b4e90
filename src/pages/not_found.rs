use super::set_title;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

#[component]
pub fn NotFound() -> impl IntoView {
    set_title("Page not found");
    let path = use_location().pathname;
    view! {
        <h1>"Page not found"</h1>
        <p>"Nothing lives at " <code>{move || path.get()}</code> "."</p>
        <p>
            <A href="/">"Go to the Dashboard"</A>
        </p>
    }
}
