//! Writing the CSV files PartnerDesk offers for download, in two dialects.
//!
//! The `csv` crate does the quoting (RFC 4180: a field is quoted only when it holds the
//! separator, a quote or a line break, and quotes inside are doubled); this module decides how
//! each kind of cell is spelled in each dialect, so that every export formats alike.

use crate::base::csv_safety::neutralise;
use crate::base::dates::UsDate;
use crate::base::money::Money;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_decimal::Decimal;
use std::fmt::Write;

/// The byte-order mark that tells Excel a CSV file is UTF-8 (without it, Excel on Windows reads
/// "Müller" as "MÃ¼ller").
const UTF8_BOM: &[u8] = "\u{feff}".as_bytes();

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CsvDialect {
    /// Partner Center's form (SPEC R3): comma, dot decimals, M/D/YYYY dates, CRLF, no BOM.
    Standard,
    /// For Excel in Dutch and German locales, which split on semicolons and read a decimal comma:
    /// semicolon, decimal comma, UTF-8 BOM, CRLF. Dates are ISO `YYYY-MM-DD`, because those
    /// locales read `6/1/2018` as 6 January; ISO is read correctly by Excel in every locale.
    ExcelEuropean,
}

impl CsvDialect {
    fn separator(self) -> u8 {
        match self {
            CsvDialect::Standard => b',',
            CsvDialect::ExcelEuropean => b';',
        }
    }
}

/// One cell of an export, typed so that the dialect decides its spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell<'a> {
    /// Free text (names, ids, labels): neutralised against formulas (SPEC R5).
    Text(&'a str),
    /// Two decimals, a minus sign for credits.
    Amount(Money),
    Count(i64),
    Date(NaiveDate),
    /// A date with hours and minutes: `6/30/2018 23:59` (SPEC R3).
    DateTime(NaiveDateTime),
    /// A number with the decimals it has, such as R6's EffectiveUnitPrice `-9.408`: spelled as a
    /// number, never neutralised as text would be (a leading minus is a formula only in text).
    Decimal(Decimal),
}

impl Cell<'_> {
    /// Writes the cell as `dialect` spells it; `scratch` holds a number or date while it is
    /// spelled, so that a large file allocates nothing per cell.
    fn write_to(
        self,
        dialect: CsvDialect,
        scratch: &mut String,
        writer: &mut csv::Writer<Vec<u8>>,
    ) -> csv::Result<()> {
        if let Cell::Text(t) = self {
            return writer.write_field(neutralise(t).as_bytes());
        }
        scratch.clear();
        self.spell_into(dialect, scratch)
            .expect("writing to a String");
        writer.write_field(scratch.as_bytes())
    }

    fn spell_into(self, dialect: CsvDialect, out: &mut String) -> std::fmt::Result {
        let decimal_comma = dialect == CsvDialect::ExcelEuropean;
        // Amounts, counts and dates are spelled by hand, as `Display` and chrono spell them: a
        // file of 22,500 rows has ten of them a row.
        match (self, dialect) {
            (Cell::Text(t), _) => out.push_str(&neutralise(t)),
            // Money's `Display` rounds to cents first, which leaves cents as they are.
            (Cell::Amount(m), _) if m.0.scale() == 2 => push_decimal(out, m.0),
            (Cell::Amount(m), _) => write!(out, "{m}")?,
            (Cell::Decimal(d), _) => push_decimal(out, d),
            (Cell::Count(n), _) => {
                if n < 0 {
                    out.push('-');
                }
                push_digits(out, n.unsigned_abs(), 1);
            }
            (Cell::Date(d), _) if push_date(out, d, dialect) => {}
            (Cell::Date(d), CsvDialect::Standard) => write!(out, "{}", UsDate(d))?,
            (Cell::Date(d), CsvDialect::ExcelEuropean) => write!(out, "{}", d.format("%Y-%m-%d"))?,
            (Cell::DateTime(t), _) if push_date(out, t.date(), dialect) => {
                // `%-H:%M` in Partner Center's form, `%H:%M` in Excel's.
                let hour_width = match dialect {
                    CsvDialect::Standard => 1,
                    CsvDialect::ExcelEuropean => 2,
                };
                out.push(' ');
                push_digits(out, u64::from(t.hour()), hour_width);
                out.push(':');
                push_digits(out, u64::from(t.minute()), 2);
            }
            (Cell::DateTime(t), CsvDialect::Standard) => {
                write!(out, "{} {}", UsDate(t.date()), t.format("%-H:%M"))?
            }
            (Cell::DateTime(t), CsvDialect::ExcelEuropean) => {
                write!(out, "{}", t.format("%Y-%m-%d %H:%M"))?
            }
        }
        if decimal_comma && matches!(self, Cell::Amount(_) | Cell::Decimal(_)) {
            if let Some(dot) = out.find('.') {
                out.replace_range(dot..=dot, ",");
            }
        }
        Ok(())
    }
}

