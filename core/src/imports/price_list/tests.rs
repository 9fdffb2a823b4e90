//! Reading, planning and applying a price list (SPEC P9).

use super::*;
use crate::base::money::Money;
use crate::model::catalog::{BillingFrequency, OfferLimit, SecondaryLicense};
use crate::model::price_list_plan::apply_price_list;
use crate::model::sample_catalog::{sample_catalog, E3, E3_TRIAL, E5, O365_BUSINESS_PREMIUM};

const HEADER: &str = "Change Indicator,Valid from Date,Valid to Date,Offer Display Name,Offer ID,License Agreement Type,Purchase Unit,Secondary License Type,End Customer Type,List Price,ERP Price";
const NEW_ID: &str = "a1b2c3d4-0000-4000-8000-000000000001";

fn day(m: u32, d: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn money(text: &str) -> Money {
    Money::parse(text).unwrap()
}

fn sample_file() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pricelist-sample.csv"
    );
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("the fixture {path} must be present to check SPEC P9: {e}"))
}

fn file(rows: &[&str]) -> String {
    let mut text = HEADER.to_string();
    for r in rows {
        text.push_str("\r\n");
        text.push_str(r);
    }
    text
}

fn lines_of(errors: &[ImportError]) -> Vec<usize> {
    errors.iter().map(|e| e.line).collect()
}

#[test]
fn p9_the_sample_price_list_plans_one_change_of_each_kind() {
    let catalog = sample_catalog();
    let june = day(6, 1, 2018);
    let plan = preview_price_list(&catalog, &sample_file(), june).unwrap();

    assert_eq!(plan.unchanged.len(), 2);
    assert_eq!(plan.unchanged[0].offer_id, E3);
    assert_eq!(plan.unchanged[1].offer_id, E3_TRIAL);

    assert_eq!(plan.changed.len(), 1);
    let chg = &plan.changed[0];
    assert_eq!(chg.line, 4);
    assert_eq!(chg.new.offer_id, O365_BUSINESS_PREMIUM);
    // Valid from 10/1/2017 lies before the effective date: the change starts on 6/1/2018.
    assert_eq!(chg.new.from, june);
    assert_eq!(chg.new.monthly, money("12.50"));
    assert_eq!(chg.new.erp, money("15.00"));
    assert_eq!(chg.old.as_ref().map(|p| p.monthly), Some(money("12.50")));

    assert_eq!(plan.added.len(), 1);
    let add = &plan.added[0];
    assert_eq!(add.line, 5);
    assert_eq!(add.offer.id, NEW_ID);
    assert_eq!(add.offer.name, "Office 365 Advanced Threat Protection");
    assert_eq!(add.offer.secondary, SecondaryLicense::AddOn);
    assert_eq!(
        add.offer.frequencies,
        vec![BillingFrequency::Monthly, BillingFrequency::Annual]
    );
    assert!(add.offer.prerequisites.is_empty());
    assert_eq!(add.offer.valid_from, june);
    assert_eq!(add.price.monthly, money("2.00"));

    assert_eq!(plan.retired.len(), 1);
    assert_eq!(plan.retired[0].offer_id, E5);
    assert_eq!(plan.retired[0].valid_to, day(5, 31, 2018));
}

#[test]
fn p9_a_plan_lists_its_rows_in_file_order_for_the_preview() {
    let june = day(6, 1, 2018);
    let plan = preview_price_list(&sample_catalog(), &sample_file(), june).unwrap();
    let rows = plan.rows();
    let summary: Vec<(usize, &str, &str)> = rows
        .iter()
        .map(|r| (r.line, r.change.code(), r.offer_name))
        .collect();
    assert_eq!(
        summary,
        vec![
            (2, "UNC", "Office 365 E3"),
            (3, "UNC", "Office 365 E3 Trial"),
            (4, "CHG", "Office 365 Business Premium"),
            (5, "ADD", "Office 365 Advanced Threat Protection"),
            (6, "DEL", "Office 365 E5 without PSTN Conferencing"),
        ]
    );
    let chg = &rows[2];
    assert_eq!(chg.old.map(|p| p.monthly), Some(money("12.50")));
    assert_eq!(
        chg.new.map(|p| (p.monthly, p.from)),
        Some((money("12.50"), june))
    );
    let add = &rows[3];
    assert_eq!(
        (add.old, add.new.map(|p| p.erp)),
        (None, Some(money("2.40")))
    );
    let del = &rows[4];
    assert_eq!((del.new, del.valid_to), (None, Some(day(5, 31, 2018))));
    assert_eq!(
        (rows[0].old, rows[0].new, rows[0].valid_to),
        (None, None, None)
    );
}

