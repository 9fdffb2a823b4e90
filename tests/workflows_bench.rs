//! Benchmark, not a test: renders the customers list and a customer page of the generated
//! 10,000-customer book (core `generated_book`, three years of history) in headless Chromium
//! and prints how long each view took, from the click to the rendered rows. Asserts nothing
//! about time; ignored by the test run. Run:
//!
//! CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=900 cargo test --release \
//!   --target wasm32-unknown-unknown -p partnerdesk --test workflows_bench -- --include-ignored --nocapture
#![cfg(target_arch = "wasm32")]

#[path = "workflows_support/bench_after_action.rs"]
mod after_action;
#[path = "workflows_support/bench_csv.rs"]
mod bench_csv;
#[allow(dead_code)]
#[path = "browser/support.rs"]
mod support;
mod workflows_support;

use after_action::{after_action_in_the_core, views_after_an_action};
use leptos::wasm_bindgen::JsCast;
use partnerdesk::state::book_state::WORK_PER_STEP;
use partnerdesk::state::customer_index::{customer_rows, select, SortBy};
use partnerdesk::store::event_loop::next_turn;
use partnerdesk::store::Store;
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_both::DeriveBoth;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use partnerdesk_core::storage::generated_book::{generated_book, generated_start};
use partnerdesk_core::NaiveDate;
use support::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement};
use workflows_support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;
}

// The longest main-thread task (over 50 ms, as the browser counts "longtask") since the last
// take: what a partner feels as a page that doesn't answer.
#[wasm_bindgen(inline_js = "
let longest = 0;
export function watch_long_tasks() {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  }).observe({ type: 'longtask' });
}
export function take_longest_task() { const l = longest; longest = 0; return l; }
")]
extern "C" {
    fn watch_long_tasks();
    fn take_longest_task() -> f64;
}

/// The longest task since the last call, once the browser has reported the ones just ended
/// (it queues the observer's entries after the task): 0 when none took over 50 ms.
async fn longest_task() -> f64 {
    settled().await;
    take_longest_task()
}

const ROUNDS: usize = 5;

/// Runs `act`, then lets the app render until `done`; the milliseconds in between.
async fn timed(what: &str, act: impl FnOnce(), done: impl FnMut() -> bool) -> f64 {
    let started = now();
    act();
    until(what, done).await;
    now() - started
}

fn report(what: &str, mut times: Vec<f64>, longest: Option<f64>) {
    times.sort_by(f64::total_cmp);
    let task = longest.map_or(String::new(), |ms| format!("; longest task {ms:.0} ms"));
    console_log!(
        "{what}: median {:.1} ms, best {:.1} ms ({} runs){task}",
        times[times.len() / 2],
        times[0],
        times.len()
    );
}

fn rows(root: &Element) -> usize {
    all(root, "table.customers tbody tr").len()
}

#[wasm_bindgen_test]
#[ignore]
async fn bench_customer_views_of_a_10000_customer_book() {
    let started = now();
    let book = generated_book(10_000, 3, 42);
    let today = add_days(generated_start(), 3 * 365);
    let events = book.events.len();
    let mut index_times = Vec::new();
    for _ in 0..ROUNDS {
        let t = now();
        let index = customer_rows(&book, today);
        assert_eq!(select(&index, "", SortBy::Name).len(), 10_000);
        index_times.push(now() - t);
    }
    let book_copy = book.clone();
    let store = Store::in_memory();
    store.replace_book(book).await.unwrap();
    console_log!(
        "book: 10,000 customers, {events} events (generated and stored in {:.0} ms)",
        now() - started
    );
    report(
        "reading the list's names and counts from the history",
        index_times,
        None,
    );

    let both = derivation_in_steps(&book_copy, today).await;
    bench_csv::recon_file_in_steps(&book_copy, &both.0).await;
    after_action_in_the_core(book_copy, today, both).await;
    // The core's timings above run in one task: let it end before watching, or the app's
    // start would be charged with it (a turn of the event loop: nothing is mounted yet).
    next_turn().await;
    watch_long_tasks();
    // Opened on the dashboard: what a partner sees while the book is derived in the
    // background, and when the dashboard is there.
    let started = now();
    let app = app_at("/", store, today);
    let root = app.root.clone();
    let mut progress_lines = 0;
    until("the dashboard after the background derivation", || {
        progress_lines += usize::from(!all(&root, "[role=status].derivation-progress").is_empty());
        !all(&root, "[data-tile=next-invoice]").is_empty()
    })
    .await;
    let derived = now() - started;
    let load_task = longest_task().await;
    console_log!(
        "the derivation in the background after start (app opened on the dashboard, progress \
         line seen on {progress_lines} turns): dashboard shown after {derived:.0} ms, longest \
         task {load_task:.0} ms"
    );
    link(&root, "Settings").click();
    until("settings", || heading(&root) == "Settings").await;
    let load_task = longest_task().await;
    let first = timed(
        "the customers list",
        || link(&root, "Customers").click(),
        || rows(&root) == 50,
    )
    .await;
    let first_task = longest_task().await;
    console_log!(
        "then Settings: longest task {load_task:.0} ms; customers list, first visit \
         (reads the history): {first:.1} ms, longest task {first_task:.0} ms"
    );

    list_and_customer_views(&root).await;
    whole_book_views(&root).await;
    views_after_an_action(&root).await;
}

