//! N21, N23, N33, N34: billing-plan changes and co-termed add-ons.

mod nce_support;

use nce_support::*;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::billing::nce::action::{Creation, Dated, NceAction};
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::model::nce::line::Qualifier;
use partnerdesk_core::model::nce::order::BaseCalendar;
use partnerdesk_core::model::nce::price::PriceRow;
use partnerdesk_core::model::nce::sample_catalog::*;
use partnerdesk_core::model::nce::term::BillingPlan;
use partnerdesk_core::model::status::Status;
use partnerdesk_core::rules::nce::checks::OtherSubscription;
use partnerdesk_core::rules::nce::run::{
    run_subscription, SubscriptionHistory, SubscriptionOutcome,
};
use partnerdesk_core::NaiveDate;

const BASE: &str = "base-subscription";

fn plan_change(on: NaiveDate, plan: BillingPlan) -> Dated<NceAction> {
    at(
        on,
        NceAction::ChangeBillingPlan {
            plan,
            order_id: format!("plan-{on}"),
        },
    )
}

fn base_of(offer: &str, status: Status) -> Vec<OtherSubscription> {
    vec![OtherSubscription {
        subscription_id: BASE.into(),
        offer_id: offer.into(),
        trial_offer_id: None,
        status,
        seats: 10,
    }]
}

fn add_on(on: NaiveDate, base: BaseCalendar, quantity: u32) -> Dated<Creation> {
    Dated {
        day: on,
        action: Creation::AddOn {
            subscription_id: SUB.into(),
            ids: ids(0),
            offer_id: EXCHANGE_ONLINE_ARCHIVING.into(),
            quantity,
            base_subscription_id: BASE.into(),
            base,
        },
    }
}

fn run_add_on(
    catalog: &partnerdesk_core::model::nce::offer::NceCatalog,
    others: &[OtherSubscription],
    creation: &Dated<Creation>,
    actions: &[Dated<NceAction>],
    horizon: NaiveDate,
) -> Result<SubscriptionOutcome, RuleError> {
    let history = SubscriptionHistory {
        creation,
        actions,
        today: horizon,
        horizon,
    };
    run_subscription(PARTNER, &context(catalog, others), history)
}

#[test]
fn n21_only_p3y_monthly_annual_switches_before_april_2025() {
    let catalog = nce_sample_catalog();
    let refused = |c, on, plan| {
        let out = run(
            &catalog,
            &purchase(day(2023, 1, 10), O365_E3, c, 5),
            &[plan_change(on, plan)],
            on,
            on,
        );
        out.refusals
            .first()
            .map(|r| (r.error.rule.clone(), r.error.field.clone()))
    };
    let n21 = Some(("N21".to_string(), Some("plan".to_string())));
    assert_eq!(
        refused(P1Y_MONTHLY, day(2023, 2, 1), BillingPlan::Annual),
        n21
    );
    assert_eq!(
        refused(P3Y_TRIENNIAL, day(2023, 2, 1), BillingPlan::Annual),
        n21
    );
    assert_eq!(
        refused(P3Y_MONTHLY, day(2023, 2, 1), BillingPlan::Triennial),
        n21
    );
    assert_eq!(
        refused(P3Y_MONTHLY, day(2023, 2, 1), BillingPlan::Annual),
        None
    );
    // The last cycle of the term cannot change: nothing starts after it.
    assert_eq!(
        refused(P3Y_ANNUAL, day(2025, 1, 10), BillingPlan::Monthly),
        n21
    );
}

