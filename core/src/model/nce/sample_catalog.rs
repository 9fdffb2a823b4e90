//! N3: the built-in new commerce catalog. Every row comes from the offer's P1Y/annual price A.

use super::offer::{NceCatalog, NceOffer, OfferKind, OfferLimit};
use super::price::{PriceList, PriceRow};
use super::term::{BillingPlan, Term, TermPlan};
use crate::base::money::Money;
use chrono::NaiveDate;
use rust_decimal::Decimal;

pub const BUSINESS_BASIC: &str = "CFQ7TTC0LH18:0001";
pub const BUSINESS_STANDARD: &str = "PDNCE00000BS:0001";
pub const BUSINESS_PREMIUM: &str = "CFQ7TTC0LCHC:0002";
pub const O365_E1: &str = "PDNCE00000E1:0001";
pub const O365_E3: &str = "PDNCE00000E3:0001";
pub const O365_E5: &str = "PDNCE00000E5:0001";
pub const EXCHANGE_ONLINE_ARCHIVING: &str = "PDNCE0000EOA:0001";
pub const BUSINESS_PREMIUM_TRIAL: &str = "PDNCE0000BPT:0001";
pub const O365_E3_TRIAL: &str = "PDNCE0000E3T:0001";

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid sample date")
}

/// The day the sample rows start, the day of the 2022 price change and the day of the +5 % uplift.
fn launch() -> NaiveDate {
    date(2022, 1, 1)
}
fn price_change() -> NaiveDate {
    date(2022, 3, 1)
}
fn uplift_day() -> NaiveDate {
    date(2025, 4, 1)
}

/// Half up to cents (N3's round2; prices are never negative).
fn round2(value: Decimal) -> Money {
    Money(value).round2()
}

/// The rows N3 derives from A, valid from `from`. The monthly rows of P1Y and P3Y get the
/// uplift row only from the last A, since the uplift came after every sample price change.
fn rows_from_a(offer: &NceOffer, a: Money, from: NaiveDate, uplift: bool) -> Vec<PriceRow> {
    let twelve = Decimal::from(12);
    let monthly = round2(a.0 / twelve);
    let uplifted = round2(a.0 * Decimal::new(105, 2) / twelve);
    let mut rows: Vec<(TermPlan, NaiveDate, Money)> = Vec::new();
    let mut add = |term, plan, day, u| {
        let tp = TermPlan::new(term, plan).expect("N1 combination");
        rows.push((tp, day, u));
    };
    add(Term::P1Y, BillingPlan::Annual, from, a);
    add(Term::P1Y, BillingPlan::Monthly, from, monthly);
    if uplift {
        add(Term::P1Y, BillingPlan::Monthly, uplift_day(), uplifted);
    }
    if offer.has_p1m {
        add(
            Term::P1M,
            BillingPlan::Monthly,
            from,
            round2(a.0 / twelve * Decimal::new(120, 2)),
        );
    }
    if offer.has_p3y {
        add(Term::P3Y, BillingPlan::Triennial, from, a * 3);
        add(Term::P3Y, BillingPlan::Annual, from, a);
        add(Term::P3Y, BillingPlan::Monthly, from, monthly);
        if uplift {
            add(Term::P3Y, BillingPlan::Monthly, uplift_day(), uplifted);
        }
    }
    rows.into_iter()
        .map(|(term_plan, valid_from, unit_price)| PriceRow {
            offer_id: offer.id(),
            term_plan,
            valid_from,
            unit_price,
        })
        .collect()
}

fn offer(product: &str, name: &str, kind: OfferKind, marks: (bool, bool)) -> NceOffer {
    let (product_id, sku_id) = product.split_once(':').expect("ProductId:SkuId");
    NceOffer {
        product_id: product_id.into(),
        sku_id: sku_id.into(),
        // A sample availability id: the product id with its last character replaced by 1.
        availability_id: format!("{}1", &product_id[..product_id.len() - 1]),
        sku_name: name.into(),
        product_name: name.into(),
        kind,
        prerequisites: vec![],
        conversion_targets: vec![],
        min_seats: if kind == OfferKind::Trial { 25 } else { 1 },
        max_seats: if kind == OfferKind::Trial { 25 } else { 300 },
        limit: if kind == OfferKind::Trial {
            OfferLimit::Lifetime(1)
        } else {
            OfferLimit::None
        },
        countries: vec![],
        valid_from: launch(),
        valid_to: None,
        has_p1m: marks.0,
        has_p3y: marks.1,
    }
}

/// (offer id, name, A before 3/1/2022, A from 3/1/2022 when it changed, marked P3Y).
const PAID: [(&str, &str, i64, Option<i64>, bool); 6] = [
    (
        BUSINESS_BASIC,
        "Microsoft 365 Business Basic",
        60,
        Some(72),
        false,
    ),
    (
        BUSINESS_STANDARD,
        "Microsoft 365 Business Standard",
        150,
        None,
        false,
    ),
    (
        BUSINESS_PREMIUM,
        "Microsoft 365 Business Premium",
        240,
        Some(264),
        false,
    ),
    (O365_E1, "Office 365 E1", 96, Some(120), false),
    (O365_E3, "Office 365 E3", 240, Some(276), true),
    (O365_E5, "Office 365 E5", 420, Some(456), false),
];

/// The sample catalog of N3 (US list prices in USD).
pub fn nce_sample_catalog() -> NceCatalog {
    let mut offers = Vec::new();
    let mut rows = Vec::new();
    for (id, name, first_a, later_a, p3y) in PAID {
        let o = offer(id, name, OfferKind::Base, (true, p3y));
        rows.extend(rows_from_a(
            &o,
            Money::from_int(first_a),
            launch(),
            later_a.is_none(),
        ));
        if let Some(a) = later_a {
            rows.extend(rows_from_a(&o, Money::from_int(a), price_change(), true));
        }
        offers.push(o);
    }
    let mut archiving = offer(
        EXCHANGE_ONLINE_ARCHIVING,
        "Exchange Online Archiving",
        OfferKind::AddOn,
        (true, false),
    );
    archiving.prerequisites = [
        BUSINESS_BASIC,
        BUSINESS_STANDARD,
        BUSINESS_PREMIUM,
        O365_E1,
        O365_E3,
    ]
    .map(String::from)
    .to_vec();
    rows.extend(rows_from_a(&archiving, Money::from_int(36), launch(), true));
    offers.push(archiving);
    for (id, name, target) in [
        (
            BUSINESS_PREMIUM_TRIAL,
            "Business Premium Trial",
            BUSINESS_PREMIUM,
        ),
        (O365_E3_TRIAL, "Office 365 E3 Trial", O365_E3),
    ] {
        let mut trial = offer(id, name, OfferKind::Trial, (false, false));
        trial.conversion_targets = vec![target.to_string()];
        offers.push(trial);
    }
    NceCatalog {
        offers,
        prices: PriceList { rows },
    }
}