/// The book derived in steps as the app does it in the background (core `DeriveBoth`, the
/// app's work a step), each step timed: how many, the longest, the total.
async fn derivation_in_steps(book: &Book, today: NaiveDate) -> (Derived, Derived) {
    let started = now();
    let mut steps = DeriveBoth::new(book, today, CHART_WINDOW);
    let (mut count, mut longest, mut working) = (0, 0.0f64, 0.0);
    while !steps.is_done() {
        let t = now();
        steps.step(WORK_PER_STEP);
        let ms = now() - t;
        longest = longest.max(ms);
        working += ms;
        count += 1;
        next_turn().await;
    }
    let (every, months) = steps.finish();
    console_log!(
        "the background derivation's steps ({WORK_PER_STEP} units each): {count} steps, \
         longest {longest:.0} ms, {working:.0} ms working, {:.0} ms with the turns between \
         ({} lines, {} in the chart's months)",
        now() - started,
        every.lines.len(),
        months.lines.len()
    );
    (every, months)
}

/// The customers list, its next page, a search and a customer page, each ROUNDS times.
async fn list_and_customer_views(root: &Element) {
    let root = root.clone();
    let (mut list, mut next, mut search, mut page) = (vec![], vec![], vec![], vec![]);
    // The longest task of each view over every round.
    let mut longest = [0.0f64; 4];
    for round in 0..ROUNDS {
        link(&root, "Settings").click();
        until("settings", || heading(&root) == "Settings").await;
        list.push(
            timed(
                "the customers list",
                || link(&root, "Customers").click(),
                || rows(&root) == 50,
            )
            .await,
        );
        longest[0] = longest[0].max(longest_task().await);
        let first_row = text(&root, "table.customers tbody tr");
        next.push(
            timed(
                "page 2",
                || button(&root, "Next page").click(),
                || text(&root, "table.customers tbody tr") != first_row,
            )
            .await,
        );
        longest[1] = longest[1].max(longest_task().await);
        let input: HtmlInputElement = labelled(&root, "Search customers");
        let wanted = format!("customer 0{}", 9990 + round);
        search.push(
            timed(
                "a search",
                || {
                    input.set_value(&wanted);
                    let _ = input.dispatch_event(&web_sys::Event::new("input").unwrap());
                },
                || rows(&root) == 1,
            )
            .await,
        );
        longest[2] = longest[2].max(longest_task().await);
        let customer: HtmlElement = all(&root, "table.customers tbody tr th a")[0]
            .clone()
            .unchecked_into();
        let name = customer.text_content().unwrap_or_default();
        page.push(
            timed(
                "a customer page",
                || customer.click(),
                || heading(&root) == name && !all(&root, "table.subscriptions tbody tr").is_empty(),
            )
            .await,
        );
        longest[3] = longest[3].max(longest_task().await);
    }
    report("customers list (50 of 10,000 rows)", list, Some(longest[0]));
    report("customers list, next page", next, Some(longest[1]));
    report(
        "customers list, search narrowing 10,000 to 1",
        search,
        Some(longest[2]),
    );
    report(
        "customer page (subscriptions, next invoice, history)",
        page,
        Some(longest[3]),
    );
}

/// The views that read the whole book: the dashboard, and Billing with its CSV.
async fn whole_book_views(root: &Element) {
    let root = root.clone();
    // The book was derived in the background after start: these first visits read it (before
    // issue 13's background derivation, each derived the whole book in its own long task).
    let dashboard = timed(
        "the dashboard",
        || link(&root, "Dashboard").click(),
        || heading(&root) == "Dashboard" && !all(&root, "[data-tile=next-invoice]").is_empty(),
    )
    .await;
    let dashboard_task = longest_task().await;
    // Issue #5's figure: one month's invoice and its reconciliation file, as a partner gets
    // them. The first visit derives every line of the book; the download writes the CSV.
    let billing = timed(
        "the billing page with the latest invoice's lines",
        || link(&root, "Billing").click(),
        || {
            heading(&root) == "Billing"
                && text(&root, "#invoice-heading").starts_with("Invoice ")
                && !all(&root, "section.invoice table.lines tbody tr").is_empty()
        },
    )
    .await;
    let billing_task = longest_task().await;
    let invoice = text(&root, "#invoice-heading");
    // Made in steps (issue 13): done when the page says it was handed over, not after a while.
    let mut progress_turns = 0;
    let csv = timed(
        "the reconciliation CSV",
        || button(&root, "Download reconciliation CSV").click(),
        || {
            let status = text(&root, "section.invoice [role=status]");
            progress_turns += usize::from(status.starts_with("Making the file"));
            status.starts_with("Downloaded")
        },
    )
    .await;
    let csv_task = longest_task().await;
    let made = text(&root, "section.invoice [role=status]");
    console_log!(
        "dashboard, first visit (reads the derivation done in the background; it used to derive \
         every customer): {dashboard:.0} ms, longest task {dashboard_task:.0} ms"
    );
    console_log!(
        "billing page, first visit, {invoice} with its first lines (reads the same derivation; \
         it used to derive every line): {billing:.0} ms, longest task {billing_task:.0} ms"
    );
    console_log!(
        "its reconciliation CSV, made in steps and handed to the browser: {csv:.0} ms ({made}; \
         progress seen on {progress_turns} turns), longest task {csv_task:.0} ms"
    );
    console_log!(
        "one month's invoice and its CSV in the browser: {:.0} ms (target 1000 ms)",
        billing + csv
    );
}
