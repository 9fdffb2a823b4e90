//! The reconciliation file's columns, formats and dialects (SPEC R2–R5).

use super::*;
use crate::model::customer::Segment;
use std::collections::HashMap;

const PARTNER: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const CUSTOMER: &str = "9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d";
const SUBSCRIPTION: &str = "fb977ab5-1c2d-4e5f-8a9b-24c8d9591708";
const BILLING_ID: &str = "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e6f";
const E3: &str = "796b6b5f-613c-4e24-a17c-eba730d49c02";

/// The book of SPEC §9 example 2, as fixtures/README.md describes it.
struct Book {
    customers: Vec<Customer>,
    subscriptions: HashMap<String, SubscriptionFacts>,
    offers: HashMap<String, String>,
}

impl ReconLookup for Book {
    fn customer(&self, id: &str) -> Option<&Customer> {
        self.customers.iter().find(|c| c.id == id)
    }
    fn subscription(&self, subscription_id: &str) -> Option<LentFacts<'_>> {
        self.subscriptions
            .get(subscription_id)
            .map(SubscriptionFacts::lent)
    }
    fn offer_name(&self, offer_id: &str) -> Option<&str> {
        self.offers.get(offer_id).map(String::as_str)
    }
}

fn day(m: u32, d: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn book() -> Book {
    Book {
        customers: vec![Customer {
            id: CUSTOMER.into(),
            company_name: "Contoso, Ltd.".into(),
            domain: "contoso.onmicrosoft.com".into(),
            country: "US".into(),
            segment: Segment::Commercial,
            reseller_mpn_id: None,
        }],
        subscriptions: HashMap::from([(
            SUBSCRIPTION.to_string(),
            SubscriptionFacts {
                billing_id: BILLING_ID.into(),
                order_id: "566890604832738111".into(),
                nickname: None,
            },
        )]),
        offers: HashMap::from([(E3.to_string(), "Office 365 E3".to_string())]),
    }
}

fn settings() -> PartnerSettings {
    PartnerSettings {
        mpn_id: "4390934".into(),
        ..PartnerSettings::new(PARTNER.into())
    }
}

fn line(charge_type: ChargeType, start: NaiveDate, amount: i64) -> ChargeLine {
    ChargeLine {
        subscription_id: SUBSCRIPTION.into(),
        customer_id: CUSTOMER.into(),
        offer_id: E3.into(),
        charge_type,
        start,
        end: day(6, 30, 2018),
        unit_price: Money::new(amount, 2),
        quantity: 1,
        amount: Money::new(amount, 2),
        billing_date: day(6, 15, 2018),
        frequency: BillingFrequency::Monthly,
        term_start: day(6, 1, 2018),
        term_end: day(5, 31, 2019),
        nce: None,
    }
}

/// The 6/15/2018 invoice of example 2: bought 6/1, suspended 6/5, reactivated 6/10.
fn example_2_lines() -> Vec<ChargeLine> {
    vec![
        line(ChargeType::ProratePurchase, day(6, 1, 2018), 3000),
        line(ChargeType::CancelFee, day(6, 5, 2018), -3000),
        line(ChargeType::ActivationFee, day(6, 10, 2018), 3000),
    ]
}

fn write(lines: &[ChargeLine], book: &Book, dialect: CsvDialect) -> Vec<u8> {
    let rows = recon_rows(lines, book, &settings()).expect("every line is known");
    write_recon_csv(&rows, dialect)
}

fn records(bytes: &[u8]) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader.records().map(Result::unwrap).collect();
    (header, rows)
}

fn column(name: &str) -> usize {
    RECON_HEADER.iter().position(|h| *h == name).unwrap()
}

#[test]
fn r2_r3_example_2_matches_the_fixture_byte_for_byte() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/recon-example-2.csv"
    );
    let expected = std::fs::read(path)
        .unwrap_or_else(|e| panic!("the fixture {path} must be present to check SPEC R2/R3: {e}"));
    let written = write(&example_2_lines(), &book(), CsvDialect::Standard);
    assert_eq!(
        String::from_utf8(written).unwrap(),
        String::from_utf8(expected).unwrap()
    );
}

