//! R6: the new commerce reconciliation file, byte for byte against SPEC-NCE's X2 file; N36's order.

mod nce_support;

use nce_support::*;
use partnerdesk_core::billing::nce::action::{Creation, Dated};
use partnerdesk_core::model::charge_line::ChargeLine;
use partnerdesk_core::model::nce::sample_catalog::BUSINESS_PREMIUM_TRIAL;
use partnerdesk_core::reports::csv_writer::CsvDialect;
use partnerdesk_core::reports::nce_recon_csv::{
    nce_recon_csv, CustomerLines, ReconPartner, NCE_RECON_HEADER,
};
use rust_decimal::Decimal;

const X2_FILE: &[u8] = include_bytes!("fixtures/recon-nce-x2.csv");

fn x2_lines() -> Vec<ChargeLine> {
    let (catalog, creation, actions) = x2_history();
    run(
        &catalog,
        &creation,
        &actions,
        day(2021, 6, 30),
        day(2021, 6, 30),
    )
    .lines
}

fn partner(tax_percent: Decimal) -> ReconPartner<'static> {
    ReconPartner {
        partner_id: PARTNER,
        mpn_id: "4390934",
        currency: "EUR",
        tax_percent,
    }
}

fn contoso(lines: &[ChargeLine]) -> CustomerLines<'_> {
    CustomerLines {
        id: "9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d",
        name: "Contoso, Ltd.",
        domain: "contoso.onmicrosoft.com",
        country: "DE",
        reseller_mpn_id: None,
        lines,
    }
}

fn file(dialect: CsvDialect, customers: &[CustomerLines], tax: Decimal) -> String {
    let catalog = microsoft_catalog(&[(P1M, "10.08")]);
    String::from_utf8(
        nce_recon_csv(dialect, &partner(tax), day(2021, 6, 1), customers, &catalog).unwrap(),
    )
    .unwrap()
}

#[test]
fn r6_x2_june_file_byte_for_byte() {
    let lines = x2_lines();
    assert_eq!(
        file(CsvDialect::Standard, &[contoso(&lines)], Decimal::ZERO),
        String::from_utf8(X2_FILE.to_vec()).unwrap()
    );
}

#[test]
fn r6_46_columns_and_totals_sum_to_the_invoice() {
    assert_eq!(NCE_RECON_HEADER.len(), 46);
    let lines = x2_lines();
    let text = file(CsvDialect::Standard, &[contoso(&lines)], Decimal::ZERO);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let total: Decimal = reader
        .records()
        .map(|r| r.unwrap()[20].parse::<Decimal>().unwrap())
        .sum();
    assert_eq!(total, Decimal::new(8198, 2));
    assert_eq!(
        invoice_totals(&lines),
        [("G202106001".to_string(), money("81.98"))]
    );
}

#[test]
fn r6_excel_dialect_semicolons_decimal_comma_and_bom() {
    let lines = x2_lines();
    let text = file(CsvDialect::ExcelEuropean, &[contoso(&lines)], Decimal::ZERO);
    assert!(text.starts_with("\u{feff}PartnerId;CustomerId;"));
    let second = text.lines().nth(2).unwrap();
    assert!(
        second.contains(";addQuantity;10,08;10;-94,08;0,00;-94,08;EUR;"),
        "{second}"
    );
    assert!(
        second.contains(";-9,408;;;10;;EUR;1;2021-05-31;"),
        "{second}"
    );
    assert!(
        second.contains(";Contoso, Ltd.;"),
        "only a semicolon needs quotes here: {second}"
    );
}

#[test]
fn r6_tax_total_is_half_away_from_zero_and_a_refund_mirrors_its_charge() {
    let lines = x2_lines();
    let text = file(
        CsvDialect::Standard,
        &[contoso(&lines)],
        Decimal::new(19, 0),
    );
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let taxes: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[19].to_string())
        .collect();
    // 19 % of 100.80, -94.08, 112.89, -112.89, 75.26 (N29: refunds are exactly minus).
    assert_eq!(taxes, ["19.15", "-17.88", "21.45", "-21.45", "14.30"]);
}

#[test]
fn r6_trial_lines_and_n36_sort_by_date_then_customer_then_subscription() {
    let catalog = microsoft_catalog(&[(P1M, "10.08")]);
    let trial = |sub: &str, on| Dated {
        day: on,
        action: Creation::TrialSignUp {
            subscription_id: sub.into(),
            order_id: format!("order-{sub}"),
            offer_id: BUSINESS_PREMIUM_TRIAL.into(),
        },
    };
    let history = |sub: &str, on| run(&catalog, &trial(sub, on), &[], on, on).lines;
    let (zeta, alpha_b, alpha_a) = (
        history("c-sub", day(2021, 6, 3)),
        history("B-sub", day(2021, 6, 5)),
        history("a-sub", day(2021, 6, 5)),
    );
    let customer = |name: &'static str, lines| CustomerLines {
        name,
        ..contoso(lines)
    };
    let customers = [
        customer("Zeta", &zeta),
        customer("Alpha", &alpha_b),
        customer("Alpha", &alpha_a),
    ];
    let text = String::from_utf8(
        nce_recon_csv(
            CsvDialect::Standard,
            &partner(Decimal::ZERO),
            day(2021, 6, 1),
            &customers,
            &catalog,
        )
        .unwrap(),
    )
    .unwrap();
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let order: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[2].as_str(), r[26].as_str()))
        .collect();
    assert_eq!(
        order,
        [("Zeta", "c-sub"), ("Alpha", "a-sub"), ("Alpha", "B-sub")]
    );
    let row = &rows[0];
    assert_eq!(
        (
            row[15].as_str(),
            row[16].as_str(),
            row[18].as_str(),
            row[33].as_str()
        ),
        ("new", "0.00", "0.00", "25")
    );
    assert_eq!(
        (row[29].as_str(), row[34].as_str(), row[44].as_str()),
        ("", "", "[\"Trial\"]")
    );
    assert_eq!(
        (row[41].as_str(), row[42].as_str()),
        ("6/3/2021", "7/2/2021")
    );
    assert!(text.contains(",\"[\"\"Trial\"\"]\","));
}
