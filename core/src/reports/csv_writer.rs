//! Writing the CSV files PartnerDesk offers for download, in two dialects.
//!
//! The `csv` crate does the quoting (RFC 4180: a field is quoted only when it holds the
//! separator, a quote or a line break, and quotes inside are doubled); this module decides how
//! each kind of cell is spelled in each dialect, so that every export formats alike.

use crate::base::csv_safety::neutralise;
use crate::base::dates::us_date;
use crate::base::money::Money;
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use std::borrow::Cow;

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

impl<'a> Cell<'a> {
    fn spell(self, dialect: CsvDialect) -> Cow<'a, str> {
        match (self, dialect) {
            (Cell::Text(t), _) => neutralise(t),
            (Cell::Amount(m), CsvDialect::Standard) => Cow::Owned(m.to_string()),
            (Cell::Amount(m), CsvDialect::ExcelEuropean) => {
                Cow::Owned(m.to_string().replace('.', ","))
            }
            (Cell::Decimal(d), CsvDialect::Standard) => Cow::Owned(d.to_string()),
            (Cell::Decimal(d), CsvDialect::ExcelEuropean) => {
                Cow::Owned(d.to_string().replace('.', ","))
            }
            (Cell::Count(n), _) => Cow::Owned(n.to_string()),
            (Cell::Date(d), CsvDialect::Standard) => Cow::Owned(us_date(d)),
            (Cell::Date(d), CsvDialect::ExcelEuropean) => {
                Cow::Owned(d.format("%Y-%m-%d").to_string())
            }
            (Cell::DateTime(t), CsvDialect::Standard) => {
                Cow::Owned(format!("{} {}", us_date(t.date()), t.format("%-H:%M")))
            }
            (Cell::DateTime(t), CsvDialect::ExcelEuropean) => {
                Cow::Owned(t.format("%Y-%m-%d %H:%M").to_string())
            }
        }
    }
}

/// A header row and one record per row, as the bytes of a downloadable file.
pub fn write_table<'a>(
    dialect: CsvDialect,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<Cell<'a>>>,
) -> Vec<u8> {
    let mut out = Vec::new();
    if dialect == CsvDialect::ExcelEuropean {
        out.extend_from_slice(UTF8_BOM);
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(dialect.separator())
        .quote_style(csv::QuoteStyle::Necessary)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    // Writing into a Vec cannot fail: the only errors the writer reports are I/O errors.
    writer.write_record(header).expect("writing to memory");
    for row in rows {
        writer
            .write_record(row.into_iter().map(|c| c.spell(dialect).into_owned()))
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
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn r3_cells_are_spelled_per_dialect() {
        let end = day(2018, 6, 30).and_hms_opt(23, 59, 0).unwrap();
        let start = day(2018, 6, 1).and_hms_opt(0, 0, 0).unwrap();
        let credit = Cell::Amount(Money::new(-3000, 2));
        assert_eq!(credit.spell(CsvDialect::Standard), "-30.00");
        assert_eq!(credit.spell(CsvDialect::ExcelEuropean), "-30,00");
        assert_eq!(
            Cell::DateTime(end).spell(CsvDialect::Standard),
            "6/30/2018 23:59"
        );
        assert_eq!(
            Cell::DateTime(start).spell(CsvDialect::Standard),
            "6/1/2018 0:00"
        );
        assert_eq!(
            Cell::DateTime(start).spell(CsvDialect::ExcelEuropean),
            "2018-06-01 00:00"
        );
        assert_eq!(
            Cell::Date(day(2018, 6, 1)).spell(CsvDialect::Standard),
            "6/1/2018"
        );
        assert_eq!(
            Cell::Date(day(2018, 6, 1)).spell(CsvDialect::ExcelEuropean),
            "2018-06-01"
        );
        assert_eq!(Cell::Count(-3).spell(CsvDialect::Standard), "-3");
        assert_eq!(Cell::Text("-3").spell(CsvDialect::Standard), "'-3");
    }

    #[test]
    fn r6_a_decimal_keeps_its_places_and_is_never_neutralised() {
        let e = Cell::Decimal(Decimal::new(-9408, 3));
        assert_eq!(e.spell(CsvDialect::Standard), "-9.408");
        assert_eq!(e.spell(CsvDialect::ExcelEuropean), "-9,408");
    }

    #[test]
    fn tables_quote_only_when_needed_and_end_lines_with_crlf() {
        let bytes = write_table(
            CsvDialect::Standard,
            &["A", "B"],
            [vec![Cell::Text("x, y"), Cell::Text("plain")]],
        );
        assert_eq!(bytes, b"A,B\r\n\"x, y\",plain\r\n");
        let excel = write_table(
            CsvDialect::ExcelEuropean,
            &["A", "B"],
            [vec![Cell::Text("x; y"), Cell::Amount(Money::new(150, 2))]],
        );
        assert_eq!(excel, "\u{feff}A;B\r\n\"x; y\";1,50\r\n".as_bytes());
    }

    #[test]
    fn file_names_keep_letters_and_digits_only() {
        let d = day(2018, 6, 15);
        assert_eq!(
            export_file_name("Contoso Partner", "recon", d, CsvDialect::Standard),
            "Contoso-Partner_recon_2018-06-15.csv"
        );
        assert_eq!(
            export_file_name("../Müller & Söhne/", "trials", d, CsvDialect::ExcelEuropean),
            "Müller-Söhne_trials_2018-06-15_excel.csv"
        );
        assert_eq!(
            export_file_name(" \"/\\ ", "recon", d, CsvDialect::Standard),
            "partner_recon_2018-06-15.csv"
        );
    }
}