#[test]
fn r2_r4_an_independent_parser_reads_the_header_and_the_amounts_back() {
    let mut lines = example_2_lines();
    lines.push(ChargeLine {
        amount: Money::new(2129, 2),
        unit_price: Money::new(2129, 2),
        ..line(ChargeType::ActivationFee, day(6, 10, 2018), 0)
    });
    let (header, rows) = records(&write(&lines, &book(), CsvDialect::Standard));
    assert_eq!(header, RECON_HEADER);
    assert_eq!(rows.len(), lines.len());
    let amount = column("Amount");
    let sum: Money = rows.iter().map(|r| Money::parse(&r[amount]).unwrap()).sum();
    assert_eq!(sum, lines.iter().map(|l| l.amount).sum::<Money>());
    assert_eq!(sum.to_string(), "51.29");
}

#[test]
fn r3_credits_keep_their_minus_sign_in_every_amount() {
    let written = write(&example_2_lines(), &book(), CsvDialect::Standard);
    let (_, rows) = records(&written);
    let cancel = &rows[1];
    assert_eq!(&cancel[column("ChargeType")], "Cancel fee");
    for name in ["UnitPrice", "Amount", "Subtotal", "TotalForCustomer"] {
        assert_eq!(&cancel[column(name)], "-30.00", "{name}");
    }
    assert_eq!(&cancel[column("Tax")], "0.00");
    // Numbers are not neutralised: the raw line holds the bare amount.
    assert!(String::from_utf8(written)
        .unwrap()
        .contains(",-30.00,1,-30.00,"));
}

#[test]
fn r3_discount_and_tax_are_percentages_rounded_to_cents() {
    let s = PartnerSettings {
        discount_percent: Money::new(75, 1),
        tax_percent: Money::from_int(19),
        ..settings()
    };
    let lines = [
        line(ChargeType::ActivationFee, day(6, 10, 2018), 2129),
        line(ChargeType::CancelFee, day(6, 5, 2018), -3000),
    ];
    let rows = recon_rows(&lines, &book(), &s).unwrap();
    // 21.29 × 7.5% = 1.59675 → 1.60; 19.69 × 19% = 3.7411 → 3.74.
    let r = &rows[0];
    assert_eq!(r.total_other_discount.to_string(), "1.60");
    assert_eq!(r.subtotal.to_string(), "19.69");
    assert_eq!(r.tax.to_string(), "3.74");
    assert_eq!(r.total_for_customer.to_string(), "23.43");
    // -30.00 × 7.5% = -2.25; -27.75 × 19% = -5.2725 → -5.27.
    let c = &rows[1];
    assert_eq!(c.total_other_discount.to_string(), "-2.25");
    assert_eq!(c.subtotal.to_string(), "-27.75");
    assert_eq!(c.tax.to_string(), "-5.27");
    assert_eq!(c.total_for_customer.to_string(), "-33.02");
}

#[test]
fn r3_reseller_nickname_and_offer_name_fill_their_columns() {
    let mut b = book();
    b.customers[0].reseller_mpn_id = Some("5512345".into());
    b.subscriptions.get_mut(SUBSCRIPTION).unwrap().nickname = Some("Sales team".into());
    let rows = recon_rows(&example_2_lines()[..1], &b, &settings()).unwrap();
    let r = &rows[0];
    assert_eq!(r.reseller_mpn_id, "5512345");
    assert_eq!(r.mpn_id, "4390934");
    assert_eq!(r.subscription_name, "Sales team");
    assert_eq!(r.subscription_description, "Office 365 E3");
    assert_eq!(r.subscription_id, BILLING_ID);
    assert_eq!(r.syndication_partner_subscription_number, SUBSCRIPTION);
    assert_eq!(r.durable_offer_id, E3);
}

#[test]
fn r5_names_with_commas_quotes_and_new_lines_survive_a_round_trip() {
    let mut b = book();
    let name = "Fabrikam \"North\", Inc.\r\nSecond line";
    b.customers[0].company_name = name.into();
    let written = write(&example_2_lines()[..1], &b, CsvDialect::Standard);
    let text = String::from_utf8(written.clone()).unwrap();
    assert!(text.contains(",\"Fabrikam \"\"North\"\", Inc.\r\nSecond line\","));
    let (_, rows) = records(&written);
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][column("CustomerName")], name);
}

