//! The compact encoding of a stored book: its JSON, deflated (raw DEFLATE, RFC 1951), then
//! packed 15 bits per character (`text_packing`).
//!
//! The generated 10,000-customer book is 22 MB of JSON; deflated and packed it is about a
//! quarter of Chromium's 5,242,880-character quota (figures: `examples/bench_storage.rs`).

use crate::storage::text_packing::{pack, unpack, UnpackError};
use miniz_oxide::inflate::core::inflate_flags::{
    TINFL_FLAG_HAS_MORE_INPUT, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
};
use miniz_oxide::inflate::core::{decompress as decompress_slice, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;
use std::fmt;

/// Every action stores the whole book again, so speed beats the last few percent of size:
/// level 1 deflates about seven times faster than level 6 for about 40% more characters.
pub(crate) const LEVEL: u8 = 1;

/// Far above any book that fits the quota (a full quota inflates to about 100 MB), and low
/// enough that a crafted file cannot exhaust a tab's memory.
const MAX_INFLATED_BYTES: usize = 256 << 20;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    Unpack(UnpackError),
    Inflate(String),
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodecError::Unpack(e) => e.fmt(f),
            CodecError::Inflate(why) => write!(f, "the compressed data is damaged ({why})"),
        }
    }
}

pub fn compress(bytes: &[u8]) -> String {
    pack(&miniz_oxide::deflate::compress_to_vec(bytes, LEVEL))
}

/// A book's JSON is about ten times its deflate stream at `LEVEL`: starting there spares
/// the output buffer's doubling from twice the input (four zero-fills and copies, up to a
/// 37 MB buffer for 22 MB of JSON).
const EXPECTED_RATIO: usize = 12;

pub fn decompress(text: &str) -> Result<Vec<u8>, CodecError> {
    let deflated = unpack(text).map_err(CodecError::Unpack)?;
    let mut inflater = Inflater::with_room_for(deflated.len());
    inflater.push(&deflated, true)?;
    Ok(inflater.finish())
}

/// A deflate stream inflated as it comes, piece by piece (`stepped_reader`) or whole
/// (`decompress`): one way, so that both read a stream alike.
pub(crate) struct Inflater {
    state: Box<DecompressorOxide>,
    out: Vec<u8>,
    written: usize,
    done: bool,
}

impl Inflater {
    /// For a stream of `deflated` bytes.
    pub(crate) fn with_room_for(deflated: usize) -> Inflater {
        let first = deflated.saturating_mul(EXPECTED_RATIO);
        Inflater {
            state: Box::default(),
            out: vec![0; first.clamp(64, MAX_INFLATED_BYTES)],
            written: 0,
            done: false,
        }
    }

    /// Inflates the next piece of the stream, `last` or not. What follows the stream's end
    /// is ignored.
    pub(crate) fn push(&mut self, mut input: &[u8], last: bool) -> Result<(), CodecError> {
        let more = if last { 0 } else { TINFL_FLAG_HAS_MORE_INPUT };
        while !self.done {
            let (status, read, wrote) = decompress_slice(
                &mut self.state,
                input,
                &mut self.out,
                self.written,
                TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF | more,
            );
            self.written += wrote;
            input = &input[read.min(input.len())..];
            match status {
                TINFLStatus::Done => self.done = true,
                TINFLStatus::NeedsMoreInput if !last && input.is_empty() => return Ok(()),
                TINFLStatus::HasMoreOutput if self.out.len() < MAX_INFLATED_BYTES => {
                    let grown = self.out.len().saturating_mul(2).min(MAX_INFLATED_BYTES);
                    self.out.resize(grown, 0);
                }
                status => return Err(CodecError::Inflate(format!("{status:?}"))),
            }
        }
        Ok(())
    }

    /// What the stream inflated to so far.
    pub(crate) fn inflated(&self) -> &[u8] {
        &self.out[..self.written]
    }

    /// Whether the stream's end was read.
    pub(crate) fn is_done(&self) -> bool {
        self.done
    }

    /// What the stream inflated to.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        self.out.truncate(self.written);
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trips_through_the_compact_text() {
        let json = br#"{"events":[1,2,3],"name":"PartnerDesk PartnerDesk PartnerDesk"}"#;
        assert_eq!(decompress(&compress(json)).unwrap(), json.to_vec());
    }

    /// Far more than the first guess of the output's size: the buffer grows.
    #[test]
    fn json_that_deflates_far_better_than_a_book_round_trips_too() {
        let json = vec![b'7'; 1 << 20];
        assert_eq!(decompress(&compress(&json)).unwrap(), json);
    }

    #[test]
    fn damaged_text_is_an_error() {
        let text = compress(b"some book, another book, a third book, and the end");
        // Eight characters are 120 bits, whole bytes: the cut leaves valid packing.
        let cut: String = text.chars().take(text.chars().count() - 8).collect();
        assert!(matches!(decompress(&cut), Err(CodecError::Inflate(_))));
    }
}
