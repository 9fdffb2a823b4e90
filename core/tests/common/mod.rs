//! A small book for rule tests: one partner, one customer, offers priced as SPEC §9 needs.
#![allow(dead_code)]

use partnerdesk_core::billing::derive::{derive, Derived};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::{BillingFrequency, Catalog, PricePoint};
use partnerdesk_core::model::charge_line::{ChargeLine, ChargeType};
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::sample_catalog::{sample_catalog, ATP, E3, E3_TRIAL, TEAMS_TRIAL};
use partnerdesk_core::model::settings::{PartnerSettings, RulesProfile};
use partnerdesk_core::{Money, NaiveDate};

pub mod csv_edit;

pub const PARTNER_ID: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
pub const CUSTOMER: &str = "9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d";
pub const SUB: &str = "fb977ab5-1c2d-4e5f-8a9b-24c8d9591708";
pub const ADD_ON: &str = "a0a0a0a0-1c2d-4e5f-8a9b-24c8d9591708";

pub fn d(m: u32, day: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A file of tests/fixtures (README.md there says what each holds).
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("the fixture {path}: {e}"))
}

pub fn money(text: &str) -> Money {
    Money::parse(text).unwrap()
}

pub fn contoso() -> Customer {
    Customer {
        id: CUSTOMER.into(),
        company_name: "Contoso, Ltd.".into(),
        domain: "contoso.onmicrosoft.com".into(),
        country: "US".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    }
}

/// The sample catalog with E3 at `e3_price` and the ATP add-on at `add_on_price`, from 2017.
pub fn catalog(e3_price: &str, add_on_price: &str) -> Catalog {
    let mut c = sample_catalog();
    for (id, p) in [(E3, e3_price), (ATP, add_on_price)] {
        c.set_price(PricePoint {
            offer_id: id.into(),
            from: d(10, 1, 2017),
            monthly: money(p),
            erp: money(p),
        });
    }
    c
}

/// SPEC §9's setting: billing day 15, E3 at $30, profile 2018, one customer created 1/1/2017.
pub fn book(billing_day: u32, e3_price: &str, profile: RulesProfile) -> Book {
    let mut settings = PartnerSettings::new(PARTNER_ID.into());
    settings.mpn_id = "4390934".into();
    settings.billing_day = billing_day;
    settings.profile = profile;
    let mut b = Book::new(settings, catalog(e3_price, "5"));
    b.execute(Command::CreateCustomer(contoso()), d(10, 1, 2017))
        .unwrap();
    b
}

pub fn ids(sub: &str) -> NewIds {
    NewIds {
        subscription_id: sub.into(),
        billing_id: "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e6f".into(),
        order_id: "566890604832738111".into(),
        reference_id: None,
    }
}

pub fn buy(b: &mut Book, on: NaiveDate, frequency: BillingFrequency, quantity: u32) {
    b.execute(
        Command::Purchase {
            ids: ids(SUB),
            customer_id: CUSTOMER.into(),
            offer_id: E3.into(),
            quantity,
            frequency,
            nickname: None,
            term_plan: None,
        },
        on,
    )
    .unwrap();
}

pub fn run(b: &mut Book, on: NaiveDate, command: Command) {
    b.execute(command, on).unwrap();
}

pub fn cancel(sub: &str) -> Command {
    Command::Cancel {
        subscription_id: sub.into(),
        order: None,
    }
}

pub fn reactivate(sub: &str) -> Command {
    Command::Reactivate {
        subscription_id: sub.into(),
    }
}

pub fn trial_sign_up(sub: &str, offer: &str) -> Command {
    Command::SignUpTrial {
        ids: ids(sub),
        customer_id: CUSTOMER.into(),
        offer_id: offer.into(),
    }
}

pub const E3_TRIAL_ID: &str = E3_TRIAL;
pub const TEAMS_TRIAL_ID: &str = TEAMS_TRIAL;
pub const E3_ID: &str = E3;
pub const ATP_ID: &str = ATP;

/// A line in the compact form the tests compare: (start, end, type, unit, qty, amount).
pub type Row = (
    NaiveDate,
    NaiveDate,
    ChargeType,
    &'static str,
    u32,
    &'static str,
);

pub fn rows(lines: &[ChargeLine]) -> Vec<(NaiveDate, NaiveDate, ChargeType, String, u32, String)> {
    lines
        .iter()
        .map(|l| {
            (
                l.start,
                l.end,
                l.charge_type,
                l.unit_price.to_string(),
                l.quantity,
                l.amount.to_string(),
            )
        })
        .collect()
}

pub fn expect(lines: &[ChargeLine], expected: &[Row]) {
    let want: Vec<_> = expected
        .iter()
        .map(|(s, e, t, u, q, a)| (*s, *e, *t, u.to_string(), *q, a.to_string()))
        .collect();
    assert_eq!(rows(lines), want);
}

/// The invoice of `billing_date`, derived as of that day.
pub fn invoice_lines(b: &Book, billing_date: NaiveDate) -> Vec<ChargeLine> {
    let state: Derived = derive(b, billing_date);
    state
        .invoices()
        .into_iter()
        .find(|i| i.billing_date == billing_date)
        .map(|i| i.lines)
        .unwrap_or_default()
}
