//! Benchmark: how the stored book uses localStorage, natively. Prints figures, asserts nothing.
//! `cargo run --release -p partnerdesk-core --example bench_storage [customers]`
//!
//! The quota is Chromium's: 5,242,880 characters of key and value, whatever the characters
//! (measured by `tests/e2e/storage-bench.mjs`, which also times loading in Chromium).

use partnerdesk_core::base::field_error::is_guid;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::storage::compact_codec::decompress;
use partnerdesk_core::storage::crc32::Crc32;
use partnerdesk_core::storage::envelope::Folded;
use partnerdesk_core::storage::envelope::{decode, encode_compact, encode_stored, Lineage};
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::storage::generated_book::generated_customer;
use partnerdesk_core::storage::history_check::{check_history, check_without_replay};
use partnerdesk_core::storage::journal::{encode_journal, merge_on, Entry, Journal, Merged};
use partnerdesk_core::storage::stepped_encoder::SteppedEncoder;
use partnerdesk_core::storage::stepped_reader::SteppedReader;
use partnerdesk_core::storage::stored::read_stored_book;
use partnerdesk_core::storage::text_packing::unpack;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

const QUOTA: usize = 5 * 1024 * 1024;
const KEY: &str = "partnerdesk.book.v1";

fn lineage() -> Lineage {
    Lineage {
        revision: "bench:1".into(),
        parent: None,
    }
}

fn stored_characters(book: &Book) -> usize {
    KEY.len() + encode_compact(book, &lineage()).chars().count()
}

fn millis(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1e3
}

fn main() {
    let customers: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let book = generated_book(customers, 1, 42);
    let json = serde_json::to_vec(&book).expect("a book serializes");
    let t = Instant::now();
    let stored = encode_compact(&book, &lineage());
    let encode_ms = millis(t);
    let characters = KEY.len() + stored.chars().count();
    let t = Instant::now();
    let read = decode(&stored).expect("the stored book reads back");
    let decode_ms = millis(t);
    assert!(read.book == book, "the stored book reads back unchanged");
    let t = Instant::now();
    let checked = check_history(&book);
    let check_ms = millis(t);
    let t = Instant::now();
    let once = check_without_replay(&book);
    let once_ms = millis(t);

    println!(
        "book: {customers} customers, {} events, one year; JSON {:.1} MB",
        book.events.len(),
        json.len() as f64 / 1e6
    );
    println!(
        "stored: {characters} characters = {:.1}% of Chromium's quota of {QUOTA}",
        100.0 * characters as f64 / QUOTA as f64
    );
    println!(
        "native: encode {encode_ms:.0} ms (every fold of the journals), decode {decode_ms:.0} ms (every load)"
    );
    println!(
        "native: full history check of a backup {check_ms:.0} ms ({}); the check on load of a book stored checked (each event once) {once_ms:.0} ms ({})",
        if checked.is_ok() { "valid" } else { "INVALID" },
        if once.is_ok() { "valid" } else { "INVALID" }
    );
    stepped_figures(&book);
    stepped_read_figures(&book);
    decode_figures(&stored);
    journal_figures(&book);
    let real_ids = with_random_ids(&book);
    let real_characters = stored_characters(&real_ids);
    println!(
        "with random GUIDs, as real partners' books have: {real_characters} characters = {:.1}% of the quota",
        100.0 * real_characters as f64 / QUOTA as f64
    );
    let (fits, fails) = largest_that_fits();
    println!("largest generated one-year book that fits: {fits} customers ({fails} do not)");
}

/// The fold's encoding in slices of 128 KB of JSON, as the app runs it between turns of the
/// event loop: the whole and the longest slice.
fn stepped_figures(book: &Book) {
    let book = Arc::new(book.clone());
    let t = Instant::now();
    let mut encoder = SteppedEncoder::new(book, lineage(), Folded::default(), true);
    let (mut steps, mut longest) = (0, 0.0f64);
    loop {
        let step = Instant::now();
        let done = encoder.step(128 * 1024);
        longest = longest.max(millis(step));
        steps += 1;
        if done {
            break;
        }
    }
    let step = Instant::now();
    encoder.finish();
    let last = millis(step);
    println!(
        "native: the fold's encoding in {steps} slices of 128 KB: {:.0} ms, the longest slice {longest:.1} ms, the end (deflate's end, checksum, envelope) {last:.1} ms",
        millis(t)
    );
}

/// The start's read of the stored book (checked, as the app writes it) in steps, against the
/// read at once: the whole and the longest step.
fn stepped_read_figures(book: &Book) {
    let text = encode_stored(book, &lineage(), &Folded::default(), true);
    let t = Instant::now();
    read_stored_book(&text).expect("the stored book reads");
    let at_once = millis(t);
    let t = Instant::now();
    let mut reader = SteppedReader::new(text);
    let (mut steps, mut longest) = (0, 0.0f64);
    // Per stage: (its steps, their time, the longest).
    let mut stages: Vec<(&str, usize, f64, f64)> = Vec::new();
    loop {
        let stage = reader.stage();
        let step = Instant::now();
        let done = reader.step();
        let ms = millis(step);
        longest = longest.max(ms);
        steps += 1;
        match stages.last_mut() {
            Some(last) if last.0 == stage => {
                last.1 += 1;
                last.2 += ms;
                last.3 = last.3.max(ms);
            }
            _ => stages.push((stage, 1, ms, ms)),
        }
        if done {
            break;
        }
    }
    let (_, read) = reader.finish();
    read.expect("the stored book reads in steps");
    println!(
        "native: the start's read in {steps} steps: {:.0} ms, the longest step {longest:.1} ms (at once: {at_once:.0} ms)",
        millis(t)
    );
    for (stage, steps, ms, longest) in stages {
        println!("  {stage}: {steps} steps, {ms:.1} ms, the longest {longest:.1} ms");
    }
}