#[test]
fn n21_n30_partial_annual_cycle_charges_n_twelfths_then_anniversaries() {
    let catalog = nce_sample_catalog();
    let out = run(
        &catalog,
        &purchase(day(2022, 1, 31), O365_E3, P3Y_MONTHLY, 2),
        &[plan_change(day(2022, 3, 1), BillingPlan::Annual)],
        day(2023, 1, 31),
        day(2023, 1, 31),
    );
    // N is 3/31/2022, k = 2 months after T, so n = 12 − 2 = 10: 240 × 10/12 = 200.
    assert_eq!(
        described(&out.lines),
        [
            "[1/31/2022] new 1/31/2022–2/27/2022: 20.00 × 2 = 40.00",
            "[2/28/2022] cycleCharge 2/28/2022–3/30/2022: 20.00 × 2 = 40.00",
            "[3/31/2022] changeBillingPlan 3/31/2022–1/30/2023: 200.00 × 2 = 400.00",
            "[1/31/2023] cycleCharge 1/31/2023–1/30/2024: 240.00 × 2 = 480.00",
        ]
    );
    assert_eq!(
        out.lines[2].unit_price,
        money("240.00"),
        "N10: the annual row in force on T, not 276.00"
    );
}

#[test]
fn n33_one_pending_change_and_asking_for_the_current_plan_withdraws_it() {
    let catalog = nce_sample_catalog();
    let bought = purchase(day(2023, 1, 10), O365_E3, P3Y_MONTHLY, 5);
    let withdraw = [
        plan_change(day(2023, 1, 12), BillingPlan::Annual),
        plan_change(day(2023, 1, 20), BillingPlan::Monthly),
    ];
    let out = run(
        &catalog,
        &bought,
        &withdraw,
        day(2023, 3, 1),
        day(2023, 3, 1),
    );
    assert!(out.refusals.is_empty());
    assert_eq!(out.view.pending_plan_change, None);
    assert!(out
        .lines
        .iter()
        .all(|l| l.charge_type != ChargeType::ChangeBillingPlan));
    let again = run(
        &catalog,
        &bought,
        &[plan_change(day(2023, 1, 12), BillingPlan::Monthly)],
        day(2023, 1, 12),
        day(2023, 1, 12),
    );
    assert_eq!(again.refusals[0].error.rule, "N33");
    let pending = run(
        &catalog,
        &bought,
        &withdraw[..1],
        day(2023, 1, 12),
        day(2023, 1, 12),
    )
    .view
    .pending_plan_change;
    assert_eq!(
        pending.map(|p| (p.plan, p.takes_effect)),
        Some((BillingPlan::Annual, day(2023, 2, 10)))
    );
}

#[test]
fn n23_add_on_is_co_termed_with_the_base_cycles() {
    let catalog = nce_sample_catalog();
    let base = run(
        &catalog,
        &purchase(day(2023, 1, 10), BUSINESS_STANDARD, P1Y_MONTHLY, 10),
        &[],
        day(2023, 1, 25),
        day(2023, 1, 25),
    );
    let others = base_of(BUSINESS_STANDARD, Status::Active);
    let creation = add_on(day(2023, 1, 25), base.view.calendar().unwrap(), 5);
    let out = run_add_on(&catalog, &others, &creation, &[], day(2024, 1, 10)).unwrap();
    let first: Vec<String> = described(&out.lines).into_iter().take(2).collect();
    assert_eq!(
        first,
        [
            "[1/25/2023] new 1/25/2023–2/9/2023: 1.548387 × 5 = 7.74",
            "[2/10/2023] cycleCharge 2/10/2023–3/9/2023: 3.00 × 5 = 15.00"
        ]
    );
    assert_eq!(
        (out.lines[0].term_start, out.lines[0].term_end),
        (day(2023, 1, 25), day(2024, 1, 9))
    );
    let renewal = out.lines.last().unwrap();
    assert_eq!(
        (renewal.charge_type, renewal.start, renewal.end),
        (ChargeType::Renew, day(2024, 1, 10), day(2024, 2, 9))
    );
    assert!(out
        .lines
        .iter()
        .all(|l| nce(l).qualifier == Some(Qualifier::AddOn)));
    let cancel = [at(day(2023, 1, 25), NceAction::Cancel { ids: ids(1) })];
    let cancelled = run_add_on(&catalog, &others, &creation, &cancel, day(2023, 1, 31)).unwrap();
    assert_eq!(
        nce(&cancelled.lines[1]).subtotal,
        money("-7.74"),
        "a cancellation on day P refunds the first line"
    );
}

