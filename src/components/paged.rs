//! A long list shown a page at a time, with a pager when it needs more than one.

use crate::components::pager::Pager;
use crate::state::customer_index::page;
use leptos::prelude::*;
use std::ops::Range;

/// Rows a page shows unless it says otherwise.
const PER_PAGE: usize = 50;

/// A long list shown a page at a time (`per_page` rows, 50 unless said); `render` makes the
/// table of one page.
#[component]
pub fn Paged<T, V, R>(
    #[prop(into)] label: TextProp,
    #[prop(into)] items: Signal<Vec<T>>,
    #[prop(default = PER_PAGE)] per_page: usize,
    #[prop(into)] empty: TextProp,
    render: R,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    R: Fn(Vec<T>) -> V + Send + Sync + 'static,
{
    let count = Signal::derive(move || items.with(Vec::len));
    let render = move |range: Range<usize>| render(items.with(|all| all[range].to_vec()));
    view! { <PagedRange label count per_page empty render /> }
}

/// `Paged` of a list that is not copied to be shown: `render` makes the table of the items in
/// a range of `0..count`, reading them where they are. It reads them reactively: a list that
/// changes without changing its length is drawn again.
#[component]
pub fn PagedRange<V, R>(
    #[prop(into)] label: TextProp,
    #[prop(into)] count: Signal<usize>,
    per_page: usize,
    #[prop(into)] empty: TextProp,
    render: R,
) -> impl IntoView
where
    V: IntoView + 'static,
    R: Fn(Range<usize>) -> V + Send + Sync + 'static,
{
    let wanted = RwSignal::new(1usize);
    let current = Memo::new(move |_| page(count.get(), per_page, wanted.get()));
    let body = move || {
        let p = current.get();
        if p.end == 0 {
            return view! { <p>{empty.get()}</p> }.into_any();
        }
        render(p.first..p.end).into_any()
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
