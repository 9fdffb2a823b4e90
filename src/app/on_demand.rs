//! The pages loaded on demand in the release build (feature `split-routes`): each route's view
//! is a split point of Leptos's lazy routes, and scripts/split-wasm.mjs moves its code into a
//! wasm file of its own, fetched the first time the route is opened. The first load keeps the
//! frame, the dashboard and what they use.

use crate::pages::rule_page::RulePage;
use leptos::prelude::*;
use leptos_router::{lazy_route, LazyRoute};

/// `/rules/:id`.
pub struct Rules;

#[lazy_route]
impl LazyRoute for Rules {
    fn data() -> Self {
        Rules
    }

    fn view(_route: Self) -> AnyView {
        view! { <RulePage /> }.into_any()
    }
}