#[test]
fn p9_applying_the_sample_changes_the_catalog_as_previewed() {
    let mut catalog = sample_catalog();
    let june = day(6, 1, 2018);
    let plan = preview_price_list(&catalog, &sample_file(), june).unwrap();
    apply_price_list(&mut catalog, &plan);

    let atp = catalog.offer(NEW_ID).unwrap();
    assert!(atp.is_add_on());
    assert_eq!(catalog.monthly_price_on(NEW_ID, june), Some(money("2.00")));
    assert_eq!(catalog.monthly_price_on(NEW_ID, day(5, 31, 2018)), None);
    assert_eq!(catalog.offer(E5).unwrap().valid_to, Some(day(5, 31, 2018)));
    assert!(!catalog.offer(E5).unwrap().is_valid_on(june));
    assert_eq!(catalog.monthly_price_on(E3, june), Some(money("20.00")));
    assert_eq!(
        catalog.price_on(O365_BUSINESS_PREMIUM, june).unwrap().from,
        june
    );

    let once = catalog.clone();
    apply_price_list(&mut catalog, &plan);
    assert_eq!(catalog, once);
}

#[test]
fn p9_one_bad_row_is_named_and_nothing_is_planned() {
    let mut text = sample_file();
    text = text.replacen("CHG,10/1/2017", "XYZ,10/1/2017", 1);
    let catalog = sample_catalog();
    let err = preview_price_list(&catalog, &text, day(6, 1, 2018)).unwrap_err();
    assert_eq!(lines_of(&err), vec![4]);
    assert_eq!(
        err[0].reason,
        "The change indicator \"XYZ\" is not ADD, CHG, DEL or UNC."
    );
    assert!(parse_price_list(&text).is_err());
    assert_eq!(catalog, sample_catalog());
}

#[test]
fn p9_every_bad_row_and_field_is_reported() {
    let text = file(&[
        "ADD,6/1/2018,,Good,a1b2c3d4-0000-4000-8000-000000000009,Corporate,1 Month,Non-specific,Commercial,1.00,1.20",
        "ADD,13/45/2018,,,not-a-guid,Retail,1 Month,Premium,,-1.00,abc",
        "CHG,6/1/2018,5/1/2018,E3,796b6b5f-613c-4e24-a17c-eba730d49c02,Corporate,1 Month,Non-specific,Commercial,22.00,26.40",
        "DEL,6/1/2018,,Good again,A1B2C3D4-0000-4000-8000-000000000009,Corporate,1 Month,Non-specific,Commercial,1.00,1.20",
        "UNC,6/1/2018,",
    ]);
    let err = parse_price_list(&text).unwrap_err();
    let reasons: Vec<(usize, &str)> = err.iter().map(|e| (e.line, e.reason.as_str())).collect();
    assert_eq!(
        reasons,
        vec![
            (3, "The valid-from date \"13/45/2018\" is not a date such as 6/1/2018."),
            (3, "The offer display name is empty."),
            (3, "The offer ID \"not-a-guid\" is not a GUID such as 796b6b5f-613c-4e24-a17c-eba730d49c02."),
            (3, "The license agreement type \"Retail\" is not Corporate, Government or Academic."),
            (3, "The secondary license type \"Premium\" is not Non-specific, Add-on or Trial."),
            (3, "The end customer type is empty."),
            (3, "The list price -1.00 is negative."),
            (3, "The ERP price \"abc\" is not an amount such as 12.50."),
            (4, "The valid-to date 5/1/2018 is before the valid-from date 6/1/2018."),
            (5, "Offer ID a1b2c3d4-0000-4000-8000-000000000009 is already on line 2; a price list names each offer once."),
            (6, "This row has 3 fields but the header has 11; put quotes around values that contain the separator."),
        ]
    );
}

