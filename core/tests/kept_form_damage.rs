//! Issue 13: a damaged text of the dashboard's kept figures (`storage::kept_figures`) reads as
//! nothing, never as an error, a panic or other figures: cut anywhere, a character flipped
//! anywhere, a record of the JSON era, a record of another type.

mod kept_support;

use kept_support::*;
use partnerdesk_core::base::kept_form::FieldWriter;
use partnerdesk_core::reports::board::Board;
use partnerdesk_core::reports::cockpit::Cockpit;
use partnerdesk_core::storage::compact_codec::compress;
use partnerdesk_core::storage::crc32::Crc32;
use partnerdesk_core::storage::kept_figures::{decode_kept, encode_kept};
use proptest::prelude::*;

/// The stored record of the full new commerce board and the text inside it (before its CRC
/// and packing).
fn kept_record() -> (String, String) {
    let mut writer = FieldWriter::default();
    writer.put(&fingerprint()).put(&full_nce_board());
    (
        encode_kept(&fingerprint(), &full_nce_board()),
        writer.into_text(),
    )
}

/// `record` stored with a right CRC, as a record whose text was cut before it was kept.
fn stored_as_is(record: &str) -> String {
    let crc = Crc32::new().update(record.as_bytes()).value();
    format!(
        "partnerdesk-kept-2:{crc:08x}:{}",
        compress(record.as_bytes())
    )
}

#[test]
fn issue13_a_record_cut_anywhere_reads_as_nothing() {
    let (stored, record) = kept_record();
    assert_eq!(stored, stored_as_is(&record), "the record's stored form");
    let now = fingerprint();
    for at in (0..stored.len()).filter(|at| stored.is_char_boundary(*at)) {
        assert_eq!(
            decode_kept::<Board>(&stored[..at], &now),
            None,
            "stored cut at {at}"
        );
    }
    for at in (0..record.len()).filter(|at| record.is_char_boundary(*at)) {
        let cut = stored_as_is(&record[..at]);
        assert_eq!(decode_kept::<Board>(&cut, &now), None, "record cut at {at}");
    }
    let longer = stored_as_is(&format!("{record}0;"));
    assert_eq!(
        decode_kept::<Board>(&longer, &now),
        None,
        "a field past the end"
    );
}

#[test]
fn issue13_a_flipped_character_anywhere_reads_as_nothing() {
    let (stored, _) = kept_record();
    let now = fingerprint();
    let chars: Vec<char> = stored.chars().collect();
    for at in 0..chars.len() {
        let mut flipped = chars.clone();
        // Not its other case: the CRC's hex reads either.
        flipped[at] = if chars[at].eq_ignore_ascii_case(&'A') {
            'B'
        } else {
            'A'
        };
        let flipped: String = flipped.into_iter().collect();
        assert_eq!(
            decode_kept::<Board>(&flipped, &now),
            None,
            "flipped at {at}"
        );
    }
}

#[test]
fn issue13_an_older_json_record_or_another_type_reads_as_nothing() {
    let (stored, _) = kept_record();
    let json_era = stored.replacen("kept-2", "kept-1", 1);
    assert_eq!(decode_kept::<Board>(&json_era, &fingerprint()), None);
    assert_eq!(decode_kept::<Cockpit>(&stored, &fingerprint()), None);
}

proptest! {
    /// A record changed anywhere yet stored with a right CRC (as a writer's bug would) is
    /// read without a panic: as nothing, or as figures of the same shape.
    #[test]
    fn issue13_a_changed_record_reads_without_panicking(
        at in any::<prop::sample::Index>(),
        to in any::<char>(),
    ) {
        let (_, record) = kept_record();
        let mut chars: Vec<char> = record.chars().collect();
        let at = at.index(chars.len());
        chars[at] = to;
        let changed: String = chars.into_iter().collect();
        let read = decode_kept::<Board>(&stored_as_is(&changed), &fingerprint());
        let same_kind = |b: &Board| matches!(b, Board::NewCommerce(_));
        prop_assert!(read.as_ref().is_none_or(same_kind));
    }
}
