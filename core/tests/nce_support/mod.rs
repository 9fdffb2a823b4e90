//! Shared set-up of the new commerce tests: dates, amounts, catalogs and one-subscription runs.
// Each test file uses part of this module, so what one binary leaves unused is not dead.
#![allow(dead_code)]

use partnerdesk_core::base::dates::us_date;
use partnerdesk_core::base::money::Money;
use partnerdesk_core::billing::invoice::summaries_up_to;
use partnerdesk_core::billing::nce::action::{Creation, Dated, NceAction};
use partnerdesk_core::billing::nce::engine::NEW_COMMERCE;
use partnerdesk_core::model::charge_line::ChargeLine;
use partnerdesk_core::model::nce::ids::PartnerIds;
use partnerdesk_core::model::nce::line::NceCharge;
use partnerdesk_core::model::nce::offer::NceCatalog;
use partnerdesk_core::model::nce::order::OrderIds;
use partnerdesk_core::model::nce::price::PriceRow;
use partnerdesk_core::model::nce::sample_catalog::{nce_sample_catalog, BUSINESS_STANDARD};
use partnerdesk_core::model::nce::term::{BillingPlan, Term, TermPlan};
use partnerdesk_core::rules::nce::checks::{CheckContext, OtherSubscription};
use partnerdesk_core::rules::nce::run::{
    run_subscription, SubscriptionHistory, SubscriptionOutcome,
};
use partnerdesk_core::NaiveDate;

pub const PARTNER: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
pub const SUB: &str = "fb977ab5-1c2d-4e5f-8a9b-24c8d9591708";

/// The namespaces PARTNER's derived ids are spelled in (N28).
pub fn partner_ids() -> PartnerIds {
    PartnerIds::of(PARTNER)
}

pub mod book;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn money(text: &str) -> Money {
    Money::parse(text).unwrap()
}

pub fn tp(term: Term, plan: BillingPlan) -> TermPlan {
    TermPlan::new(term, plan).unwrap()
}

pub const P1M: (Term, BillingPlan) = (Term::P1M, BillingPlan::Monthly);
pub const P1Y_MONTHLY: (Term, BillingPlan) = (Term::P1Y, BillingPlan::Monthly);
pub const P1Y_ANNUAL: (Term, BillingPlan) = (Term::P1Y, BillingPlan::Annual);
pub const P3Y_TRIENNIAL: (Term, BillingPlan) = (Term::P3Y, BillingPlan::Triennial);
pub const P3Y_ANNUAL: (Term, BillingPlan) = (Term::P3Y, BillingPlan::Annual);
pub const P3Y_MONTHLY: (Term, BillingPlan) = (Term::P3Y, BillingPlan::Monthly);

pub fn combo((term, plan): (Term, BillingPlan)) -> TermPlan {
    tp(term, plan)
}

/// Distinct order and reference ids for the n-th action of a test.
pub fn ids(n: u32) -> OrderIds {
    OrderIds {
        order_id: format!("0a000000-0000-4000-8000-{n:012}"),
        reference_id: format!("0b000000-0000-4000-8000-{n:012}"),
    }
}

/// The sample catalog with Business Standard priced as one of Microsoft's examples, from 2020.
pub fn microsoft_catalog(rows: &[((Term, BillingPlan), &str)]) -> NceCatalog {
    let mut catalog = nce_sample_catalog();
    catalog
        .prices
        .rows
        .retain(|r| r.offer_id != BUSINESS_STANDARD);
    for (c, u) in rows {
        catalog.prices.rows.push(PriceRow {
            offer_id: BUSINESS_STANDARD.to_string(),
            term_plan: combo(*c),
            valid_from: day(2020, 1, 1),
            unit_price: money(u),
        });
    }
    catalog
        .offers
        .iter_mut()
        .for_each(|o| o.valid_from = day(2020, 1, 1));
    catalog
}

