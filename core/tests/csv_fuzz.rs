//! Fuzz-style properties of the CSV imports and exports: whatever a partner uploads, the
//! parsers answer Ok or Err and never panic; whatever a name holds, the exports read back.

use partnerdesk_core::base::csv_safety::neutralise;
use partnerdesk_core::imports::customer_import::{plan_customer_import, CUSTOMER_COLUMNS};
use partnerdesk_core::imports::price_list::{preview_price_list, PRICE_LIST_COLUMNS};
use partnerdesk_core::model::price_list_plan::apply_price_list;
use partnerdesk_core::model::sample_catalog::{sample_catalog, E3};
use partnerdesk_core::reports::csv_writer::{write_table, Cell, CsvDialect};
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

fn effective() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
}

/// Feeds `text` to both importers; a panic fails the property.
fn import_everything(text: &str) {
    let catalog = sample_catalog();
    if let Ok(plan) = preview_price_list(&catalog, text, effective()) {
        let mut applied = catalog.clone();
        apply_price_list(&mut applied, &plan);
        for added in &plan.added {
            assert!(applied.offer(&added.offer.id).is_some());
        }
    }
    let mut n = 0;
    let _ = plan_customer_import(text, &[], &mut || {
        n += 1;
        n.to_string()
    });
}

/// Cells that reach deep into the parsers: valid values, near misses and CSV syntax.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "ADD",
            "CHG",
            "DEL",
            "UNC",
            "add",
            "",
            " ",
            "6/1/2018",
            "2018-06-01",
            "13/45/2018",
            "2/30/2018",
            E3,
            "not-a-guid",
            "Corporate",
            "Academic",
            "Trial",
            "Add-on",
            "Non-specific",
            "1 Month",
            "Commercial",
            "0",
            "1.00",
            "-1",
            "12,50",
            "1e9",
            "99999999999999999999999999999999",
            "\"quoted, \"\" x\"",
            "\"open",
            "=1+1",
            "Ærø",
            "contoso.com",
            "US",
            "nl",
            "Education",
            "4390934",
            "\r\n",
            "\n",
            ";",
            ",",
            "\u{feff}",
        ])
        .prop_map(String::from),
        ".{0,12}",
    ]
}

fn header() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(PRICE_LIST_COLUMNS.join(",")),
        Just(PRICE_LIST_COLUMNS.join(";")),
        Just(CUSTOMER_COLUMNS.join(",")),
        Just(format!(
            "\u{feff}{}",
            CUSTOMER_COLUMNS.join(";").to_uppercase()
        )),
        prop::collection::vec(cell(), 0..12).prop_map(|c| c.join(",")),
    ]
}

fn csv_like() -> impl Strategy<Value = String> {
    (
        header(),
        prop::collection::vec(prop::collection::vec(cell(), 0..13), 0..8),
        prop::bool::ANY,
        prop::bool::ANY,
    )
        .prop_map(|(header, rows, semicolons, crlf)| {
            let (sep, end) = (
                if semicolons { ";" } else { "," },
                if crlf { "\r\n" } else { "\n" },
            );
            let mut text = header;
            for row in rows {
                text.push_str(end);
                text.push_str(&row.join(sep));
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn p9_imports_never_panic_on_any_text(text in any::<String>()) {
        import_everything(&text);
    }

    #[test]
    fn p9_imports_never_panic_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        import_everything(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn p9_imports_never_panic_on_csv_like_text(text in csv_like()) {
        import_everything(&text);
    }

    #[test]
    fn r5_any_text_cell_reads_back_as_written(
        text in any::<String>(),
        excel in prop::bool::ANY,
    ) {
        let (dialect, sep, skip) = if excel {
            (CsvDialect::ExcelEuropean, b';', 3)
        } else {
            (CsvDialect::Standard, b',', 0)
        };
        let bytes = write_table(dialect, &["Name", "N"], [vec![Cell::Text(&text), Cell::Count(1)]]);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sep)
            .from_reader(&bytes[skip..]);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        prop_assert_eq!(rows.len(), 1);
        let expected = neutralise(&text);
        prop_assert_eq!(&rows[0][0], expected.as_ref());
        prop_assert!(!rows[0][0].starts_with(['=', '+', '-', '@', '\t', '\r']));
    }
}
