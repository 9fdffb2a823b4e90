//! The compact encoding of a stored book: its JSON, deflated (raw DEFLATE, RFC 1951), then
//! packed 15 bits per character (`text_packing`).
//!
//! The generated 10,000-customer book is 22 MB of JSON; deflated and packed it is about a
//! quarter of Chromium's 5,242,880-character quota (figures: `examples/bench_storage.rs`).

use crate::storage::text_packing::{pack, unpack, UnpackError};
use miniz_oxide::inflate::core::inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
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
    let first = deflated.len().saturating_mul(EXPECTED_RATIO);
    let mut out = vec![0; first.clamp(64, MAX_INFLATED_BYTES)];
    let mut state = Box::<DecompressorOxide>::default();
    let (mut input, mut written) = (&deflated[..], 0);
    loop {
        let (status, read, wrote) = decompress_slice(
            &mut state,
            input,
            &mut out,
            written,
            TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
        );
        written += wrote;
        match status {
            TINFLStatus::Done => {
                out.truncate(written);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() < MAX_INFLATED_BYTES => {
                input = &input[read.min(input.len())..];
                out.resize(out.len().saturating_mul(2).min(MAX_INFLATED_BYTES), 0);
            }
            status => return Err(CodecError::Inflate(format!("{status:?}"))),
        }
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