pub fn purchase(
    on: NaiveDate,
    offer: &str,
    c: (Term, BillingPlan),
    quantity: u32,
) -> Dated<Creation> {
    Dated {
        day: on,
        action: Creation::Purchase {
            subscription_id: SUB.into(),
            ids: ids(0),
            offer_id: offer.into(),
            term_plan: combo(c),
            quantity,
        },
    }
}

pub fn at(on: NaiveDate, action: NceAction) -> Dated<NceAction> {
    Dated { day: on, action }
}

pub fn seats(on: NaiveDate, quantity: u32, n: u32) -> Dated<NceAction> {
    at(
        on,
        NceAction::ChangeQuantity {
            quantity,
            ids: ids(n),
        },
    )
}

pub fn context<'a>(catalog: &'a NceCatalog, others: &'a [OtherSubscription]) -> CheckContext<'a> {
    CheckContext {
        catalog,
        country: "DE",
        others,
    }
}

/// X2 as R6's example file writes it: 10 seats of Business Standard P1M (10.08) bought
/// 6/18/2021, 10 → 12 and 12 → 8 on 6/20, with the example's order and reference ids.
pub fn x2_history() -> (NceCatalog, Dated<Creation>, Vec<Dated<NceAction>>) {
    let order = |n: u32, reference: &str| OrderIds {
        order_id: format!("5e1f0a6c-000{n}-4d2b-9c3e-6a7b8c9d0e0{n}"),
        reference_id: reference.to_string(),
    };
    let creation = Dated {
        day: day(2021, 6, 18),
        action: Creation::Purchase {
            subscription_id: SUB.into(),
            ids: order(1, "7d71c595-4635-40d1-a9e2-b34e63b01764"),
            offer_id: BUSINESS_STANDARD.into(),
            term_plan: combo(P1M),
            quantity: 10,
        },
    };
    let change = |quantity, ids| {
        at(
            day(2021, 6, 20),
            NceAction::ChangeQuantity { quantity, ids },
        )
    };
    let actions = vec![
        change(12, order(2, "12d33e18-061e-4040-ad77-fcd77c1a9943")),
        change(8, order(3, "2f8965ff-512b-4233-9a74-1f54a6ad71d0")),
    ];
    (microsoft_catalog(&[(P1M, "10.08")]), creation, actions)
}

/// Replays one subscription of a customer with no other subscriptions.
pub fn run(
    catalog: &NceCatalog,
    creation: &Dated<Creation>,
    actions: &[Dated<NceAction>],
    today: NaiveDate,
    horizon: NaiveDate,
) -> SubscriptionOutcome {
    let history = SubscriptionHistory {
        creation,
        actions,
        today,
        horizon,
    };
    run_subscription(PARTNER, &context(catalog, &[]), history).expect("creation allowed")
}

/// The new commerce detail of a line.
pub fn nce(line: &ChargeLine) -> &NceCharge {
    line.nce.as_deref().expect("a new commerce line")
}

/// "[OrderDate] chargeType start–end: e × q = subtotal", as §12 writes lines.
pub fn describe(line: &ChargeLine) -> String {
    format!(
        "[{}] {} {}–{}: {} × {} = {}",
        us_date(line.order_date()),
        line.charge_type.label(),
        us_date(line.start),
        us_date(line.end),
        nce(line).effective_unit_price.written(),
        line.quantity,
        nce(line).subtotal
    )
}

pub fn described(lines: &[ChargeLine]) -> Vec<String> {
    lines.iter().map(describe).collect()
}

/// The lines of the invoice of the month containing `month_day`.
pub fn invoice_lines(lines: &[ChargeLine], month_day: NaiveDate) -> Vec<String> {
    let month = partnerdesk_core::base::dates::first_of_month(month_day);
    described(
        &lines
            .iter()
            .filter(|l| nce(l).invoice_month() == month)
            .cloned()
            .collect::<Vec<_>>(),
    )
}

/// (number, total) of every invoice, without tax.
pub fn invoice_totals(lines: &[ChargeLine]) -> Vec<(String, Money)> {
    summaries_up_to(&NEW_COMMERCE, lines, NaiveDate::MAX)
        .into_iter()
        .map(|i| (i.number, i.total))
        .collect()
}
