//! Benchmark, not a test: the stored book in Chromium's real localStorage. Prints the quota
//! (probed), how much of it the 10,000-customer one-year book takes, the time to store it
//! whole, the time to store one action (its tab's journal), a cold load (read, decode, check,
//! merge the journals, then derive), the fold of the journals, the backup check step by
//! step, and the largest generated book that fits.
//! Ignored by the test run; `scripts/bench-storage.sh` runs it with `--include-ignored`.
#![cfg(target_arch = "wasm32")]

use partnerdesk::store::{BookLoad, SaveError, Store, BOOK_KEY, SCENARIO_KEY};
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::{derive, derive_months};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use partnerdesk_core::storage::backup::{backup_text, check_contents, BackupCheck};
use partnerdesk_core::storage::compact_codec::decompress;
use partnerdesk_core::storage::crc32::Crc32;
use partnerdesk_core::storage::generated_book::{generated_book, generated_start};
use partnerdesk_core::storage::text_packing::unpack;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "storage_support/bench.rs"]
mod bench;
use bench::*;

/// Characters of key and value that fit an empty localStorage.
fn probe_quota() -> usize {
    let storage = local();
    storage.clear().unwrap();
    let (mut fits, mut fails) = (0usize, 64 << 20);
    while fails - fits > 1 {
        let mid = (fits + fails) / 2;
        if storage.set_item("q", &"x".repeat(mid - 1)).is_ok() {
            fits = mid;
        } else {
            fails = mid;
        }
    }
    storage.clear().unwrap();
    fits
}

fn stored_characters() -> usize {
    let value = local().get_item(BOOK_KEY).unwrap().unwrap_or_default();
    BOOK_KEY.len() + value.encode_utf16().count()
}

async fn fits(customers: u64) -> bool {
    breathe().await;
    local().clear().unwrap();
    let fits = match Store::open()
        .replace_book(generated_book(customers, 1, 42))
        .await
    {
        Ok(_) => true,
        Err(SaveError::QuotaFull) => false,
        Err(e) => panic!("storing {customers} customers failed otherwise: {e}"),
    };
    local().clear().unwrap();
    fits
}

/// What opening the app costs: reading and decoding the stored book, then deriving what the
/// dashboard shows (`derive_months` with the chart's window); the full derivation (every invoice) for comparison.
fn load_and_derive() -> (f64, f64, f64) {
    let today = add_days(generated_start(), 365);
    let t = now_ms();
    let BookLoad::Loaded(book) = Store::open().load_book() else {
        panic!("the stored book reads back");
    };
    let read = now_ms() - t;
    let t = now_ms();
    derive_months(&book, today, CHART_WINDOW);
    let current = now_ms() - t;
    let t = now_ms();
    derive(&book, today);
    (read, current, now_ms() - t)
}

#[wasm_bindgen_test]
#[ignore]
async fn bench_the_stored_book_in_chromium() {
    let quota = probe_quota();
    breathe().await;
    console_log!("wasm quota: {quota} characters of key and value");

    let book: Book = generated_book(10_000, 1, 42);
    let events = book.events.len();
    breathe().await;
    bench_the_backup_check(&book).await;
    breathe().await;
    let (store_ms, longest) = store_in_steps(book).await;
    let used = stored_characters();
    console_log!(
        "wasm one-year book (10000 customers, {events} events): {used} characters = {:.1}% of the quota; storing it (a restore: in steps, under the lock) {store_ms:.0} ms, the longest task {longest:.0} ms (target <= 100 ms)",
        100.0 * used as f64 / quota as f64
    );
    let mut best = (f64::MAX, f64::MAX, f64::MAX);
    for _ in 0..3 {
        breathe().await;
        let (read, current, full) = load_and_derive();
        if read + current < best.0 + best.1 {
            best = (read, current, full);
        }
    }
    console_log!(
        "wasm load: read and decode {:.0} ms + derive the dashboard {:.0} ms = {:.0} ms (best of 3; target <= 500 ms); every invoice derived: {:.0} ms",
        best.0,
        best.1,
        best.0 + best.1,
        best.2
    );

    bench_an_action_a_cold_load_and_a_fold().await;

    // Size grows with the customer count: start from the estimate, then step by 1,000.
    let mut n = (10_000 * quota / used) as u64 / 1_000 * 1_000;
    while !fits(n).await {
        n -= 1_000;
    }
    while fits(n + 1_000).await {
        n += 1_000;
    }
    console_log!(
        "wasm largest generated one-year book that fits: {n} customers ({} do not)",
        n + 1_000
    );
}

