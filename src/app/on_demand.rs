//! The pages loaded on demand in the release build (feature `split-routes`): each route's view
//! is a split point of Leptos's lazy routes, and scripts/split-wasm.mjs moves its code into a
//! wasm file of its own, fetched the first time the route is opened. The first load keeps the
//! frame, the dashboard and what they use.

use leptos::lazy;
use leptos::prelude::*;
use leptos_router::{lazy_route, LazyRoute};

/// A route whose page is loaded on demand: `$route` names it for `Lazy`, `$page` is the
/// component, which takes no props (a page reads its route's parameters itself).
macro_rules! on_demand {
    ($(#[$doc:meta])* $route:ident => $page:path) => {
        $(#[$doc])*
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_route: Self) -> AnyView {
                // The pages are where the partner acts: the patch of the derivation after an
                // action comes with the first of them.
                crate::state::book_state::fetch_patch();
                $page().into_any()
            }
        }
    };
}

on_demand!(
    /// `/rules/:id`.
    Rules => crate::pages::rule_page::RulePage
);
on_demand!(
    /// `/billing/reconcile`.
    Reconcile => super::reconcile_page
);
on_demand!(
    /// `/imports`.
    Imports => crate::pages::imports::Imports
);
on_demand!(
    /// `/settings`.
    Settings => crate::pages::settings_page::Settings
);
on_demand!(
    /// `/billing`.
    Billing => super::billing_page
);
on_demand!(
    /// `/catalog`.
    Catalog => crate::pages::catalog::Catalog
);
on_demand!(
    /// `/customers`.
    Customers => crate::pages::customers::Customers
);
on_demand!(
    /// `/customers/:id`.
    Customer => crate::pages::customer::Customer
);
on_demand!(
    /// `/recovery`: shown only when the stored book can't be read.
    Recovery => crate::pages::recovery::Recovery
);

/// The first visit's program question, fetched only for a partner who never chose a program.
#[lazy]
pub fn first_visit() -> AnyView {
    view! { <crate::pages::first_visit::FirstVisit /> }.into_any()
}
