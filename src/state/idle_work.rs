//! Work done in the browser's idle moments once a derivation is taken up (after the app's
//! background derivation, after each action's patch), so that it lands between the partner's
//! clicks instead of in the task of the view opened next: the dashboard's figures kept for
//! the next start (`store::kept_figures`), from the board and cockpit the dashboard itself
//! shows (`views`), worked out once for both. Before, the keep worked out its own board and
//! cockpit, and the dashboard opened after an action worked them out again.
//!
//! Then what Billing opens on (`Views::work_out_billing`): the first time about 20 ms; after
//! an action only what changed. Tried in the ninth session and not kept then: the latest
//! invoice was made again after every action (it held its customers' names, 40 ms); it now
//! outlives any action that leaves its lines alone.

use super::book_state::{use_book, BookState};
use super::clock::{use_clock, Clock};
use super::views::{use_views, Views};
use crate::store::event_loop::idle_moment;
use crate::store::kept_figures::DashboardFigures;
use crate::store::Store;
use leptos::prelude::*;

/// Needs the BookState, Clock and Views contexts; the figures are kept in `store`.
pub fn provide(store: &Store) {
    let book = use_book();
    let clock = use_clock();
    let views = use_views();
    let store = store.clone();
    book.current().after_each(move || {
        let store = store.clone();
        leptos::task::spawn_local(async move {
            idle_moment().await;
            if book.current().book_untracked().is_none() {
                return;
            }
            keep_dashboard(book, clock, views, &store);
            views.work_out_billing();
        });
    });
}

/// Keeps the dashboard's figures of the derivation shown, when it is of the real book (not a
/// scenario played with today moved).
fn keep_dashboard(book: BookState, clock: Clock, views: Views, store: &Store) {
    if clock.is_moved_untracked() {
        return;
    }
    let Some((shown, today)) = book.current().book_untracked() else {
        return;
    };
    store.keep_dashboard(&shown, today, || {
        let board = views.board().get_untracked();
        let cockpit = views.cockpit().get_untracked();
        DashboardFigures::from_parts(&cockpit, &board, &shown)
    });
}
