//! The license-based reconciliation file of an invoice (SPEC R2–R5): one row per charge line.

use crate::base::money::Money;
use crate::csv_writer::{export_file_name, write_table, Cell};
use crate::model::catalog::BillingFrequency;
use crate::model::charge_line::{ChargeLine, ChargeType};
use crate::model::customer::Customer;
use crate::model::settings::PartnerSettings;
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;

pub use crate::csv_writer::CsvDialect;

/// SPEC R2's columns, in order.
pub const RECON_HEADER: [&str; 28] = [
    "PartnerId",
    "CustomerId",
    "CustomerName",
    "MpnId",
    "ResellerMpnId",
    "OrderId",
    "SubscriptionId",
    "SyndicationPartnerSubscriptionNumber",
    "OfferId",
    "DurableOfferId",
    "OfferName",
    "SubscriptionStartDate",
    "SubscriptionEndDate",
    "ChargeStartDate",
    "ChargeEndDate",
    "ChargeType",
    "UnitPrice",
    "Quantity",
    "Amount",
    "TotalOtherDiscount",
    "Subtotal",
    "Tax",
    "TotalForCustomer",
    "Currency",
    "DomainName",
    "SubscriptionName",
    "SubscriptionDescription",
    "BillingCycleType",
];

/// What the file needs of a subscription beyond its charge line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionFacts {
    /// The app's internal billing id: the SubscriptionId column.
    pub billing_id: String,
    pub order_id: String,
    pub nickname: Option<String>,
}

/// The book as the reconciliation file sees it; the engine implements it over derived state.
pub trait ReconLookup {
    fn customer(&self, id: &str) -> Option<&Customer>;
    /// By the partner-facing Subscription ID of a charge line.
    fn subscription(&self, subscription_id: &str) -> Option<SubscriptionFacts>;
    fn offer_name(&self, offer_id: &str) -> Option<String>;
}

/// One row of the file, a field per R2 column. Dates carry their time of day (R3); amounts are
/// exact and rounded to cents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReconRow {
    pub partner_id: String,
    pub customer_id: String,
    pub customer_name: String,
    pub mpn_id: String,
    pub reseller_mpn_id: String,
    pub order_id: String,
    pub subscription_id: String,
    pub syndication_partner_subscription_number: String,
    pub offer_id: String,
    pub durable_offer_id: String,
    pub offer_name: String,
    pub subscription_start_date: NaiveDateTime,
    pub subscription_end_date: NaiveDateTime,
    pub charge_start_date: NaiveDateTime,
    pub charge_end_date: NaiveDateTime,
    pub charge_type: ChargeType,
    pub unit_price: Money,
    pub quantity: u32,
    pub amount: Money,
    pub total_other_discount: Money,
    pub subtotal: Money,
    pub tax: Money,
    pub total_for_customer: Money,
    pub currency: String,
    pub domain_name: String,
    pub subscription_name: String,
    pub subscription_description: String,
    pub billing_cycle_type: BillingFrequency,
}

impl ReconRow {
    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(&self.partner_id),
            Cell::Text(&self.customer_id),
            Cell::Text(&self.customer_name),
            Cell::Text(&self.mpn_id),
            Cell::Text(&self.reseller_mpn_id),
            Cell::Text(&self.order_id),
            Cell::Text(&self.subscription_id),
            Cell::Text(&self.syndication_partner_subscription_number),
            Cell::Text(&self.offer_id),
            Cell::Text(&self.durable_offer_id),
            Cell::Text(&self.offer_name),
            Cell::DateTime(self.subscription_start_date),
            Cell::DateTime(self.subscription_end_date),
            Cell::DateTime(self.charge_start_date),
            Cell::DateTime(self.charge_end_date),
            Cell::Text(self.charge_type.label()),
            Cell::Amount(self.unit_price),
            Cell::Count(i64::from(self.quantity)),
            Cell::Amount(self.amount),
            Cell::Amount(self.total_other_discount),
            Cell::Amount(self.subtotal),
            Cell::Amount(self.tax),
            Cell::Amount(self.total_for_customer),
            Cell::Text(&self.currency),
            Cell::Text(&self.domain_name),
            Cell::Text(&self.subscription_name),
            Cell::Text(&self.subscription_description),
            Cell::Text(self.billing_cycle_type.label()),
        ]
    }
}

