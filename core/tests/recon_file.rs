//! Reading a partner's reconciliation file (issue 12): columns by name in any order, older
//! names, missing and extra columns, both CSV dialects, bad rows named and skipped, unknown
//! charge types listed, new commerce files told from legacy ones, chunks of any size.

mod common;

use common::{d, fixture, money};
use partnerdesk_core::imports::recon_file::{read_recon_file, ReconFileReader};
use partnerdesk_core::model::recon_line::{ReconLine, ReconProgram};

fn read(
    text: &str,
) -> (
    Vec<ReconLine>,
    partnerdesk_core::imports::recon_file::FileSummary,
) {
    read_recon_file(text.as_bytes()).unwrap_or_else(|e| panic!("{e:?}"))
}

fn header_errors(text: &str) -> Vec<String> {
    read_recon_file(text.as_bytes())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// The example-2 fixture with its columns (and their cells) in another order and names.
fn reshaped(order: &[&str], rename: &[(&str, &str)]) -> String {
    let text = fixture("recon-example-2.csv");
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    let header: Vec<&str> = records[0].iter().collect();
    let at: Vec<usize> = order
        .iter()
        .map(|name| header.iter().position(|h| h == name).unwrap())
        .collect();
    let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
    let names: Vec<&str> = order
        .iter()
        .map(|n| {
            rename
                .iter()
                .find(|(from, _)| from == n)
                .map_or(*n, |(_, to)| *to)
        })
        .collect();
    out.write_record(&names).unwrap();
    for record in &records[1..] {
        out.write_record(at.iter().map(|i| &record[*i])).unwrap();
    }
    String::from_utf8(out.into_inner().unwrap()).unwrap()
}

#[test]
fn r2_the_example_2_file_reads_into_its_three_lines() {
    let (lines, summary) = read(&fixture("recon-example-2.csv"));
    assert_eq!(summary.program, ReconProgram::Legacy);
    assert_eq!(summary.lines, 3);
    assert!(summary.skipped.is_empty() && summary.missing_columns.is_empty());
    assert_eq!(summary.total, money("30.00"));
    assert_eq!(summary.billing_date(15), Some(d(6, 15, 2018)));
    assert_eq!(summary.invoice_date(15), Some(d(6, 15, 2018)));
    let types: Vec<&str> = lines.iter().map(|l| &*l.charge_type).collect();
    assert_eq!(
        types,
        ["Prorate fees when purchase", "Cancel fee", "Activation fee"]
    );
    let cancel = &lines[1];
    assert_eq!(cancel.line, 3);
    assert_eq!(&*cancel.customer_name, "Contoso, Ltd.");
    assert_eq!(
        &*cancel.subscription_id,
        "fb977ab5-1c2d-4e5f-8a9b-24c8d9591708"
    );
    assert_eq!(&*cancel.billing_id, "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e6f");
    assert_eq!(
        (cancel.charge_start, cancel.charge_end),
        (d(6, 5, 2018), d(6, 30, 2018))
    );
    assert_eq!(
        (cancel.term_start, cancel.term_end),
        (Some(d(6, 1, 2018)), Some(d(5, 31, 2019)))
    );
    assert_eq!((cancel.quantity, cancel.amount), (1, money("-30.00")));
    assert_eq!(cancel.unit_price, Some(money("-30.00")));
    assert_eq!(&*cancel.frequency, "Monthly");
}

#[test]
fn r2_columns_are_found_by_name_in_any_order() {
    let order = [
        "Amount",
        "ChargeType",
        "Quantity",
        "ChargeEndDate",
        "ChargeStartDate",
        "SyndicationPartnerSubscriptionNumber",
        "SubscriptionId",
        "CustomerName",
        "CustomerId",
        "OfferName",
        "DurableOfferId",
        "OfferId",
        "UnitPrice",
        "SubscriptionStartDate",
        "SubscriptionEndDate",
        "BillingCycleType",
        "DomainName",
        "SubscriptionName",
        "MpnId",
        "ResellerMpnId",
        "OrderId",
        "PartnerId",
        "Subtotal",
    ];
    let (lines, summary) = read(&reshaped(&order, &[]));
    let (expected, _) = read(&fixture("recon-example-2.csv"));
    assert_eq!(lines, expected);
    assert!(summary.missing_columns.is_empty());
}

#[test]
fn r2_older_column_names_of_2016_are_understood() {
    let order = [
        "CustomerId",
        "CustomerName",
        "ResellerMpnId",
        "SyndicationPartnerSubscriptionNumber",
        "ChargeStartDate",
        "ChargeEndDate",
        "ChargeType",
        "Quantity",
        "Amount",
    ];
    let renamed = reshaped(
        &order,
        &[
            ("CustomerId", "CustomerNumber"),
            ("CustomerName", "CustomerCompanyName"),
            ("ResellerMpnId", "Tier2MpnId"),
            (
                "SyndicationPartnerSubscriptionNumber",
                "Syndication_Partner_Subscription_Number",
            ),
            ("ChargeType", "Charge Type"),
            ("Amount", "AMOUNT"),
        ],
    );
    let (lines, _) = read(&renamed);
    assert_eq!(lines.len(), 3);
    assert_eq!(
        &*lines[0].customer_id,
        "9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d"
    );
    assert_eq!(&*lines[0].customer_name, "Contoso, Ltd.");
    assert_eq!(&*lines[0].reseller_mpn_id, "4390934");
    assert_eq!(
        &*lines[0].subscription_id,
        "fb977ab5-1c2d-4e5f-8a9b-24c8d9591708"
    );
    assert_eq!(&*lines[2].charge_type, "Activation fee");
}

#[test]
fn r2_a_missing_column_is_noted_or_refused_and_an_extra_one_ignored() {
    let order = [
        "CustomerId",
        "SubscriptionId",
        "ChargeStartDate",
        "ChargeEndDate",
        "ChargeType",
        "Quantity",
        "Amount",
        "TotalForCustomer",
    ];
    let renamed = reshaped(&order, &[("TotalForCustomer", "TotalForCustomer")]);
    let with_extra = renamed.replacen("TotalForCustomer", "TotalForCustomer,Remarks", 1);
    let with_extra = with_extra
        .replace("\n", ",hello\n")
        .replacen(",hello\n", "\n", 1);
    let (lines, summary) = read(&with_extra);
    assert_eq!(lines.len(), 3);
    assert_eq!(&*lines[0].subscription_id, "");
    assert_eq!(
        &*lines[0].billing_id,
        "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e6f"
    );
    assert!(summary
        .missing_columns
        .contains(&"SyndicationPartnerSubscriptionNumber"));
    assert!(summary.missing_columns.contains(&"OfferName"));
    let no_amount = reshaped(
        &[
            "CustomerId",
            "SubscriptionId",
            "ChargeType",
            "Quantity",
            "TotalForCustomer",
        ],
        &[],
    );
    assert_eq!(
        header_errors(&no_amount),
        [
            "Line 1: The header has no column \"ChargeStartDate\", which a license-based (legacy) file needs.",
            "Line 1: The header has no column \"ChargeEndDate\", which a license-based (legacy) file needs.",
            "Line 1: The header has no column \"Amount\", which a license-based (legacy) file needs.",
        ]
    );
    assert!(
        header_errors("Company name,Domain\nA,b.com\n")[0].contains("not a reconciliation file")
    );
    assert!(header_errors("")[0].contains("The file is empty"));
}

#[test]
fn r3_the_excel_dialect_reads_as_the_standard_one() {
    let standard = fixture("recon-example-2.csv");
    let excel = standard_to_excel(&standard);
    assert!(excel.starts_with('\u{feff}') && excel.contains(";-30,00;"));
    let (lines, summary) = read(&excel);
    assert!(summary.semicolons);
    assert_eq!(lines, read(&standard).0);
}

/// What Excel in a Dutch or German locale makes of the file: semicolons, decimal commas, ISO
/// dates, a byte-order mark.
fn standard_to_excel(text: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut out = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    for record in reader.records() {
        let record = record.unwrap();
        let cells = record.iter().map(|cell| {
            let date = partnerdesk_core::base::dates::parse_date(cell.split(' ').next().unwrap());
            match date {
                Some(day) if cell.contains('/') => day.format("%Y-%m-%d 00:00").to_string(),
                _ if money_like(cell) => cell.replace('.', ","),
                _ => cell.to_string(),
            }
        });
        out.write_record(cells).unwrap();
    }
    format!(
        "\u{feff}{}",
        String::from_utf8(out.into_inner().unwrap()).unwrap()
    )
}

fn money_like(cell: &str) -> bool {
    cell.contains('.')
        && cell
            .trim_start_matches('-')
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.')
}

#[test]
fn bad_rows_are_named_and_skipped_and_the_rest_is_read() {
    let text = fixture("recon-example-2.csv");
    let mut rows: Vec<String> = text.split("\r\n").map(str::to_string).collect();
    rows[1] = rows[1].replace(
        "6/1/2018 0:00,6/30/2018 23:59",
        "6/31/2018 0:00,6/30/2018 23:59",
    );
    rows[2] = rows[2].replace("-30.00,0.00", "minus thirty,0.00");
    rows.insert(3, "just,three,fields".to_string());
    let (lines, summary) = read(&rows.join("\r\n"));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].line, 5);
    let skipped: Vec<(usize, &str)> = summary.skipped.iter().map(|s| (s.line, s.column)).collect();
    assert_eq!(skipped, [(2, "ChargeStartDate"), (3, "Amount"), (4, "row")]);
    assert_eq!(
        summary.skipped[0].reason,
        "The ChargeStartDate \"6/31/2018 0:00\" is not a date such as 6/30/2018 or 6/30/2018 23:59."
    );
    assert_eq!(
        summary.skipped[1].reason,
        "The Amount \"minus thirty\" is not an amount such as 30.00 or 30,00."
    );
    assert!(summary.skipped[2]
        .reason
        .starts_with("This row has 3 fields but the header has 28"));
    assert_eq!(
        summary.skipped_by_column(),
        [("Amount", 1), ("ChargeStartDate", 1), ("row", 1)]
    );
}

