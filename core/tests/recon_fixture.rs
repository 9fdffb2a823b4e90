//! R2/R3: SPEC §9 example 2 through the engine comes out as the fixture, byte for byte.

mod common;

use common::*;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::catalog::BillingFrequency::Monthly;
use partnerdesk_core::model::settings::RulesProfile::P2018;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconciliation::invoice_recon_file;

#[test]
fn r2_r3_example_2_reconciliation_file_matches_the_fixture_byte_for_byte() {
    let expected = fixture("recon-example-2.csv");
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    run(&mut b, d(6, 5, 2018), cancel(SUB));
    run(&mut b, d(6, 10, 2018), reactivate(SUB));
    let state = derive(&b, d(6, 15, 2018));
    let file = invoice_recon_file(&state, &b, d(6, 15, 2018), CsvDialect::Standard).unwrap();
    assert_eq!(file.rows, 3);
    assert_eq!(file.total.to_string(), "30.00");
    assert_eq!(String::from_utf8(file.bytes).unwrap(), expected);
}
