//! The pages loaded on demand in the release build (feature `split-routes`): each route's view
//! is a split point of Leptos's lazy routes, and scripts/split-wasm.mjs moves its code into a
//! wasm file of its own, fetched the first time the route is opened. The first load keeps the
//! frame, the dashboard and what they use.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use leptos_router::LazyRoute;

/// A route whose page is loaded on demand: `$route` names it for `Lazy`, `$split` its wasm
/// split, `$page` is the component, which takes no props (a page reads its route's parameters
/// itself). As with Leptos's `#[lazy_route]`, the router shows the page it leaves until the
/// code has arrived (`preload`); but a failed download (the connection dropped before the
/// service worker kept every file) shows `PageNotDownloaded` in the page's place, where
/// `#[lazy_route]` would abort the whole app.
macro_rules! on_demand {
    ($(#[$doc:meta])* $route:ident in $split:ident => $page:path) => {
        $(#[$doc])*
        pub struct $route;

        mod $split {
            use super::*;

            #[leptos::wasm_split::wasm_split(
                $split,
                wasm_split_path = ::leptos::wasm_split,
                fallible,
                preload(preload)
            )]
            pub fn page() -> Result<AnyView, SplitLoaderError> {
                Ok($page().into_any())
            }
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn preload() {
                // A failure is told by `view`, which tries once more.
                let _ = $split::preload().await;
            }

            async fn view(_route: Self) -> AnyView {
                // The pages are where the partner acts: the patch of the derivation after an
                // action comes with the first of them.
                crate::state::book_state::fetch_patch();
                $split::page().await.unwrap_or_else(|_| {
                    view! { <crate::app::page_download::PageNotDownloaded /> }.into_any()
                })
            }
        }
    };
}

on_demand!(
    /// `/rules/:id`.
    Rules in rules_page => crate::pages::rule_page::RulePage
);
on_demand!(
    /// `/billing/reconcile`.
    Reconcile in reconcile => crate::app::reconcile_page
);
on_demand!(
    /// `/imports`.
    Imports in imports => crate::pages::imports::Imports
);
on_demand!(
    /// `/settings`.
    Settings in settings => crate::pages::settings_page::Settings
);
on_demand!(
    /// `/billing`.
    Billing in billing => crate::app::billing_page
);
on_demand!(
    /// `/catalog`.
    Catalog in catalog => crate::pages::catalog::Catalog
);
on_demand!(
    /// `/customers`.
    Customers in customers => crate::pages::customers::Customers
);
on_demand!(
    /// `/customers/:id`.
    Customer in customer => crate::pages::customer::Customer
);
on_demand!(
    /// `/recovery`: shown only when the stored book can't be read.
    Recovery in recovery => crate::pages::recovery::Recovery
);

/// The first visit's program question's code, fetched only for a partner who never chose a
/// program.
#[leptos::wasm_split::wasm_split(first_visit_question, wasm_split_path = ::leptos::wasm_split, fallible)]
fn first_visit_question() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::pages::first_visit::FirstVisit /> }.into_any())
}

/// The first visit's program question, or what to do when its code could not be downloaded.
pub async fn first_visit() -> AnyView {
    first_visit_question()
        .await
        .unwrap_or_else(|_| view! { <crate::app::page_download::PageNotDownloaded /> }.into_any())
}