/// The book stored as a restore stores it, in the background: its time and longest task.
async fn store_in_steps(book: Book) -> (f64, f64) {
    in_the_background(async move {
        Store::open()
            .replace_book(book)
            .await
            .expect("the one-year book fits");
    })
    .await
}

/// The backup check as Settings runs it: 200 customers per step, the event loop free between.
async fn bench_the_backup_check(book: &Book) {
    let text = backup_text(book);
    let t = now_ms();
    let mut check = BackupCheck::start(text.as_bytes()).expect("the generated book reads");
    let start = now_ms() - t;
    let (mut longest, mut total) = (0.0f64, start);
    loop {
        breathe().await;
        let t = now_ms();
        let done = check
            .step(200)
            .expect("the generated book is a valid backup");
        let step = now_ms() - t;
        longest = longest.max(step);
        total += step;
        if done {
            break;
        }
    }
    console_log!(
        "wasm checking it as a backup: {total:.0} ms of work (the file taken {start:.0} ms, then steps: reading it and the checks that read each event once, then 200 customers at a time; the longest {longest:.0} ms)"
    );
}

/// On the stored 10,000-customer book: one action stored (issue 13: target <= 20 ms), a cold
/// load with the journal to merge (target <= 200 ms with the dashboard), and the fold.
async fn bench_an_action_a_cold_load_and_a_fold() {
    let store = Store::open();
    let BookLoad::Loaded(book) = store.load_book() else {
        panic!("the stored book reads back");
    };
    // The rules refuse a day before the book's last action (H1).
    let today = book
        .last_event_date()
        .expect("the generated book has events");
    bench_actions(&store, "a new customer", a_new_customer, today).await;
    let subscription = book
        .events
        .iter()
        .rev()
        .find_map(|e| match &e.command {
            Command::Purchase { ids, .. } => Some(ids.subscription_id.clone()),
            _ => None,
        })
        .expect("the generated book buys subscriptions");
    let licenses = |n: usize| Command::ChangeQuantity {
        subscription_id: subscription.clone(),
        quantity: 150 + n as u32,
        order: None,
    };
    bench_actions(&store, "a license change", licenses, today).await;
    bench_a_scenario_action(&store, today).await;
    drop(store);
    let mut loads = Vec::new();
    for _ in 0..3 {
        breathe().await;
        let t = now_ms();
        let BookLoad::Loaded(book) = Store::open().load_book() else {
            panic!("the stored book and its journal read back");
        };
        let read = now_ms() - t;
        let t = now_ms();
        derive_months(&book, today, CHART_WINDOW);
        loads.push((read, now_ms() - t));
    }
    let (read, current) = loads
        .into_iter()
        .min_by(|a, b| (a.0 + a.1).total_cmp(&(b.0 + b.1)))
        .expect("three loads");
    console_log!(
        "wasm cold load with 7 journal entries: read, decode, check and merge {read:.0} ms + derive the dashboard {current:.0} ms = {:.0} ms (best of 3; target <= 200 ms)",
        read + current
    );
    bench_the_decoding().await;
    let folding = Store::open();
    folding.load_book();
    let before = local().get_item(BOOK_KEY).unwrap();
    let t = now_ms();
    folding.fold_soon();
    // Every store of this page holds its tab's lock: the fold writes the book, and leaves the
    // journals of tabs still open. The longest wait for a turn of the event loop is the
    // longest task the fold ran (this loop's own look at storage is not counted).
    let mut longest = 0.0f64;
    loop {
        let asked = now_ms();
        breathe().await;
        longest = longest.max(now_ms() - asked);
        if local().get_item(BOOK_KEY).unwrap() != before {
            break;
        }
    }
    console_log!(
        "wasm folding the journal into the book (in the background, under the lock, in steps): {:.0} ms, the longest task {longest:.0} ms (target <= 100 ms)",
        now_ms() - t
    );
}

