//! Issue 10 item 7: extreme values (u32::MAX licenses, rust_decimal's largest price, days at
//! chrono's ends) through every command and then every derivation the app shows: each command
//! is refused or recorded, nothing panics, and what is recorded stays within `base::bounds`, so
//! the derivations of the book (dashboard, invoices, reconciliation file) compute exactly.
//! Derivations run on days of the range (`FIRST_DAY`..=`LAST_DAY`), the only ones the app's
//! clock hands out.

use partnerdesk_core::base::bounds::{FIRST_DAY, LAST_DAY, MAX_SEATS};
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::{derive, derive_current};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::{
    BillingFrequency, LicenseAgreement::Corporate, Offer, PricePoint, SecondaryLicense,
};
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::price_list_plan::{AddedOffer, PriceChange, PriceListPlan};
use partnerdesk_core::model::sample_catalog::{ATP, E1, E3, E5, E5_TRIAL};
use partnerdesk_core::reports::csv_writer::CsvDialect;
use partnerdesk_core::reports::dashboard::dashboard;
use partnerdesk_core::reports::reconciliation::invoice_recon_file;
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::storage::history_check::check_ranges;
use partnerdesk_core::{Money, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn extreme_day() -> impl Strategy<Value = NaiveDate> {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        Just(add_days(FIRST_DAY, -1)),
        Just(FIRST_DAY),
        Just(LAST_DAY),
        Just(add_days(LAST_DAY, 1)),
        Just(day(9999, 12, 31)),
        (0i64..4_000).prop_map(move |n| add_days(day(2018, 1, 1), n)),
    ]
}

fn extreme_money() -> impl Strategy<Value = Money> {
    prop_oneof![
        Just(Money(Decimal::MAX)),
        Just(Money(Decimal::MIN)),
        Just(Money(Decimal::new(1, 28))),
        Just(Money::from_int(1_000_000)),
        Just(Money::new(100_000_001, 2)),
        Just(Money::new(-1, 2)),
        Just(Money::parse("1000000000000000000000000").unwrap()),
        any::<i64>().prop_map(|n| Money::new(n, 2)),
    ]
}

fn extreme_quantity() -> impl Strategy<Value = u32> {
    prop_oneof![
        Just(0),
        Just(1),
        Just(25),
        Just(10_000),
        Just(MAX_SEATS),
        Just(MAX_SEATS + 1),
        Just(u32::MAX),
        any::<u32>(),
    ]
}

/// The ids of the generated book: its customers and subscriptions, and fresh ones.
struct Ids {
    customers: Vec<String>,
    subscriptions: Vec<String>,
}

impl Ids {
    fn of(book: &Book) -> Ids {
        let mut customers: Vec<String> = Vec::new();
        let mut subscriptions: Vec<String> = Vec::new();
        for e in &book.events {
            if let Command::CreateCustomer(c) = &e.command {
                customers.push(c.id.clone());
            } else if let Some(s) = e.command.target_subscription() {
                subscriptions.push(s.to_string());
            }
        }
        Ids {
            customers,
            subscriptions,
        }
    }

    fn customer(&self, n: usize) -> String {
        self.customers[n % self.customers.len()].clone()
    }

    fn subscription(&self, n: usize) -> String {
        self.subscriptions[n % self.subscriptions.len()].clone()
    }
}

fn new_ids(pick: usize) -> NewIds {
    let n = pick % 1_000_000;
    NewIds {
        subscription_id: format!("5ab5ffff-0000-4000-8000-{n:012}"),
        billing_id: format!("b111ffff-0000-4000-8000-{n:012}"),
        order_id: format!("{}", 900_000_000_000_000_000u64 + n as u64),
        reference_id: None,
    }
}

/// The values a command may carry, drawn from the extremes.
#[derive(Clone, Debug)]
struct Values {
    kind: u8,
    pick: usize,
    quantity: u32,
    day: NaiveDate,
    prices: [Money; 2],
}

fn values() -> impl Strategy<Value = Values> {
    (
        0u8..12,
        any::<usize>(),
        extreme_quantity(),
        extreme_day(),
        [extreme_money(), extreme_money()],
    )
        .prop_map(|(kind, pick, quantity, day, prices)| Values {
            kind,
            pick,
            quantity,
            day,
            prices,
        })
}

