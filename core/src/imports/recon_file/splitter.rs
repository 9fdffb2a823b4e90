//! A CSV file handed over in chunks, cut into records as the chunks arrive, each record with
//! the line it starts on. Nothing but the record being read is kept, so a file of 40 MB never
//! sits in memory whole.
//!
//! `csv_core` does the parsing (quotes, doubled quotes, separators and line breaks inside
//! quotes) and keeps its state between chunks. The separator is taken from the header line:
//! more semicolons than commas means a file saved by Excel in a Dutch or German locale.
//! A UTF-8 byte-order mark in front is dropped.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// One record: its fields as bytes.
pub struct Record<'a> {
    data: &'a [u8],
    ends: &'a [usize],
}

impl<'a> Record<'a> {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn field(&self, index: usize) -> &'a [u8] {
        let start = if index == 0 { 0 } else { self.ends[index - 1] };
        &self.data[start..self.ends[index]]
    }

    /// A row of empty cells, as spreadsheets write below the data.
    pub fn is_blank(&self) -> bool {
        (0..self.len()).all(|i| self.field(i).iter().all(u8::is_ascii_whitespace))
    }
}

/// Cuts the chunks of a file into records; `on_record` gets each with its starting line.
pub struct Splitter {
    /// Made once the header line is complete and the separator known.
    reader: Option<Reader>,
    /// The start of the file, kept until its first line is complete.
    head: Vec<u8>,
    semicolons: bool,
    /// The line the next byte is on.
    line: usize,
    /// The line the record being read started on; None between records.
    record_line: Option<usize>,
    /// A carriage return ended the last chunk: a line break unless a line feed follows.
    pending_cr: bool,
    out: Vec<u8>,
    out_len: usize,
    ends: Vec<usize>,
    ends_len: usize,
}

impl Default for Splitter {
    fn default() -> Splitter {
        Splitter {
            reader: None,
            head: Vec::new(),
            semicolons: false,
            line: 1,
            record_line: None,
            pending_cr: false,
            out: vec![0; 4096],
            out_len: 0,
            ends: vec![0; 64],
            ends_len: 0,
        }
    }
}

impl Splitter {
    /// True when the header line is separated by semicolons (an Excel nl/de file).
    pub fn semicolons(&self) -> bool {
        self.semicolons
    }

