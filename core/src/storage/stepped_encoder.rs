//! The book's stored form (`envelope::encode_stored`) written a slice at a time, so that the
//! fold of the journals into a 22 MB book never holds the page for one long task: the events'
//! JSON, its CRC-32, the deflate stream and its packing all go forward together, a slice per
//! step, and the caller hands the event loop back between steps. Nothing is written until the
//! text is whole; it is byte for byte what `encode_stored` gives.

use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::nce::offer::NceCatalog;
use crate::model::settings::PartnerSettings;
use crate::storage::compact_codec::LEVEL;
use crate::storage::crc32::Crc32;
use crate::storage::envelope::{compact_envelope, sealed_checksum, Folded, Lineage};
use crate::storage::text_packing::Packer;
use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use serde::Serialize;
use std::sync::Arc;

/// The book's fields before its events, named and skipped as `Book` does, with no events: its
/// JSON is the book's up to the events' opening bracket, then `]}`.
#[derive(Serialize)]
struct BookHead<'a> {
    settings: &'a PartnerSettings,
    catalog: &'a Catalog,
    #[serde(skip_serializing_if = "Option::is_none")]
    nce_catalog: &'a Option<NceCatalog>,
    events: [(); 0],
}

const EMPTY_EVENTS_END: &[u8] = b"]}";

pub struct SteppedEncoder {
    book: Arc<Book>,
    lineage: Lineage,
    folded: Folded,
    checked: bool,
    /// The events whose JSON went out; None until the head did.
    next_event: Option<usize>,
    crc: Crc32,
    deflater: Box<CompressorOxide>,
    packer: Packer,
    /// The slice of JSON being written, kept to reuse its memory.
    slice: Vec<u8>,
}

impl SteppedEncoder {
    /// Nothing is encoded yet: `step` does the work.
    pub fn new(book: Arc<Book>, lineage: Lineage, folded: Folded, checked: bool) -> Self {
        let flags = create_comp_flags_from_zip_params(LEVEL.into(), 0, 0);
        SteppedEncoder {
            // About a tenth of the JSON, deflated and packed.
            packer: Packer::with_capacity(book.events.len() * 40),
            book,
            lineage,
            folded,
            checked,
            next_event: None,
            crc: Crc32::new(),
            deflater: Box::new(CompressorOxide::new(flags)),
            slice: Vec::new(),
        }
    }

    /// Encodes the next slice of about `bytes` bytes of the book's JSON; true once every event
    /// is in (then `finish` is a short step).
    pub fn step(&mut self, bytes: usize) -> bool {
        self.slice.clear();
        let events = &self.book.events;
        let mut next = match self.next_event {
            Some(next) => next,
            None => {
                let head = BookHead {
                    settings: &self.book.settings,
                    catalog: &self.book.catalog,
                    nce_catalog: &self.book.nce_catalog,
                    events: [],
                };
                serde_json::to_writer(&mut self.slice, &head).expect("a book always serializes");
                self.slice
                    .truncate(self.slice.len() - EMPTY_EVENTS_END.len());
                0
            }
        };
        while next < events.len() && self.slice.len() < bytes {
            if next > 0 {
                self.slice.push(b',');
            }
            serde_json::to_writer(&mut self.slice, &events[next])
                .expect("an event always serializes");
            next += 1;
        }
        let done = next == events.len();
        if done {
            self.slice.extend_from_slice(EMPTY_EVENTS_END);
        }
        self.next_event = Some(next);
        let slice = std::mem::take(&mut self.slice);
        self.feed(&slice, TDEFLFlush::None);
        self.slice = slice;
        done
    }

    /// Events encoded so far, and events in all: for a progress bar.
    pub fn progress(&self) -> (usize, usize) {
        (self.next_event.unwrap_or(0), self.book.events.len())
    }

    fn feed(&mut self, json: &[u8], flush: TDEFLFlush) {
        self.crc = self.crc.update(json);
        let packer = &mut self.packer;
        let (status, consumed) = compress_to_output(&mut self.deflater, json, flush, |out| {
            packer.push(out);
            true
        });
        let expected = match flush {
            TDEFLFlush::Finish => TDEFLStatus::Done,
            _ => TDEFLStatus::Okay,
        };
        assert!(
            status == expected && consumed == json.len(),
            "deflating into memory takes all its input"
        );
    }

    /// The stored text: the rest of the steps, if any, then the deflate stream's end, the
    /// checksum and the envelope.
    pub fn finish(self) -> String {
        let (lineage, folded) = (self.lineage.clone(), self.folded.clone());
        self.finish_data().seal(&lineage, &folded)
    }

    /// The data without its envelope: the rest of the steps, if any, then the deflate
    /// stream's end. The envelope (`EncodedBook::seal`) is a short step of its own.
    pub fn finish_data(mut self) -> EncodedBook {
        while self
            .next_event
            .is_none_or(|next| next < self.book.events.len())
        {
            self.step(usize::MAX);
        }
        self.feed(&[], TDEFLFlush::Finish);
        EncodedBook {
            crc: self.crc,
            packed: self.packer.finish(),
            checked: self.checked,
        }
    }
}

/// A book's data encoded whole, waiting for its envelope.
pub struct EncodedBook {
    crc: Crc32,
    packed: String,
    checked: bool,
}

impl EncodedBook {
    /// The stored text, with what the envelope says of it: the revision, and the journal
    /// entries the book holds (a restore knows them only when it writes: it supersedes every
    /// entry stored until then).
    pub fn seal(&self, lineage: &Lineage, folded: &Folded) -> String {
        let checksum = sealed_checksum(self.crc, folded);
        compact_envelope(lineage, folded, self.checked, checksum, &self.packed)
    }
}

#[cfg(test)]
mod tests;