fn price_list(v: &Values) -> PriceListPlan {
    let price = |offer_id: &str| PricePoint {
        offer_id: offer_id.into(),
        from: v.day,
        monthly: v.prices[0],
        erp: v.prices[1],
    };
    let new_id = "a1b2c3d4-0000-4000-8000-00000000ffff";
    let mut offer =
        Offer::with_defaults(new_id, "Extreme", Corporate, SecondaryLicense::Base, v.day);
    offer.max_seats = v.quantity;
    PriceListPlan {
        added: vec![AddedOffer {
            line: 2,
            offer,
            price: price(new_id),
        }],
        changed: vec![PriceChange {
            line: 3,
            offer_name: "E3".into(),
            old: None,
            new: price(E3),
        }],
        ..PriceListPlan::default()
    }
}

fn command(v: &Values, ids: &Ids) -> Command {
    let subscription_id = ids.subscription(v.pick);
    let frequency = if v.pick.is_multiple_of(2) {
        BillingFrequency::Monthly
    } else {
        BillingFrequency::Annual
    };
    match v.kind {
        0 => Command::Purchase {
            ids: new_ids(v.pick),
            customer_id: ids.customer(v.pick),
            offer_id: [E1, E3, E5][v.pick % 3].into(),
            quantity: v.quantity,
            frequency,
            nickname: None,
            term_plan: None,
        },
        1 => Command::SignUpTrial {
            ids: new_ids(v.pick),
            customer_id: ids.customer(v.pick),
            offer_id: E5_TRIAL.into(),
        },
        2 => Command::ConvertTrial {
            subscription_id,
            target_offer_id: E5.into(),
            quantity: v.quantity,
            frequency,
            term_plan: None,
            order: None,
        },
        3 => Command::BuyAddOn {
            ids: new_ids(v.pick),
            parent_id: subscription_id,
            offer_id: ATP.into(),
            quantity: v.quantity,
        },
        4 | 5 => Command::ChangeQuantity {
            subscription_id,
            quantity: v.quantity,
            order: None,
        },
        6 => Command::Cancel {
            subscription_id,
            order: None,
        },
        7 => Command::Reactivate { subscription_id },
        8 => Command::ChangeFrequency {
            subscription_id,
            frequency,
            order_id: None,
        },
        9 => Command::ChangePrice {
            offer_id: [E1, E3][v.pick % 2].into(),
            from: v.day,
            monthly: v.prices[0],
            erp: v.prices[1],
        },
        10 => Command::ImportPriceList(price_list(v)),
        _ => Command::SetAutoRenew {
            subscription_id,
            on: v.pick.is_multiple_of(2),
        },
    }
}

/// Everything the app derives from a book, on `today`.
fn derive_everything(book: &Book, today: NaiveDate) {
    let catalog = book.catalog_on(today);
    let current = derive_current(book, today);
    let _ = dashboard(&current, &catalog);
    let _ = current.upcoming_invoice();
    let all = derive(book, today);
    let summaries = all.invoice_summaries();
    let total = Money::checked_sum(summaries.iter().map(|s| &s.total));
    assert!(total.is_ok(), "the invoices of a bounded book add up");
    if let Some(latest) = summaries.last() {
        let file = invoice_recon_file(&all, book, latest.billing_date, CsvDialect::Standard);
        assert!(file.is_ok(), "{file:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn extreme_values_are_refused_or_recorded_within_bounds_and_never_panic(
        seed in 0u64..1_000,
        steps in prop::collection::vec((values(), extreme_day()), 1..6),
    ) {
        let mut book = generated_book(3, 1, seed);
        let ids = Ids::of(&book);
        for (v, today) in &steps {
            let before = book.clone();
            match book.execute(command(v, &ids), *today) {
                Ok(_) => prop_assert_eq!(check_ranges(&book.events), Ok(())),
                Err(_) => prop_assert_eq!(&book, &before),
            }
        }
        let last = book.last_event_date().unwrap_or(FIRST_DAY);
        for today in [FIRST_DAY, last, add_days(last, 400).min(LAST_DAY), LAST_DAY] {
            derive_everything(&book, today);
        }
    }
}