/// Actions with today moved go into the scenario: each stores its record of what it adds to
/// the stored book (before: the whole scenario encoded, one task of about 400 ms), and the
/// next start puts it back together on the real book.
async fn bench_a_scenario_action(store: &Store, today: partnerdesk_core::NaiveDate) {
    let BookLoad::Loaded(real) = store.load_book() else {
        panic!("the stored book reads back");
    };
    let mut scenario = real.as_ref().clone();
    let mut saves = Vec::new();
    for n in 0..7 {
        breathe().await;
        scenario
            .execute(a_new_customer(300 + n), today)
            .expect("the rules accept it");
        let t = now_ms();
        store
            .save_scenario(&real, &scenario)
            .expect("the record fits");
        saves.push(now_ms() - t);
    }
    let characters = local()
        .get_item(SCENARIO_KEY)
        .unwrap()
        .map_or(0, |text| text.encode_utf16().count());
    breathe().await;
    let t = now_ms();
    let back = store.load_scenario(&real).expect("the record reads");
    let load = now_ms() - t;
    assert!(
        back.as_ref() == Some(&scenario),
        "put back together as played"
    );
    store.remove_scenario().unwrap();
    console_log!(
        "wasm a scenario action on the stored book: its record stored {:.0} ms (median of 7; {characters} characters), put back together at start {load:.0} ms",
        median(saves)
    );
}

/// Where a cold load's reading goes, on the stored book: localStorage's text into the page,
/// then each part of `envelope::decode` and the check on load (best of 3).
async fn bench_the_decoding() {
    let mut best: Option<[f64; 6]> = None;
    for _ in 0..3 {
        breathe().await;
        let t = now_ms();
        let text = local().get_item(BOOK_KEY).unwrap().unwrap();
        let read = now_ms() - t;
        let t = now_ms();
        let start = text.find("\"data\":\"").expect("compact data") + 8;
        let packed = &text[start..text.len() - 2];
        let deflated = unpack(packed).expect("packed data");
        let unpack_ms = now_ms() - t;
        let t = now_ms();
        let json = decompress(packed).expect("deflated data");
        let inflate_ms = now_ms() - t - unpack_ms;
        let t = now_ms();
        Crc32::new().update(&json);
        let crc_ms = now_ms() - t;
        let t = now_ms();
        let book: Book = serde_json::from_slice(&json).expect("the book's JSON");
        let parse_ms = now_ms() - t;
        let t = now_ms();
        check_contents(&book, false).expect("the stored book passes");
        let check_ms = now_ms() - t;
        drop((deflated, book));
        let times = [read, unpack_ms, inflate_ms, crc_ms, parse_ms, check_ms];
        if best.is_none_or(|b| times.iter().sum::<f64>() < b.iter().sum::<f64>()) {
            best = Some(times);
        }
    }
    let [read, unpack_ms, inflate_ms, crc_ms, parse_ms, check_ms] = best.expect("three runs");
    console_log!(
        "wasm where a load's reading goes (best of 3): localStorage to the page {read:.0} ms, unpacking {unpack_ms:.0} ms, inflating {inflate_ms:.0} ms, CRC-32 {crc_ms:.0} ms, JSON to the book {parse_ms:.0} ms, the check on load {check_ms:.0} ms"
    );
}
