//! Bytes as text that localStorage holds densely: 15 bits per character.
//!
//! Chromium counts localStorage in characters (5,242,880 for key and value, whatever the
//! characters are; measured), so a character should carry as many bits as possible. Base64
//! carries 6. Every UTF-16 code unit outside the surrogates is a character on its own, so 15
//! bits fit in one: value v is written as U+3400 + v (U+3400..=U+B3FF, below the surrogates
//! at U+D800). The first character says how many bits of the last one are padding, so the
//! byte count comes back exactly.

use std::fmt;

const BASE: u32 = 0x3400;
const BITS: u32 = 15;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnpackError {
    Empty,
    /// A character outside the packing's range: the text was not written by `pack`.
    ForeignCharacter {
        position: usize,
    },
    BadPadding,
}

impl fmt::Display for UnpackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnpackError::Empty => write!(f, "the packed data is empty"),
            UnpackError::ForeignCharacter { position } => {
                write!(f, "the packed data has a foreign character at {position}")
            }
            UnpackError::BadPadding => write!(f, "the packed data is cut short"),
        }
    }
}

fn digit(value: u32) -> char {
    char::from_u32(BASE + value).expect("U+3400..=U+B3FF are all scalar values")
}

pub fn pack(bytes: &[u8]) -> String {
    let mut packer = Packer::with_capacity(bytes.len());
    packer.push(bytes);
    packer.finish()
}

/// `pack` fed piece by piece: what a stepped encoding (`stepped_encoder`) packs as its deflate
/// stream comes out.
pub struct Packer {
    out: String,
    acc: u32,
    held: u32,
    total_bits: u64,
}

impl Packer {
    /// Room for about `bytes` bytes packed.
    pub fn with_capacity(bytes: usize) -> Packer {
        let mut out = String::with_capacity((bytes * 8 / BITS as usize + 2) * 3);
        // The padding, known at the end; every digit is three bytes of UTF-8, so it is
        // replaced in place.
        out.push(digit(0));
        Packer {
            out,
            acc: 0,
            held: 0,
            total_bits: 0,
        }
    }

    pub fn push(&mut self, bytes: &[u8]) {
        self.total_bits += bytes.len() as u64 * 8;
        for &b in bytes {
            self.acc = (self.acc << 8) | u32::from(b);
            self.held += 8;
            if self.held >= BITS {
                self.held -= BITS;
                self.out.push(digit((self.acc >> self.held) & 0x7fff));
                self.acc &= (1 << self.held) - 1;
            }
        }
    }

    pub fn finish(mut self) -> String {
        if self.held > 0 {
            self.out
                .push(digit((self.acc << (BITS - self.held)) & 0x7fff));
        }
        let digits = self.total_bits.div_ceil(u64::from(BITS));
        let padding = digits * u64::from(BITS) - self.total_bits;
        let first = digit(0).len_utf8();
        self.out
            .replace_range(..first, digit(padding as u32).encode_utf8(&mut [0; 4]));
        self.out
    }
}

pub fn unpack(text: &str) -> Result<Vec<u8>, UnpackError> {
    let mut unpacker = Unpacker::new(text)?;
    let mut out = Vec::with_capacity(unpacker.bytes());
    unpacker.unpack_some(text, usize::MAX, &mut out)?;
    Ok(out)
}

/// `unpack` a slice of characters at a time (`stepped_reader`): the text is handed in again
/// at every call, the unpacker keeps only where it stands in it.
pub struct Unpacker {
    /// The byte offset in the text of the next character, and its number.
    at: usize,
    position: usize,
    wanted: usize,
    written: usize,
    acc: u32,
    held: u32,
}

impl Unpacker {
    /// Reads the padding and the length: a text cut short is refused before anything else.
    pub fn new(text: &str) -> Result<Unpacker, UnpackError> {
        let first = text.chars().next().ok_or(UnpackError::Empty)?;
        let padding = value_of(first, 0)?;
        let digits = text.chars().count() - 1;
        let total_bits = (digits as u64 * u64::from(BITS))
            .checked_sub(u64::from(padding))
            .filter(|bits| bits % 8 == 0 && u64::from(padding) < u64::from(BITS))
            .ok_or(UnpackError::BadPadding)?;
        Ok(Unpacker {
            at: first.len_utf8(),
            position: 1,
            wanted: (total_bits / 8) as usize,
            written: 0,
            acc: 0,
            held: 0,
        })
    }

    /// The bytes the whole text unpacks to.
    pub fn bytes(&self) -> usize {
        self.wanted
    }

    /// Unpacks up to `characters` more characters of `text` (the text given to `new`) onto
    /// `out`; true once every character is.
    pub fn unpack_some(
        &mut self,
        text: &str,
        characters: usize,
        out: &mut Vec<u8>,
    ) -> Result<bool, UnpackError> {
        for c in text[self.at..].chars().take(characters) {
            self.acc = (self.acc << BITS) | value_of(c, self.position)?;
            self.held += BITS;
            while self.held >= 8 && self.written < self.wanted {
                self.held -= 8;
                out.push((self.acc >> self.held) as u8);
                self.written += 1;
            }
            self.acc &= (1 << self.held) - 1;
            self.at += c.len_utf8();
            self.position += 1;
        }
        Ok(self.at == text.len())
    }
}

fn value_of(c: char, position: usize) -> Result<u32, UnpackError> {
    (c as u32)
        .checked_sub(BASE)
        .filter(|v| *v < 1 << BITS)
        .ok_or(UnpackError::ForeignCharacter { position })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_length_round_trips_exactly() {
        for n in 0..64usize {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(unpack(&pack(&bytes)).unwrap(), bytes, "length {n}");
        }
    }

    #[test]
    fn packing_piece_by_piece_gives_the_packing_of_the_whole() {
        let bytes: Vec<u8> = (0..200usize).map(|i| (i * 53 + 3) as u8).collect();
        for split in [0, 1, 2, 15, 16, 101, 200] {
            let mut packer = Packer::with_capacity(0);
            packer.push(&bytes[..split]);
            packer.push(&bytes[split..]);
            assert_eq!(packer.finish(), pack(&bytes), "split at {split}");
        }
    }

    #[test]
    fn a_character_carries_15_bits() {
        let bytes = vec![0xffu8; 15_000];
        assert_eq!(pack(&bytes).chars().count(), 8_000 + 1);
    }

    #[test]
    fn text_not_made_by_pack_is_refused() {
        assert_eq!(unpack(""), Err(UnpackError::Empty));
        assert_eq!(
            unpack(&format!("{}{}", digit(0), "A".repeat(8))),
            Err(UnpackError::ForeignCharacter { position: 1 })
        );
        // Three digits of 15 bits hold 5 bytes and 5 bits of padding, not 4.
        let three = format!("{}{}{}{}", digit(4), digit(1), digit(2), digit(3));
        assert_eq!(unpack(&three), Err(UnpackError::BadPadding));
    }

    #[test]
    fn unpacking_a_few_characters_at_a_time_gives_the_unpacking_of_the_whole() {
        let bytes: Vec<u8> = (0..300usize).map(|i| (i * 71 + 5) as u8).collect();
        let text = pack(&bytes);
        for characters in [1, 2, 7, 160, usize::MAX] {
            let mut unpacker = Unpacker::new(&text).unwrap();
            let mut out = Vec::new();
            while !unpacker.unpack_some(&text, characters, &mut out).unwrap() {}
            assert_eq!(out, bytes, "{characters} characters at a time");
        }
    }
}