#[test]
fn r5_non_ascii_names_are_written_as_utf8() {
    let mut b = book();
    b.customers[0].company_name = "Müller & Söhne GmbH".into();
    b.subscriptions.get_mut(SUBSCRIPTION).unwrap().nickname = Some("Ærø".into());
    let (_, rows) = records(&write(&example_2_lines()[..1], &b, CsvDialect::Standard));
    assert_eq!(&rows[0][column("CustomerName")], "Müller & Söhne GmbH");
    assert_eq!(&rows[0][column("SubscriptionName")], "Ærø");
}

#[test]
fn r5_formula_cells_are_neutralised() {
    let mut b = book();
    b.customers[0].company_name = "=HYPERLINK(\"http://x\")".into();
    b.subscriptions.get_mut(SUBSCRIPTION).unwrap().nickname = Some("@SUM(A1)".into());
    b.offers.insert(E3.into(), "+Office".into());
    let lines = [line(ChargeType::CancelFee, day(6, 5, 2018), -3000)];
    let (_, rows) = records(&write(&lines, &b, CsvDialect::Standard));
    let r = &rows[0];
    assert_eq!(&r[column("CustomerName")], "'=HYPERLINK(\"http://x\")");
    assert_eq!(&r[column("SubscriptionName")], "'@SUM(A1)");
    assert_eq!(&r[column("OfferName")], "'+Office");
    assert_eq!(&r[column("Amount")], "-30.00");

    b.subscriptions.get_mut(SUBSCRIPTION).unwrap().nickname = Some("-1+2".into());
    let (_, rows) = records(&write(&lines, &b, CsvDialect::Standard));
    assert_eq!(&rows[0][column("SubscriptionName")], "'-1+2");
}

#[test]
fn r2_excel_variant_has_bom_semicolons_decimal_commas_and_a_row_per_line() {
    let mut b = book();
    b.customers[0].company_name = "Müller; Söhne".into();
    let written = write(&example_2_lines(), &b, CsvDialect::ExcelEuropean);
    assert!(written.starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = String::from_utf8(written[3..].to_vec()).unwrap();
    assert!(text.starts_with("PartnerId;CustomerId;CustomerName;MpnId;"));
    assert!(text.ends_with("Monthly\r\n"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, RECON_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][column("CustomerName")], "Müller; Söhne");
    assert_eq!(&rows[1][column("Amount")], "-30,00");
    assert_eq!(&rows[1][column("UnitPrice")], "-30,00");
    assert_eq!(&rows[1][column("ChargeStartDate")], "2018-06-05 00:00");
    assert_eq!(&rows[1][column("ChargeEndDate")], "2018-06-30 23:59");
}

#[test]
fn r2_a_line_the_book_does_not_know_is_an_error() {
    let mut stray = example_2_lines();
    stray[2].customer_id = "00000000-0000-0000-0000-000000000000".into();
    let err = recon_rows(&stray, &book(), &settings()).unwrap_err();
    assert!(
        err.contains("00000000-0000-0000-0000-000000000000"),
        "{err}"
    );

    let mut stray = example_2_lines();
    stray[0].offer_id = "unknown-offer".into();
    let err = recon_rows(&stray, &book(), &settings()).unwrap_err();
    assert!(err.contains("unknown-offer"), "{err}");

    let mut b = book();
    b.subscriptions.clear();
    let err = recon_rows(&example_2_lines(), &b, &settings()).unwrap_err();
    assert!(err.contains(SUBSCRIPTION), "{err}");
}

#[test]
fn recon_file_names_carry_partner_and_billing_date() {
    let d = day(6, 15, 2018);
    assert_eq!(
        recon_file_name("Contoso Partner", d, CsvDialect::Standard),
        "Contoso-Partner_recon_2018-06-15.csv"
    );
    assert_eq!(
        recon_file_name("Contoso Partner", d, CsvDialect::ExcelEuropean),
        "Contoso-Partner_recon_2018-06-15_excel.csv"
    );
}
