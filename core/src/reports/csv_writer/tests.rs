//! How each kind of cell is spelled per dialect, and how tables and file names come out.

use super::*;

/// The cell as the dialect spells it, alone.
fn spell(cell: Cell, dialect: CsvDialect) -> String {
    let mut out = String::new();
    cell.spell_into(dialect, &mut out).unwrap();
    out
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn r3_cells_are_spelled_per_dialect() {
    let end = day(2018, 6, 30).and_hms_opt(23, 59, 0).unwrap();
    let start = day(2018, 6, 1).and_hms_opt(0, 0, 0).unwrap();
    let credit = Cell::Amount(Money::new(-3000, 2));
    assert_eq!(spell(credit, CsvDialect::Standard), "-30.00");
    assert_eq!(spell(credit, CsvDialect::ExcelEuropean), "-30,00");
    assert_eq!(
        spell(Cell::DateTime(end), CsvDialect::Standard),
        "6/30/2018 23:59"
    );
    assert_eq!(
        spell(Cell::DateTime(start), CsvDialect::Standard),
        "6/1/2018 0:00"
    );
    assert_eq!(
        spell(Cell::DateTime(start), CsvDialect::ExcelEuropean),
        "2018-06-01 00:00"
    );
    assert_eq!(
        spell(Cell::Date(day(2018, 6, 1)), CsvDialect::Standard),
        "6/1/2018"
    );
    assert_eq!(
        spell(Cell::Date(day(2018, 6, 1)), CsvDialect::ExcelEuropean),
        "2018-06-01"
    );
    assert_eq!(spell(Cell::Count(-3), CsvDialect::Standard), "-3");
    assert_eq!(spell(Cell::Text("-3"), CsvDialect::Standard), "'-3");
}

#[test]
fn r6_a_decimal_keeps_its_places_and_is_never_neutralised() {
    let e = Cell::Decimal(Decimal::new(-9408, 3));
    assert_eq!(spell(e, CsvDialect::Standard), "-9.408");
    assert_eq!(spell(e, CsvDialect::ExcelEuropean), "-9,408");
}

#[test]
fn r3_r6_numbers_and_dates_are_spelled_as_display_and_chrono_spell_them() {
    let negative_zero = -Decimal::new(0, 2);
    assert!(negative_zero.is_sign_negative());
    let mantissas = [
        0,
        1,
        5,
        9,
        10,
        99,
        100,
        12_345,
        -1,
        -7,
        -100,
        -987_654_321,
        i64::MAX,
    ];
    for scale in [0, 1, 2, 3, 6, 28] {
        for m in mantissas {
            let d = Decimal::new(m, scale);
            assert_eq!(spell(Cell::Decimal(d), CsvDialect::Standard), d.to_string());
            let money = Money(d);
            assert_eq!(
                spell(Cell::Amount(money), CsvDialect::Standard),
                money.to_string()
            );
        }
    }
    let big = Decimal::from_i128_with_scale(i128::from(u64::MAX) * 1000 + 7, 3);
    for d in [negative_zero, -negative_zero.normalize(), big, -big] {
        assert_eq!(spell(Cell::Decimal(d), CsvDialect::Standard), d.to_string());
        assert_eq!(
            spell(Cell::Amount(Money(d)), CsvDialect::Standard),
            Money(d).to_string()
        );
    }
    for n in [0, 7, -7, 10, i64::MAX, i64::MIN] {
        assert_eq!(spell(Cell::Count(n), CsvDialect::Standard), n.to_string());
    }
    for (y, m, d) in [
        (1, 1, 1),
        (0, 2, 29),
        (999, 12, 31),
        (2024, 10, 5),
        (9999, 12, 31),
    ] {
        let date = day(y, m, d);
        let us = format!("{}", UsDate(date));
        let iso = date.format("%Y-%m-%d").to_string();
        assert_eq!(spell(Cell::Date(date), CsvDialect::Standard), us);
        assert_eq!(spell(Cell::Date(date), CsvDialect::ExcelEuropean), iso);
        for (h, min) in [(0, 0), (0, 5), (9, 30), (10, 0), (23, 59)] {
            let time = date.and_hms_opt(h, min, 0).unwrap();
            let us = format!("{} {}", UsDate(date), time.format("%-H:%M"));
            let iso = time.format("%Y-%m-%d %H:%M").to_string();
            assert_eq!(spell(Cell::DateTime(time), CsvDialect::Standard), us);
            assert_eq!(spell(Cell::DateTime(time), CsvDialect::ExcelEuropean), iso);
        }
    }
    for date in [day(-44, 3, 15), day(10_000, 1, 1)] {
        let iso = date.format("%Y-%m-%d").to_string();
        assert_eq!(spell(Cell::Date(date), CsvDialect::ExcelEuropean), iso);
        let us = format!("{}", UsDate(date));
        assert_eq!(spell(Cell::Date(date), CsvDialect::Standard), us);
        // Years spelled by chrono, not by hand: the date-time falls back with its date.
        let time = date.and_hms_opt(7, 5, 0).unwrap();
        let iso = time.format("%Y-%m-%d %H:%M").to_string();
        assert_eq!(spell(Cell::DateTime(time), CsvDialect::ExcelEuropean), iso);
        let us = format!("{} 7:05", UsDate(date));
        assert_eq!(spell(Cell::DateTime(time), CsvDialect::Standard), us);
    }
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
