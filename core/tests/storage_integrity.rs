//! Issue 10 item 4: damage to the stored text reads as an error, never as a different book.
//! Raw deflate has no checksum, so a flipped bit inside the data could inflate to another book
//! (an ERP price 24.00 → 26.00); the envelope's CRC-32 over the inflated data and the journal
//! mark catches it. The journals of the tabs are held to the same: their CRC-32 covers the tab.

use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::sample_catalog::{sample_catalog, E3};
use partnerdesk_core::storage::envelope::{decode, encode_stored, Folded, Lineage, StoredBook};
use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
use partnerdesk_core::storage::journal::{decode_journal, encode_journal, Entry, Journal};
use partnerdesk_core::storage::rebase::Delta;
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

/// A small stored book: two offers of the catalog, a customer and its purchase, two tabs'
/// journal entries folded in.
fn sample() -> (StoredBook, String) {
    let full = sample_catalog();
    let catalog = Catalog {
        offers: full.offers.iter().filter(|o| o.id == E3).cloned().collect(),
        prices: full
            .prices
            .iter()
            .filter(|p| p.offer_id == E3)
            .cloned()
            .collect(),
    };
    let mut book = Book::new(empty_book().settings, catalog);
    let day = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
    book.execute(generated_customer(0), day).unwrap();
    let folded = Folded {
        tabs: [("a1b2c3".to_string(), 4), ("d4e5f6".to_string(), 17)].into(),
        clock: 21,
    };
    let lineage = Lineage {
        revision: "a1b2c3:5".into(),
        parent: Some("d4e5f6:2".into()),
    };
    let text = encode_stored(&book, &lineage, &folded, true);
    let stored = StoredBook {
        book,
        lineage: Some(lineage),
        folded,
        checked: true,
    };
    (stored, text)
}

/// A tab's journal of two stored actions: new customers.
fn sample_journal() -> Journal {
    let day = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
    let entries = (0..2u64)
        .map(|n| {
            let mut book = empty_book();
            book.execute(generated_customer(n as usize), day).unwrap();
            let delta = Delta::between(&empty_book(), &book);
            Entry {
                n: n + 1,
                clock: 2 * n + 1,
                delta,
                recorded: None,
            }
        })
        .collect();
    Journal {
        tab: "a1b2c3d4".into(),
        entries,
    }
}

/// What `bytes` read as, if anything: only the same book and journal mark may come back.
fn read_as_the_same_or_error(bytes: &[u8], original: &StoredBook) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(());
    };
    match decode(text) {
        Err(_) => Ok(()),
        Ok(read) if read.book == original.book && read.folded == original.folded => Ok(()),
        Ok(read) => Err(format!("read as a different book: {:?}", read.folded)),
    }
}

#[test]
fn a_flipped_bit_anywhere_in_a_stored_book_is_an_error_never_a_different_book() {
    let (original, text) = sample();
    assert_eq!(decode(&text).unwrap(), original);
    let bytes = text.as_bytes();
    let mut errors = 0;
    for bit in 0..bytes.len() * 8 {
        let mut flipped = bytes.to_vec();
        flipped[bit / 8] ^= 1 << (bit % 8);
        if let Err(why) = read_as_the_same_or_error(&flipped, &original) {
            panic!("bit {bit} of {}: {why}", bytes.len() * 8);
        }
        let text = std::str::from_utf8(&flipped);
        if text.is_ok_and(|t| decode(t).is_err()) {
            errors += 1;
        }
    }
    // Most flips that leave valid UTF-8 land in the packed data and are caught there.
    assert!(errors > bytes.len(), "{errors} flips were refused");
}

#[test]
fn a_stored_book_whose_checksum_and_folded_names_are_damaged_is_an_error() {
    let (original, text) = sample();
    assert!(text.contains("\"checksum\":") && text.contains("\"folded\":"));
    let damaged = text
        .replace("\"checksum\":", "\"che#cksum\":")
        .replace("\"folded\":", "\"foded\":");
    let refused = decode(&damaged).unwrap_err();
    assert!(refused.to_string().contains("che#cksum"), "{refused}");
    assert_eq!(
        read_as_the_same_or_error(damaged.as_bytes(), &original),
        Ok(())
    );
}

/// Random edits of the stored text: deletions, insertions and replaced bytes.
fn mutated(base: &[u8], edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut bytes = base.to_vec();
    for &(at, kind, byte) in edits {
        let at = at % (bytes.len() + 1);
        match kind % 3 {
            0 if at < bytes.len() => {
                bytes.remove(at);
            }
            1 => bytes.insert(at, byte),
            _ if at < bytes.len() => bytes[at] = byte,
            _ => {}
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn fuzz_a_damaged_stored_book_reads_as_itself_or_an_error(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..6)
    ) {
        let (original, text) = sample();
        let bytes = mutated(text.as_bytes(), &edits);
        prop_assert_eq!(read_as_the_same_or_error(&bytes, &original), Ok(()));
    }

    /// Envelopes put together from arbitrary fields: an error, never a panic; whatever reads
    /// is a book that stores and reads back as itself.
    #[test]
    fn fuzz_arbitrary_envelopes_are_an_error_or_read_back_the_same(
        text in r#"\{("(format|version|encoding|checksum|checked|revision|parent|folded|data)":("partnerdesk"|2|3|0|true|"deflate-text15"|"json"|"00000000"|\{"tabs":\{"a":1\},"clock":1\}|\[\]|\{\}|null|"[^"]{0,8}"),?){0,9}\}"#
    ) {
        if let Ok(read) = decode(&text) {
            let lineage = Lineage { revision: "t:1".into(), parent: None };
            let again = encode_stored(&read.book, &lineage, &read.folded, read.checked);
            prop_assert_eq!(decode(&again).map(|r| r.book), Ok(read.book));
        }
    }

    /// A journal damaged anywhere, its tab and envelope included, reads as itself or an error:
    /// never as other actions, or the same actions of another tab.
    #[test]
    fn fuzz_a_damaged_journal_reads_as_itself_or_an_error(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..6)
    ) {
        let written = sample_journal();
        let bytes = mutated(encode_journal(&written).as_bytes(), &edits);
        if let Ok(read) = std::str::from_utf8(&bytes).map(decode_journal) {
            prop_assert!(read.is_err() || read == Ok(written.clone()), "{:?}", read);
        }
    }

    /// Whole characters of the packed data replaced: always valid UTF-8, so the deflate stream
    /// and the checksum are what stand in the way.
    #[test]
    fn fuzz_replaced_packed_characters_are_an_error(
        edits in proptest::collection::vec((any::<usize>(), 0x3400u32..0xb400), 1..4)
    ) {
        let (original, text) = sample();
        let start = text.find("\"data\":\"").unwrap() + 8;
        let mut chars: Vec<char> = text.chars().collect();
        let first = text[..start].chars().count();
        let packed = chars.len() - 2 - first;
        for (at, value) in edits {
            chars[first + at % packed] = char::from_u32(value).unwrap();
        }
        let damaged: String = chars.into_iter().collect();
        prop_assert_eq!(read_as_the_same_or_error(damaged.as_bytes(), &original), Ok(()));
    }
}