fn at(date: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    date.and_hms_opt(hour, minute, 0)
        .expect("0:00 and 23:59 exist on every day")
}

/// `percent` % of `base`, rounded to cents.
fn percent_of(base: Money, percent: Money) -> Money {
    (base * (percent.decimal() / Decimal::ONE_HUNDRED)).round2()
}

/// The rows of the file for `lines`, in their order; an error names the first line whose
/// customer, subscription or offer the book does not know.
pub fn recon_rows(
    lines: &[ChargeLine],
    lookup: &dyn ReconLookup,
    settings: &PartnerSettings,
) -> Result<Vec<ReconRow>, String> {
    lines
        .iter()
        .map(|line| recon_row(line, lookup, settings))
        .collect()
}

fn recon_row(
    line: &ChargeLine,
    lookup: &dyn ReconLookup,
    settings: &PartnerSettings,
) -> Result<ReconRow, String> {
    let customer = lookup.customer(&line.customer_id).ok_or_else(|| {
        format!(
            "The charge line of subscription {} names customer {}, which is not in the book.",
            line.subscription_id, line.customer_id
        )
    })?;
    let facts = lookup.subscription(&line.subscription_id).ok_or_else(|| {
        format!(
            "A charge line names subscription {}, which is not in the book.",
            line.subscription_id
        )
    })?;
    let offer_name = lookup.offer_name(&line.offer_id).ok_or_else(|| {
        format!(
            "The charge line of subscription {} names offer {}, which is not in the catalog.",
            line.subscription_id, line.offer_id
        )
    })?;
    let amount = line.amount.round2();
    let total_other_discount = percent_of(amount, settings.discount_percent);
    let subtotal = amount - total_other_discount;
    let tax = percent_of(subtotal, settings.tax_percent);
    Ok(ReconRow {
        partner_id: settings.partner_id.clone(),
        customer_id: customer.id.clone(),
        customer_name: customer.company_name.clone(),
        mpn_id: settings.mpn_id.clone(),
        reseller_mpn_id: customer
            .reseller_mpn_id
            .clone()
            .unwrap_or_else(|| settings.mpn_id.clone()),
        order_id: facts.order_id,
        subscription_id: facts.billing_id,
        syndication_partner_subscription_number: line.subscription_id.to_string(),
        offer_id: line.offer_id.to_string(),
        durable_offer_id: line.offer_id.to_string(),
        // A blank nickname is no nickname: the column would otherwise be empty.
        subscription_name: facts
            .nickname
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| offer_name.clone()),
        subscription_description: offer_name.clone(),
        offer_name,
        subscription_start_date: at(line.term_start, 0, 0),
        subscription_end_date: at(line.term_end, 0, 0),
        charge_start_date: at(line.start, 0, 0),
        charge_end_date: at(line.end, 23, 59),
        charge_type: line.charge_type,
        unit_price: line.unit_price.round2(),
        quantity: line.quantity,
        amount,
        total_other_discount,
        subtotal,
        tax,
        total_for_customer: subtotal + tax,
        currency: settings.currency.clone(),
        domain_name: customer.domain.clone(),
        billing_cycle_type: line.frequency,
    })
}

/// The file's bytes: the R2 header, then one record per row.
pub fn write_recon_csv(rows: &[ReconRow], dialect: CsvDialect) -> Vec<u8> {
    write_table(dialect, &RECON_HEADER, rows.iter().map(ReconRow::cells))
}

/// `Contoso-Partner_recon_2018-06-15.csv` (`…_excel.csv` for the Excel dialect).
pub fn recon_file_name(partner_name: &str, billing_date: NaiveDate, dialect: CsvDialect) -> String {
    export_file_name(partner_name, "recon", billing_date, dialect)
}

#[cfg(test)]
mod tests {
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
        fn subscription(&self, subscription_id: &str) -> Option<SubscriptionFacts> {
            self.subscriptions.get(subscription_id).cloned()
        }
        fn offer_name(&self, offer_id: &str) -> Option<String> {
            self.offers.get(offer_id).cloned()
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
            "/../../shared/fixtures/recon-example-2.csv"
        );
        let expected = std::fs::read(path).unwrap_or_else(|e| {
            panic!("the shared fixture {path} must be present to check SPEC R2/R3: {e}")
        });
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
}