#[test]
fn p9_a_year_not_written_with_four_digits_is_refused_at_its_line() {
    let text = file(&[
        "ADD,1/1/19,,Two Digits,a1b2c3d4-0000-4000-8000-000000000009,Corporate,1 Month,Non-specific,Commercial,1.00,1.20",
        "CHG,6/1/2018,12/31/219,E3,796b6b5f-613c-4e24-a17c-eba730d49c02,Corporate,1 Month,Non-specific,Commercial,22.00,26.40",
    ]);
    let err = parse_price_list(&text).unwrap_err();
    let reasons: Vec<(usize, &str)> = err.iter().map(|e| (e.line, e.reason.as_str())).collect();
    assert_eq!(
        reasons,
        vec![
            (2, "The valid-from date \"1/1/19\" has a short year: write the year with four digits, such as 6/1/2018."),
            (3, "The valid-to date \"12/31/219\" has a short year: write the year with four digits, such as 6/1/2018."),
        ]
    );
}

#[test]
fn p9_dates_and_prices_beyond_the_bounds_are_refused_at_their_line() {
    let text = file(&[
        "ADD,12/31/1999,1/1/2200,Huge,a1b2c3d4-0000-4000-8000-000000000009,Corporate,1 Month,Non-specific,Commercial,79228162514264337593543950335,1000000.01",
        "UNC,12/31/9999,,E3,796b6b5f-613c-4e24-a17c-eba730d49c02,Corporate,1 Month,Non-specific,Commercial,1000000,0",
    ]);
    let err = parse_price_list(&text).unwrap_err();
    let reasons: Vec<(usize, &str)> = err.iter().map(|e| (e.line, e.reason.as_str())).collect();
    let outside = "is outside 1/1/2000 to 12/31/2199, the years PartnerDesk works with.";
    let too_high = "is more than 1000000.00; larger prices are typing errors.";
    assert_eq!(
        reasons,
        vec![
            (
                2,
                format!("The valid-from date 12/31/1999 {outside}").as_str()
            ),
            (2, format!("The valid-to date 1/1/2200 {outside}").as_str()),
            (
                2,
                format!("The list price 79228162514264337593543950335 {too_high}").as_str()
            ),
            (2, format!("The ERP price 1000000.01 {too_high}").as_str()),
            (
                3,
                format!("The valid-from date 12/31/9999 {outside}").as_str()
            ),
        ]
    );
}

#[test]
fn p9_a_missing_column_is_an_error_on_the_header() {
    let text = HEADER.replace(",ERP Price", "") + "\nUNC";
    let err = parse_price_list(&text).unwrap_err();
    assert_eq!(lines_of(&err), vec![1]);
    assert_eq!(err[0].reason, "The header has no column \"ERP Price\".");
}

#[test]
fn p9_rows_must_fit_the_catalog() {
    let catalog = sample_catalog();
    let text = file(&[
        "ADD,6/1/2018,,E3 again,796b6b5f-613c-4e24-a17c-eba730d49c02,Corporate,1 Month,Non-specific,Commercial,20.00,24.00",
        "CHG,6/1/2018,,Unknown,a1b2c3d4-0000-4000-8000-000000000009,Corporate,1 Month,Non-specific,Commercial,1.00,1.20",
        "DEL,6/1/2018,,Unknown,a1b2c3d4-0000-4000-8000-00000000000a,Corporate,1 Month,Non-specific,Commercial,1.00,1.20",
        "UNC,6/1/2018,,Office 365 E1,91FD106F-4B2C-4938-95AC-F54F74E9A239,Corporate,1 Month,Non-specific,Commercial,9.00,9.60",
    ]);
    let err = preview_price_list(&catalog, &text, day(6, 1, 2018)).unwrap_err();
    let reasons: Vec<(usize, &str)> = err.iter().map(|e| (e.line, e.reason.as_str())).collect();
    assert_eq!(
        reasons,
        vec![
            (2, "Offer ID 796b6b5f-613c-4e24-a17c-eba730d49c02 is already in the catalog as \"Office 365 E3\"; mark the row CHG to change its price."),
            (3, "Offer ID a1b2c3d4-0000-4000-8000-000000000009 is not in the catalog; mark the row ADD to add it."),
            (4, "Offer ID a1b2c3d4-0000-4000-8000-00000000000a is not in the catalog; mark the row ADD to add it."),
            (5, "UNC says \"Office 365 E1\" is unchanged, but on 6/1/2018 the catalog has list 8.00 and ERP 9.60, not 9.00 and 9.60; mark the row CHG to change it."),
        ]
    );
}