    /// Reads the records that `chunk` completes.
    pub fn feed(&mut self, chunk: &[u8], on_record: &mut dyn FnMut(usize, &Record<'_>)) {
        if self.reader.is_none() {
            self.head.extend_from_slice(chunk);
            if !self.head.contains(&b'\n') && !self.head.contains(&b'\r') {
                return;
            }
            let head = std::mem::take(&mut self.head);
            self.start(&head);
            self.consume(&head, on_record);
        } else {
            self.consume(chunk, on_record);
        }
    }

    /// Reads what is left once the whole file has been fed: the last record, if the file does
    /// not end with a line break.
    pub fn finish(&mut self, on_record: &mut dyn FnMut(usize, &Record<'_>)) {
        if self.reader.is_none() {
            let head = std::mem::take(&mut self.head);
            self.start(&head);
            self.consume(&head, on_record);
        }
        self.consume(&[], on_record);
    }

    /// Picks the separator from the header line and makes the reader.
    fn start(&mut self, head: &[u8]) {
        let head = head.strip_prefix(UTF8_BOM).unwrap_or(head);
        let first_line = head
            .split(|b| *b == b'\n' || *b == b'\r')
            .next()
            .unwrap_or_default();
        let count = |c: u8| first_line.iter().filter(|b| **b == c).count();
        self.semicolons = count(b';') > count(b',');
        self.reader = Some(
            ReaderBuilder::new()
                .delimiter(if self.semicolons { b';' } else { b',' })
                .build(),
        );
    }

    /// Feeds `input` to the reader (an empty input ends the file), record by record.
    fn consume(&mut self, mut input: &[u8], on_record: &mut dyn FnMut(usize, &Record<'_>)) {
        let at_end = input.is_empty();
        if self.line == 1 && self.record_line.is_none() {
            input = input.strip_prefix(UTF8_BOM).unwrap_or(input);
        }
        loop {
            if self.record_line.is_none() {
                input = self.skip_line_breaks(input);
                if input.is_empty() && !at_end {
                    return;
                }
                self.record_line = Some(self.line);
            }
            let reader = self.reader.as_mut().expect("the reader is made first");
            let (result, read, written, ended) = reader.read_record(
                input,
                &mut self.out[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            self.count_lines(&input[..read]);
            input = &input[read..];
            // The reader counts field ends from the record's start, across calls.
            self.out_len += written;
            self.ends_len += ended;
            match result {
                ReadRecordResult::InputEmpty => return,
                ReadRecordResult::OutputFull => self.out.resize(self.out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => self.emit(on_record),
                ReadRecordResult::End => {
                    self.record_line = None;
                    return;
                }
            }
        }
    }

    fn emit(&mut self, on_record: &mut dyn FnMut(usize, &Record<'_>)) {
        let record = Record {
            data: &self.out[..self.out_len],
            ends: &self.ends[..self.ends_len],
        };
        on_record(self.record_line.take().unwrap_or(self.line), &record);
        self.out_len = 0;
        self.ends_len = 0;
    }

    /// Steps over the line breaks between records, counting them.
    fn skip_line_breaks<'a>(&mut self, input: &'a [u8]) -> &'a [u8] {
        // A carriage return that ended the last chunk ended a line if no line feed follows.
        if self.pending_cr && input.first().is_some_and(|b| *b != b'\n') {
            self.pending_cr = false;
            self.line += 1;
        }
        let breaks = input
            .iter()
            .take_while(|b| **b == b'\n' || **b == b'\r')
            .count();
        self.count_lines(&input[..breaks]);
        &input[breaks..]
    }

    /// Counts the line breaks in `bytes`: CRLF, LF and a lone CR each end a line. This runs
    /// over every byte of the file, so the breaks are found with `memchr`'s vector search.
    fn count_lines(&mut self, bytes: &[u8]) {
        let Some(first) = bytes.first() else {
            return;
        };
        if self.pending_cr && *first != b'\n' {
            self.line += 1;
        }
        self.pending_cr = false;
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            match (bytes[at], bytes.get(at + 1)) {
                (b'\n', _) => self.line += 1,
                // A return at the very end waits for the next byte to know what it ends.
                (_, None) => self.pending_cr = true,
                (_, Some(b'\n')) => {}
                _ => self.line += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The records of `text` fed in chunks of `size` bytes: (line, fields).
    fn split(text: &str, size: usize) -> (Vec<(usize, Vec<String>)>, bool) {
        let mut splitter = Splitter::default();
        let mut records = Vec::new();
        let mut keep = |line: usize, r: &Record<'_>| {
            let fields = (0..r.len())
                .map(|i| String::from_utf8_lossy(r.field(i)).into_owned())
                .collect();
            records.push((line, fields));
        };
        for chunk in text.as_bytes().chunks(size) {
            splitter.feed(chunk, &mut keep);
        }
        splitter.finish(&mut keep);
        (records, splitter.semicolons())
    }

    #[test]
    fn records_and_their_lines_are_the_same_whatever_the_chunk_size() {
        let text = "a,b\r\n\"x\r\ny\",1\r\n\r\n\"q\"\"uote\",2\rz,3\nlast,4";
        let expected = vec![
            (1, vec!["a".to_string(), "b".to_string()]),
            (2, vec!["x\r\ny".to_string(), "1".to_string()]),
            (5, vec!["q\"uote".to_string(), "2".to_string()]),
            (6, vec!["z".to_string(), "3".to_string()]),
            (7, vec!["last".to_string(), "4".to_string()]),
        ];
        for size in [1, 2, 3, 5, 7, 1000] {
            assert_eq!(split(text, size).0, expected, "chunks of {size}");
        }
    }

    #[test]
    fn a_byte_order_mark_and_semicolons_are_recognised() {
        let (records, semicolons) = split("\u{feff}a;b\r\n\"1;5\";2,5\r\n", 2);
        assert!(semicolons);
        assert_eq!(records[0].1, vec!["a", "b"]);
        assert_eq!(records[1], (2, vec!["1;5".to_string(), "2,5".to_string()]));
    }

    #[test]
    fn a_file_of_one_line_without_a_break_is_its_header() {
        let (records, _) = split("a,b", 10);
        assert_eq!(records, vec![(1, vec!["a".to_string(), "b".to_string()])]);
    }
}