#[test]
fn n23_add_on_needs_an_active_base_of_a_prerequisite() {
    let catalog = nce_sample_catalog();
    let base = run(
        &catalog,
        &purchase(day(2023, 1, 10), O365_E5, P1Y_MONTHLY, 10),
        &[],
        day(2023, 1, 25),
        day(2023, 1, 25),
    );
    let creation = add_on(day(2023, 1, 25), base.view.calendar().unwrap(), 5);
    let not_prerequisite = run_add_on(
        &catalog,
        &base_of(O365_E5, Status::Active),
        &creation,
        &[],
        day(2023, 2, 1),
    );
    assert_eq!(not_prerequisite.unwrap_err().rule, "A1");
    let suspended = run_add_on(
        &catalog,
        &base_of(O365_E3, Status::Suspended),
        &creation,
        &[],
        day(2023, 2, 1),
    );
    assert_eq!(suspended.unwrap_err().field.as_deref(), Some("base"));
}

#[test]
fn n34_add_on_without_the_base_term_is_refused_and_follows_a_partial_annual_cycle() {
    let mut catalog = nce_sample_catalog();
    let base = run(
        &catalog,
        &purchase(day(2022, 1, 20), O365_E3, P3Y_MONTHLY, 10),
        &[plan_change(day(2022, 2, 1), BillingPlan::Annual)],
        day(2022, 3, 20),
        day(2022, 3, 20),
    );
    let others = base_of(O365_E3, Status::Active);
    let creation = add_on(day(2022, 3, 20), base.view.calendar().unwrap(), 2);
    assert_eq!(
        run_add_on(&catalog, &others, &creation, &[], day(2022, 3, 20))
            .unwrap_err()
            .rule,
        "N1"
    );
    catalog.prices.rows.push(PriceRow {
        offer_id: EXCHANGE_ONLINE_ARCHIVING.into(),
        term_plan: combo(P3Y_ANNUAL),
        valid_from: day(2022, 1, 1),
        unit_price: money("36.00"),
    });
    let out = run_add_on(&catalog, &others, &creation, &[], day(2023, 1, 20)).unwrap();
    // c = 36 × 11/12 = 33 in the base's cycle 2/20/2022–1/19/2023 (334 days), 306 of them left.
    assert_eq!(
        described(&out.lines),
        [
            "[3/20/2022] new 3/20/2022–1/19/2023: 30.233533 × 2 = 60.46",
            "[1/20/2023] cycleCharge 1/20/2023–1/19/2024: 36.00 × 2 = 72.00",
        ]
    );
}

#[test]
fn n35_cycle_charge_then_cancellation_on_the_same_day() {
    let catalog = nce_sample_catalog();
    let base = run(
        &catalog,
        &purchase(day(2023, 1, 10), BUSINESS_STANDARD, P1Y_MONTHLY, 10),
        &[],
        day(2023, 2, 8),
        day(2023, 2, 8),
    );
    let creation = add_on(day(2023, 2, 8), base.view.calendar().unwrap(), 4);
    let cancel = [at(day(2023, 2, 10), NceAction::Cancel { ids: ids(1) })];
    let out = run_add_on(
        &catalog,
        &base_of(BUSINESS_STANDARD, Status::Active),
        &creation,
        &cancel,
        day(2023, 3, 31),
    )
    .unwrap();
    assert_eq!(
        described(&out.lines),
        [
            "[2/8/2023] new 2/8/2023–2/9/2023: 0.193548 × 4 = 0.77",
            "[2/10/2023] cycleCharge 2/10/2023–3/9/2023: 3.00 × 4 = 12.00",
            "[2/10/2023] cancelImmediate 2/10/2023–3/9/2023: -3.00 × 4 = -12.00",
        ]
    );
}