/// Where a load's decoding goes: the envelope, unpacking, inflating, the CRC-32, the JSON.
fn decode_figures(stored: &str) {
    let t = Instant::now();
    let start = stored.find("\"data\":\"").expect("compact data") + 8;
    let packed = &stored[start..stored.len() - 2];
    let deflated = unpack(packed).expect("packed data");
    let unpack_ms = millis(t);
    let t = Instant::now();
    let json = decompress(packed).expect("deflated data");
    let inflate_ms = millis(t) - unpack_ms;
    let t = Instant::now();
    Crc32::new().update(&json);
    let crc_ms = millis(t);
    let t = Instant::now();
    let book: Book = serde_json::from_slice(&json).expect("the book's JSON");
    let parse_ms = millis(t);
    let t = Instant::now();
    check_without_replay(&book).expect("the generated book passes");
    println!(
        "native: a load's decoding: unpacking {unpack_ms:.0} ms ({} bytes), inflating {inflate_ms:.0} ms, CRC-32 {crc_ms:.0} ms, JSON to the book {parse_ms:.0} ms; the check on load {:.0} ms",
        deflated.len(),
        millis(t)
    );
}

/// An action stored as a journal entry, and sixteen entries of a tab merged on load: through
/// the rules again (entries written before the recorded events were kept, or recorded on
/// another book), and appended as recorded (a tab's own actions, reloaded).
fn journal_figures(book: &Book) {
    let today = book
        .last_event_date()
        .expect("the generated book has events");
    let mut merged = Merged::on(
        Arc::new(book.clone()),
        Folded::default(),
        Some(lineage().revision),
    );
    let mut entries = Vec::new();
    for n in 0..16u64 {
        let base = merged.book.clone();
        let mut next = base.as_ref().clone();
        let Command::CreateCustomer(mut customer) = generated_customer(0) else {
            unreachable!("a generated customer")
        };
        customer.id = format!("be7c0000-0000-4000-8000-{n:012}");
        customer.domain = format!("bench{n}.example.com");
        next.execute(Command::CreateCustomer(customer), today)
            .expect("a new customer");
        let entry = Entry::recorded_on(n + 1, &merged, &base, &next);
        merged.push_own("bench-tab", &entry, Arc::new(next));
        entries.push(entry);
    }
    let t = Instant::now();
    let one = encode_journal(&Journal {
        tab: "bench-tab".into(),
        entries: entries[..1].to_vec(),
    });
    let encode_ms = millis(t);
    let recorded = Journal {
        tab: "bench-tab".into(),
        entries,
    };
    let mut replayed = recorded.clone();
    for e in &mut replayed.entries {
        e.recorded = None;
    }
    let merge_ms = |journal: &Journal| {
        let t = Instant::now();
        let revision = Some(lineage().revision);
        let again = merge_on(
            Arc::new(book.clone()),
            Folded::default(),
            revision,
            &[journal],
        );
        let ms = millis(t);
        assert!(*again.book == *merged.book, "every entry merges");
        ms
    };
    let (replay_ms, append_ms) = (merge_ms(&replayed), merge_ms(&recorded));
    println!(
        "native: one action's journal entry encoded in {encode_ms:.2} ms ({} characters); 16 entries merged on load: through the rules {replay_ms:.0} ms, as recorded {append_ms:.0} ms (both with the copy of the book)",
        one.chars().count()
    );
}

/// Bisects to the nearest 1,000 customers, assuming size grows with the customer count.
fn largest_that_fits() -> (u64, u64) {
    let fits = |n: u64| stored_characters(&generated_book(n, 1, 42)) <= QUOTA;
    let (mut low, mut high) = (10_000, 20_000);
    while fits(high) {
        low = high;
        high *= 2;
    }
    while high - low > 1_000 {
        let mid = (low + high) / 2;
        if fits(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    (low, high)
}

/// The generated book's GUIDs count up and compress far better than the random ones the
/// shell generates; this replaces each distinct GUID, everywhere, by a random one.
fn with_random_ids(book: &Book) -> Book {
    let mut value = serde_json::to_value(book).expect("a book serializes");
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut random = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut replaced: HashMap<String, String> = HashMap::new();
    let mut stack = vec![&mut value];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) if is_guid(s) => {
                *s = replaced
                    .entry(s.clone())
                    .or_insert_with(|| {
                        let (a, b) = (random(), random());
                        format!(
                            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
                            a >> 32,
                            a & 0xffff,
                            (a >> 16) & 0xfff,
                            b >> 52,
                            b & 0xffff_ffff_ffff
                        )
                    })
                    .clone()
            }
            Value::Array(items) => stack.extend(items.iter_mut()),
            Value::Object(fields) => stack.extend(fields.iter_mut().map(|(_, v)| v)),
            _ => {}
        }
    }
    serde_json::from_value(value).expect("ids of the same shape keep the book readable")
}
