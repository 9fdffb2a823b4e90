//! A long list shown a page at a time, with a pager when it needs more than one.

use crate::components::pager::Pager;
use crate::state::customer_index::page;
use leptos::prelude::*;

const PER_PAGE: usize = 50;

/// A long list shown a page at a time; `render` makes the table of one page.
#[component]
pub fn Paged<T, V, R>(
    #[prop(into)] label: TextProp,
    #[prop(into)] items: Signal<Vec<T>>,
    #[prop(into)] empty: TextProp,
    render: R,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    R: Fn(Vec<T>) -> V + Send + Sync + 'static,
{
    let wanted = RwSignal::new(1usize);
    let current = Memo::new(move |_| page(items.with(Vec::len), PER_PAGE, wanted.get()));
    let body = move || {
        let p = current.get();
        if p.end == 0 {
            return view! { <p>{empty.get()}</p> }.into_any();
        }
        let rows = items.with(|all| all[p.first..p.end].to_vec());
        render(rows).into_any()
    };
    let pager = move || {
        (current.get().count > 1).then(|| {
            view! { <Pager label=label.clone() page=wanted count=Signal::derive(move || current.get().count) /> }
        })
    };
    view! {
        {body}
        {pager}
    }
}
