//! CRC-32 (IEEE 802.3, the checksum of zip and PNG) over the stored data, so that damage the
//! deflate stream does not notice (a flipped bit that still inflates) is caught on load.
//! Written out here: twenty lines, where a crate would add a dependency for one function.

const POLYNOMIAL: u32 = 0xEDB8_8320;

/// Slicing by 8: `TABLES[k][b]` is the CRC of byte `b` followed by `k` zero bytes, so eight
/// bytes are folded in with eight look-ups and no dependency between them. A 22 MB book is
/// checksummed on every load and every fold; a byte at a time took about 40 ms of each.
const TABLES: [[u32; 256]; 8] = {
    let mut tables = [[0u32; 256]; 8];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut bit = 0;
        while bit < 8 {
            c = if c & 1 == 1 {
                POLYNOMIAL ^ (c >> 1)
            } else {
                c >> 1
            };
            bit += 1;
        }
        tables[0][n] = c;
        n += 1;
    }
    let mut k = 1;
    while k < 8 {
        let mut n = 0;
        while n < 256 {
            let previous = tables[k - 1][n];
            tables[k][n] = tables[0][(previous & 0xff) as usize] ^ (previous >> 8);
            n += 1;
        }
        k += 1;
    }
    tables
};

/// A CRC-32 fed piece by piece.
#[derive(Clone, Copy, Debug)]
pub struct Crc32(u32);

impl Crc32 {
    pub fn new() -> Crc32 {
        Crc32(!0)
    }

    pub fn update(mut self, bytes: &[u8]) -> Crc32 {
        let mut eights = bytes.chunks_exact(8);
        for eight in &mut eights {
            let low = self.0 ^ u32::from_le_bytes([eight[0], eight[1], eight[2], eight[3]]);
            let t = &TABLES;
            self.0 = t[7][(low & 0xff) as usize]
                ^ t[6][((low >> 8) & 0xff) as usize]
                ^ t[5][((low >> 16) & 0xff) as usize]
                ^ t[4][(low >> 24) as usize]
                ^ t[3][eight[4] as usize]
                ^ t[2][eight[5] as usize]
                ^ t[1][eight[6] as usize]
                ^ t[0][eight[7] as usize];
        }
        for &b in eights.remainder() {
            self.0 = TABLES[0][((self.0 ^ u32::from(b)) & 0xff) as usize] ^ (self.0 >> 8);
        }
        self
    }

    pub fn value(self) -> u32 {
        !self.0
    }
}

impl Default for Crc32 {
    fn default() -> Crc32 {
        Crc32::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_check_value() {
        // The check value of CRC-32/ISO-HDLC for "123456789".
        assert_eq!(Crc32::new().update(b"123456789").value(), 0xCBF4_3926);
        assert_eq!(
            Crc32::new().update(b"12345").update(b"6789").value(),
            0xCBF4_3926
        );
        assert_eq!(Crc32::new().value(), 0);
    }

    /// Eight bytes at a time give what one at a time gives, whatever the split.
    #[test]
    fn slicing_by_eight_matches_a_byte_at_a_time() {
        let bytes: Vec<u8> = (0..1000u32).map(|i| (i * 131 + 7) as u8).collect();
        let one_at_a_time = bytes
            .iter()
            .fold(Crc32::new(), |crc, b| crc.update(std::slice::from_ref(b)));
        for split in [0, 1, 7, 8, 9, 500, 999] {
            let (a, b) = bytes.split_at(split);
            assert_eq!(
                Crc32::new().update(a).update(b).value(),
                one_at_a_time.value()
            );
        }
    }
}
