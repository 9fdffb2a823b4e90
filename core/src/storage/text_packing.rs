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
    let total_bits = bytes.len() as u64 * 8;
    let digits = total_bits.div_ceil(u64::from(BITS));
    let padding = digits * u64::from(BITS) - total_bits;
    let mut out = String::with_capacity((digits as usize + 1) * 3);
    out.push(digit(padding as u32));
    let mut acc: u32 = 0;
    let mut held: u32 = 0;
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        held += 8;
        if held >= BITS {
            held -= BITS;
            out.push(digit((acc >> held) & 0x7fff));
            acc &= (1 << held) - 1;
        }
    }
    if held > 0 {
        out.push(digit((acc << (BITS - held)) & 0x7fff));
    }
    out
}

pub fn unpack(text: &str) -> Result<Vec<u8>, UnpackError> {
    let mut chars = text.chars();
    let padding = value_of(chars.next().ok_or(UnpackError::Empty)?, 0)?;
    let digits = text.chars().count() - 1;
    let total_bits = (digits as u64 * u64::from(BITS))
        .checked_sub(u64::from(padding))
        .filter(|bits| bits % 8 == 0 && u64::from(padding) < u64::from(BITS))
        .ok_or(UnpackError::BadPadding)?;
    let wanted = (total_bits / 8) as usize;
    let mut out = Vec::with_capacity(wanted);
    let mut acc: u32 = 0;
    let mut held: u32 = 0;
    for (i, c) in chars.enumerate() {
        acc = (acc << BITS) | value_of(c, i + 1)?;
        held += BITS;
        while held >= 8 && out.len() < wanted {
            held -= 8;
            out.push((acc >> held) as u8);
        }
        acc &= (1 << held) - 1;
    }
    Ok(out)
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
}
