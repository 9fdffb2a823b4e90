//! What happened to the stored book outside this page's actions (another tab's change),
//! announced at the top of the pages that show the book.

use crate::state::book_state::use_book;
use leptos::prelude::*;

#[component]
pub fn BookNotice() -> impl IntoView {
    let book = use_book();
    view! {
        <p class="book-notice" role="status">
            {move || book.notice()}
        </p>
    }
}
