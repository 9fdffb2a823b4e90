//! Figures kept beside the book: what a view derived from it, stored under a key of its own with
//! a fingerprint of everything it was derived from, so that a start can show them at once,
//! before the book is read and derived again (issue 13's cold load). They are a cache: shown
//! only when the fingerprint worked out at the start equals the kept one exactly; a moved
//! today, another tab's write, other settings, another program, a damaged or older record, and
//! the record reads as nothing, never as an error and never as figures of another book.
//!
//! The stored text: `partnerdesk-kept-2:` + the CRC-32 of the record's text in hex + `:` + that
//! text deflated and packed as the book is (`compact_codec`). The record's text is the
//! fingerprint then the figures in the kept form (`base::kept_form`), not JSON: reading it
//! brings no serde reader of the figures' types into the first download.

use crate::base::kept_form::{kept_fields, FieldReader, FieldWriter, KeptForm};
use crate::storage::compact_codec::{compress, decompress};
use crate::storage::crc32::Crc32;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The record's form: a record of another form (`partnerdesk-kept-1:` held JSON) reads as
/// nothing.
const PREFIX: &str = "partnerdesk-kept-2:";

/// A stored text, told apart from any other by its length and CRC-32: working it out reads the
/// text once (the 1.2-million-character book of 10,000 customers in a few milliseconds), which
/// the start does anyway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextMark {
    pub bytes: usize,
    pub crc: u32,
}

impl TextMark {
    pub fn of(text: &str) -> TextMark {
        TextMark {
            bytes: text.len(),
            crc: Crc32::new().update(text.as_bytes()).value(),
        }
    }
}

/// Everything the figures were derived from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    /// The program that derived them: another version may derive otherwise.
    pub program: String,
    /// The day they are as of.
    pub today: NaiveDate,
    /// The stored book's text.
    pub book: TextMark,
    /// Every journal's text, by its key.
    pub journals: BTreeMap<String, TextMark>,
    /// The settings' text (the profile, the currency, the partner's name); none when unset.
    pub settings: Option<TextMark>,
}

kept_fields! {
    TextMark { bytes, crc }
    Fingerprint { program, today, book, journals, settings }
}

/// The text that keeps `figures` with their `fingerprint`.
pub fn encode_kept<T: KeptForm>(fingerprint: &Fingerprint, figures: &T) -> String {
    let mut record = FieldWriter::default();
    record.put(fingerprint).put(figures);
    let record = record.into_text();
    let crc = Crc32::new().update(record.as_bytes()).value();
    format!("{PREFIX}{crc:08x}:{}", compress(record.as_bytes()))
}

/// The figures kept in `text` when they were derived from exactly what `now` describes;
/// anything else (another fingerprint, a damaged text, another form) is none.
pub fn decode_kept<T: KeptForm>(text: &str, now: &Fingerprint) -> Option<T> {
    let rest = text.strip_prefix(PREFIX)?;
    let (crc, data) = rest.split_once(':')?;
    let crc = u32::from_str_radix(crc, 16).ok()?;
    let bytes = decompress(data).ok()?;
    if Crc32::new().update(&bytes).value() != crc {
        return None;
    }
    let record = String::from_utf8(bytes).ok()?;
    let mut fields = FieldReader::new(&record);
    if fields.get::<Fingerprint>()? != *now {
        return None;
    }
    let figures = fields.get()?;
    fields.is_done().then_some(figures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct Figures {
        customers: usize,
        first_rows: Vec<String>,
    }

    impl KeptForm for Figures {
        fn write(&self, to: &mut FieldWriter) {
            to.put(&self.customers).put(&self.first_rows);
        }

        fn read(from: &mut FieldReader) -> Option<Figures> {
            Some(Figures {
                customers: from.get()?,
                first_rows: from.get()?,
            })
        }
    }

    fn fingerprint() -> Fingerprint {
        let journals = [
            ("partnerdesk.journal.a", "[1]"),
            ("partnerdesk.journal.b", "[2]"),
        ]
        .into_iter()
        .map(|(key, text)| (key.to_string(), TextMark::of(text)))
        .collect();
        Fingerprint {
            program: "1.0.0".to_string(),
            today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
            book: TextMark::of("{\"format\":\"partnerdesk\"}"),
            journals,
            settings: Some(TextMark::of("{\"currency\":\"EUR\"}")),
        }
    }

    fn figures() -> Figures {
        Figures {
            customers: 10_000,
            first_rows: vec!["Contoso".to_string(), "Fabrikam".to_string()],
        }
    }

    #[test]
    fn kept_figures_read_back_under_the_same_fingerprint() {
        let text = encode_kept(&fingerprint(), &figures());
        assert!(text.starts_with(PREFIX));
        assert_eq!(
            decode_kept::<Figures>(&text, &fingerprint()),
            Some(figures())
        );
    }

    #[test]
    fn kept_figures_of_anything_else_read_as_nothing() {
        let text = encode_kept(&fingerprint(), &figures());
        let mut changes: Vec<Fingerprint> = Vec::new();
        let mut next_day = fingerprint();
        next_day.today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        changes.push(next_day);
        let mut another_book = fingerprint();
        another_book.book = TextMark::of("{\"format\":\"partnerdesk\" }");
        changes.push(another_book);
        let mut another_journal = fingerprint();
        another_journal
            .journals
            .insert("partnerdesk.journal.b".to_string(), TextMark::of("[3]"));
        changes.push(another_journal);
        let mut a_new_tab = fingerprint();
        let new_tab = ("partnerdesk.journal.c".to_string(), TextMark::of("[4]"));
        a_new_tab.journals.extend([new_tab]);
        changes.push(a_new_tab);
        let mut other_settings = fingerprint();
        other_settings.settings = Some(TextMark::of("{\"currency\":\"USD\"}"));
        changes.push(other_settings);
        let mut another_program = fingerprint();
        another_program.program = "1.0.1".to_string();
        changes.push(another_program);
        for now in changes {
            assert_eq!(decode_kept::<Figures>(&text, &now), None, "{now:?}");
        }
    }

    #[test]
    fn a_damaged_or_foreign_record_reads_as_nothing() {
        let text = encode_kept(&fingerprint(), &figures());
        let now = fingerprint();
        let cut = &text[..text.len() - 3];
        let mut flipped: Vec<char> = text.chars().collect();
        let last = flipped.len() - 2;
        flipped[last] = if flipped[last] == 'A' { 'B' } else { 'A' };
        let flipped: String = flipped.into_iter().collect();
        let older = text.replacen("kept-2", "kept-1", 1);
        let wrong_crc = format!("{PREFIX}00000000:{}", text.split(':').nth(2).unwrap());
        for damaged in ["", "{}", cut, &flipped, &older, &wrong_crc] {
            assert_eq!(decode_kept::<Figures>(damaged, &now), None, "{damaged:?}");
        }
        // Figures of another shape read as nothing too.
        assert_eq!(decode_kept::<Vec<u32>>(&text, &now), None);
    }

    #[test]
    fn a_text_mark_tells_texts_of_one_length_apart() {
        assert_eq!(TextMark::of("abc"), TextMark::of("abc"));
        assert_ne!(TextMark::of("abc"), TextMark::of("abd"));
        assert_eq!(TextMark::of("abc").bytes, 3);
    }
}
