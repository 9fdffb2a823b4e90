//! The stepped encoding: whatever the slices, the text `encode_stored` writes.

use super::*;
use crate::model::nce::sample_catalog::nce_sample_catalog;
use crate::storage::envelope::{decode, encode_stored};
use crate::storage::generated_book::{empty_book, generated_book};

fn lineage() -> Lineage {
    Lineage {
        revision: "tab:2".into(),
        parent: Some("tab:1".into()),
    }
}

fn folded() -> Folded {
    Folded {
        tabs: [("a".into(), 3), ("b".into(), 1)].into(),
        clock: 4,
    }
}

fn stepped(book: &Arc<Book>, slice_bytes: usize) -> (String, usize) {
    let mut encoder = SteppedEncoder::new(book.clone(), lineage(), folded(), true);
    let mut steps = 1;
    while !encoder.step(slice_bytes) {
        steps += 1;
    }
    (encoder.finish(), steps)
}

#[test]
fn a_stepped_encoding_is_byte_for_byte_the_one_step_encoding() {
    let book = Arc::new(generated_book(60, 1, 7));
    let whole = encode_stored(&book, &lineage(), &folded(), true);
    for slice_bytes in [1, 1_000, 64 * 1024, usize::MAX] {
        let (text, steps) = stepped(&book, slice_bytes);
        assert!(text == whole, "slices of {slice_bytes} bytes");
        if slice_bytes == 1 {
            assert_eq!(
                steps,
                1 + book.events.len(),
                "the head, then an event a step"
            );
        }
    }
    let read = decode(&whole).unwrap();
    assert_eq!(
        (read.book, read.folded, read.checked),
        ((*book).clone(), folded(), true)
    );
}

#[test]
fn an_empty_book_and_one_with_its_own_nce_catalog_encode_alike_too() {
    let mut with_catalog = empty_book();
    with_catalog.nce_catalog = Some(nce_sample_catalog());
    for book in [empty_book(), with_catalog] {
        let whole = encode_stored(&book, &lineage(), &folded(), true);
        assert!(stepped(&Arc::new(book), 10).0 == whole);
    }
}

#[test]
fn finishing_early_does_the_remaining_steps() {
    let book = Arc::new(generated_book(20, 1, 3));
    let mut encoder = SteppedEncoder::new(book.clone(), lineage(), folded(), true);
    assert!(!encoder.step(100));
    assert!(encoder.finish() == encode_stored(&book, &lineage(), &folded(), true));
    let untouched = SteppedEncoder::new(book.clone(), lineage(), folded(), true);
    assert!(untouched.finish() == encode_stored(&book, &lineage(), &folded(), true));
}

#[test]
fn data_sealed_once_encoded_is_the_text_of_what_it_was_sealed_as() {
    let book = Arc::new(generated_book(20, 1, 5));
    let mut encoder = SteppedEncoder::new(book.clone(), lineage(), Folded::default(), true);
    let all = book.events.len();
    // The head (settings and catalog) is a step of its own, then an event a step.
    assert!(!encoder.step(1));
    assert_eq!(encoder.progress(), (0, all));
    assert!(!encoder.step(1));
    assert_eq!(encoder.progress(), (1, all));
    while !encoder.step(100) {}
    assert_eq!(encoder.progress(), (all, all));
    let later = Lineage {
        revision: "tab:9".into(),
        parent: None,
    };
    let data = encoder.finish_data();
    assert!(data.seal(&later, &folded()) == encode_stored(&book, &later, &folded(), true));
}
