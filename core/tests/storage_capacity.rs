//! Issue 6, capacity: the 10,000-customer, one-year book fits Chromium's localStorage quota
//! of 5,242,880 characters (key and value; measured in Chromium, see examples/bench_storage),
//! and the compact form reads back exactly.

use partnerdesk_core::storage::envelope::{decode, encode_compact, Lineage};
use partnerdesk_core::storage::generated_book::generated_book;

const CHROMIUM_QUOTA_CHARACTERS: usize = 5 * 1024 * 1024;

fn lineage() -> Lineage {
    Lineage {
        revision: "tab-a:2".into(),
        parent: Some("tab-b:7".into()),
    }
}

#[test]
fn the_compact_form_reads_back_as_the_same_book_and_lineage() {
    let book = generated_book(200, 2, 9);
    let stored = decode(&encode_compact(&book, &lineage())).unwrap();
    assert_eq!(stored.book, book);
    assert_eq!(stored.lineage, Some(lineage()));
}

#[test]
fn the_one_year_book_of_10000_customers_fits_the_quota() {
    let book = generated_book(10_000, 1, 42);
    // 64 characters of room for the key.
    let characters = encode_compact(&book, &lineage()).chars().count() + 64;
    assert!(
        characters < CHROMIUM_QUOTA_CHARACTERS,
        "{characters} characters do not fit {CHROMIUM_QUOTA_CHARACTERS}"
    );
}