/// Spells `d` as `UsDate` or chrono's `%Y-%m-%d` do when its year allows it by hand (four
/// reconciliation cells a row are dates: chrono's formatter reads its pattern each time);
/// false, with nothing written, when it does not.
fn push_date(out: &mut String, d: NaiveDate, dialect: CsvDialect) -> bool {
    match dialect {
        CsvDialect::Standard if d.year() >= 0 => {
            push_digits(out, u64::from(d.month()), 1);
            out.push('/');
            push_digits(out, u64::from(d.day()), 1);
            out.push('/');
            push_digits(out, d.year().unsigned_abs().into(), 1);
            true
        }
        CsvDialect::ExcelEuropean if (0..=9999).contains(&d.year()) => {
            push_digits(out, d.year().unsigned_abs().into(), 4);
            out.push('-');
            push_digits(out, u64::from(d.month()), 2);
            out.push('-');
            push_digits(out, u64::from(d.day()), 2);
            true
        }
        _ => false,
    }
}

/// `n` in decimal digits, with leading zeros up to `width`.
fn push_digits(out: &mut String, n: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut start = digits.len();
    let mut rest = n;
    while rest > 0 || start == digits.len() {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    start = start.min(digits.len() - width.min(digits.len()));
    out.extend(digits[start..].iter().map(|&d| char::from(d)));
}

/// `d` as its `Display` spells it: every decimal of its scale, a zero before the point when
/// the whole part is zero, a minus sign whenever the sign is negative.
fn push_decimal(out: &mut String, d: Decimal) {
    let Ok(mut rest) = u64::try_from(d.mantissa().unsigned_abs()) else {
        write!(out, "{d}").expect("writing to a String");
        return;
    };
    if d.is_sign_negative() {
        out.push('-');
    }
    // The digits right-aligned, zeros in front of them up to one before the point.
    let mut digits = [b'0'; 48];
    let point = digits.len() - d.scale() as usize;
    let mut start = digits.len();
    while rest > 0 {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    start = start.min(point - 1);
    out.extend(digits[start..point].iter().map(|&c| char::from(c)));
    if point < digits.len() {
        out.push('.');
        out.extend(digits[point..].iter().map(|&c| char::from(c)));
    }
}

/// Bytes a cell takes on average in the files written: enough to reserve the file at once.
const BYTES_PER_CELL: usize = 14;

/// A header row and one record per row, as the bytes of a downloadable file.
pub fn write_table<'a>(
    dialect: CsvDialect,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<Cell<'a>>>,
) -> Vec<u8> {
    let rows = rows.into_iter();
    let mut out = Vec::with_capacity((rows.size_hint().0 + 1) * header.len() * BYTES_PER_CELL);
    if dialect == CsvDialect::ExcelEuropean {
        out.extend_from_slice(UTF8_BOM);
    }
    let mut writer = writer_into(dialect, out);
    // Writing into a Vec cannot fail: the only errors the writer reports are I/O errors.
    writer.write_record(header).expect("writing to memory");
    append_records(dialect, writer, rows)
}

/// The start of a file written in parts: the byte-order mark of its dialect and the header
/// row. `write_records`' parts follow it, and together they are `write_table`'s bytes.
pub fn write_header(dialect: CsvDialect, header: &[&str]) -> Vec<u8> {
    write_table(dialect, header, std::iter::empty())
}

/// Records alone, without byte-order mark or header: a part of a file made a few thousand rows
/// at a time, so that no single task keeps the page from answering.
pub fn write_records<'a>(
    dialect: CsvDialect,
    rows: impl IntoIterator<Item = Vec<Cell<'a>>>,
) -> Vec<u8> {
    append_records(dialect, writer_into(dialect, Vec::new()), rows.into_iter())
}

fn writer_into(dialect: CsvDialect, out: Vec<u8>) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(dialect.separator())
        .quote_style(csv::QuoteStyle::Necessary)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

fn append_records<'a>(
    dialect: CsvDialect,
    mut writer: csv::Writer<Vec<u8>>,
    rows: impl Iterator<Item = Vec<Cell<'a>>>,
) -> Vec<u8> {
    let mut scratch = String::new();
    for row in rows {
        for cell in row {
            cell.write_to(dialect, &mut scratch, &mut writer)
                .expect("writing to memory");
        }
        writer
            .write_record(None::<&[u8]>)
            .expect("writing to memory");
    }
    writer.into_inner().expect("flushing to memory")
}

/// A download name that carries the partner, what the file holds and its date, with only
/// letters, digits, `-` and `_` (no path separators, quotes or spaces that browsers mangle):
/// `Contoso-Partner_recon_2018-06-15.csv`, `…_excel.csv` for the Excel dialect.
pub fn export_file_name(
    partner_name: &str,
    kind: &str,
    date: NaiveDate,
    dialect: CsvDialect,
) -> String {
    let mut partner = String::new();
    for c in partner_name.chars() {
        if c.is_alphanumeric() {
            partner.push(c);
        } else if !partner.is_empty() && !partner.ends_with('-') {
            partner.push('-');
        }
    }
    let partner: String = partner.trim_end_matches('-').chars().take(60).collect();
    let partner = if partner.is_empty() {
        "partner".to_string()
    } else {
        partner
    };
    let suffix = match dialect {
        CsvDialect::Standard => "",
        CsvDialect::ExcelEuropean => "_excel",
    };
    format!("{partner}_{kind}_{}{suffix}.csv", date.format("%Y-%m-%d"))
}

#[cfg(test)]
mod tests;