#[test]
fn p9_a_later_valid_from_date_wins_over_the_effective_date() {
    let catalog = sample_catalog();
    let rows = parse_price_list(&file(&[
        "CHG,9/1/2018,,Office 365 E3,796b6b5f-613c-4e24-a17c-eba730d49c02,Corporate,1 Month,Non-specific,Commercial,22.00,26.40",
        "DEL,6/1/2018,12/31/2018,Office 365 E1,91fd106f-4b2c-4938-95ac-f54f74e9a239,Corporate,1 Month,Non-specific,Commercial,8.00,9.60",
    ]))
    .unwrap();
    let plan = plan_price_list(&catalog, &rows, day(6, 1, 2018)).unwrap();
    assert_eq!(plan.changed[0].new.from, day(9, 1, 2018));
    assert_eq!(plan.retired[0].valid_to, day(12, 31, 2018));
    // A retirement dated before the import ends the offer the day before the import.
    let plan = plan_price_list(&catalog, &rows, day(3, 1, 2019)).unwrap();
    assert_eq!(plan.retired[0].valid_to, day(2, 28, 2019));
    assert_eq!(plan.changed[0].new.from, day(3, 1, 2019));
}

#[test]
fn p9_an_added_trial_gets_trial_defaults_and_its_namesakes_targets() {
    let catalog = sample_catalog();
    let rows = parse_price_list(&file(&[
        "add,6/1/2018,,office 365 e3 trial,b1b2c3d4-0000-4000-8000-000000000001,corporate,1 Month,TRIAL,Commercial,0,0",
    ]))
    .unwrap();
    let plan = plan_price_list(&catalog, &rows, day(6, 1, 2018)).unwrap();
    let trial = &plan.added[0].offer;
    assert!(trial.is_trial());
    assert!(trial.frequencies.is_empty());
    assert_eq!((trial.min_seats, trial.max_seats), (25, 25));
    assert_eq!(trial.limit, OfferLimit::Lifetime(1));
    assert_eq!(trial.conversion_targets, vec![E3.to_string()]);
}

#[test]
fn p9_quoted_fields_bom_and_excel_semicolons_are_read() {
    let quoted = format!(
        "\u{feff}{HEADER}\r\nUNC,10/1/2017,,\"Office 365 E3, \"\"Enterprise\"\"\",796b6b5f-613c-4e24-a17c-eba730d49c02,Corporate,1 Month,Non-specific,Commercial,20.00,24.00\r\n"
    );
    let rows = parse_price_list(&quoted).unwrap();
    assert_eq!(rows[0].name, "Office 365 E3, \"Enterprise\"");
    assert_eq!(rows[0].line, 2);

    // Excel in a Dutch locale: semicolons and decimal commas; ISO dates read everywhere.
    let excel = format!(
        "\u{feff}{}\r\nCHG;2017-10-01;;E3;796b6b5f-613c-4e24-a17c-eba730d49c02;Corporate;1 Month;Non-specific;Commercial;22,50;27,00\r\n",
        HEADER.replace(',', ";")
    );
    let rows = parse_price_list(&excel).unwrap();
    assert_eq!(rows[0].list_price, money("22.50"));
    assert_eq!(rows[0].erp_price, money("27.00"));
    assert_eq!(rows[0].valid_from, day(10, 1, 2017));
}