#[test]
fn unknown_charge_types_are_listed_and_their_lines_kept() {
    let text = fixture("recon-example-2.csv")
        .replace("Cancel fee", "Prorate fees when cancel")
        .replace("Activation fee", "prorate FEES when cancel");
    let (lines, summary) = read(&text);
    assert_eq!(lines.len(), 3);
    assert_eq!(
        summary.unknown_charge_types,
        [
            ("Prorate fees when cancel".to_string(), 1),
            ("prorate FEES when cancel".to_string(), 1)
        ]
    );
    assert_eq!(&*lines[1].charge_type, "Prorate fees when cancel");
}

#[test]
fn r6_the_x2_file_is_read_as_new_commerce() {
    let (lines, summary) = read(&fixture("recon-nce-x2.csv"));
    assert_eq!(summary.program, ReconProgram::NewCommerce);
    assert_eq!(summary.invoice_month(), Some(d(6, 1, 2021)));
    // N7: June's invoice is issued on 7/8, whatever the partner's legacy billing day.
    assert_eq!(summary.invoice_date(15), Some(d(7, 8, 2021)));
    assert_eq!(summary.total, money("81.98"));
    let seats: Vec<(&str, u32, String)> = lines
        .iter()
        .map(|l| (&*l.charge_type, l.quantity, l.amount.to_string()))
        .collect();
    assert_eq!(
        seats,
        [
            ("new", 10, "100.80".to_string()),
            ("addQuantity", 10, "-94.08".to_string()),
            ("addQuantity", 12, "112.89".to_string()),
            ("removeQuantity", 12, "-112.89".to_string()),
            ("removeQuantity", 8, "75.26".to_string()),
        ]
    );
    assert_eq!(lines[1].reference_id, lines[2].reference_id);
    assert_eq!(
        &*lines[1].reference_id,
        "12d33e18-061e-4040-ad77-fcd77c1a9943"
    );
    assert_eq!(lines[1].order_date, Some(d(6, 20, 2021)));
    assert_eq!(&*lines[0].offer_id, "PDNCE00000BS:0001");
    assert_eq!(&*lines[0].country, "DE");
}

#[test]
fn chunks_of_any_size_give_the_same_lines() {
    let file = fixture("recon-example-2.csv");
    let text = format!("{file}{}", file.split_once("\r\n").unwrap().1);
    let (whole, _) = read(&text);
    for size in [1, 7, 64, 1000] {
        let mut reader = ReconFileReader::new();
        let mut lines = Vec::new();
        for chunk in text.as_bytes().chunks(size) {
            reader.feed(chunk).unwrap();
            lines.extend(reader.take_lines());
        }
        let (rest, summary) = reader.finish().unwrap();
        lines.extend(rest);
        assert_eq!(lines, whole, "chunks of {size}");
        assert_eq!(summary.lines, 6);
        assert_eq!(lines[5].line, 7);
    }
}
