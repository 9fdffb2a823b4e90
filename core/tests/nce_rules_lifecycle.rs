//! N8–N12, N15, N16, N24, N25, N28, N35: purchase, cycles, price lock, renewal, expiry,
//! cancellation, suspension, the order within a day, states and derived ids.

mod nce_support;

use nce_support::*;
use partnerdesk_core::base::say::NceNote;
use partnerdesk_core::billing::nce::action::NceAction;
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::model::nce::order::ScheduledChange;
use partnerdesk_core::model::nce::sample_catalog::*;
use partnerdesk_core::model::nce::term::BillingPlan;
use partnerdesk_core::model::status::Status;
use partnerdesk_core::rules::nce::checks::check_creation;

fn cancel(
    on: partnerdesk_core::NaiveDate,
) -> partnerdesk_core::billing::nce::action::Dated<NceAction> {
    at(on, NceAction::Cancel { ids: ids(9) })
}

#[test]
fn n8_purchase_of_trial_add_on_or_unpriced_term_is_refused() {
    let catalog = nce_sample_catalog();
    let ctx = context(&catalog, &[]);
    let rule = |offer, c| {
        check_creation(
            &ctx,
            day(2023, 1, 10),
            &purchase(day(2023, 1, 10), offer, c, 5).action,
        )
        .map_err(|e| e.rule)
    };
    assert_eq!(rule(BUSINESS_PREMIUM_TRIAL, P1Y_MONTHLY), Err("N8".into()));
    assert_eq!(
        rule(EXCHANGE_ONLINE_ARCHIVING, P1Y_MONTHLY),
        Err("N23".into())
    );
    assert_eq!(rule(BUSINESS_BASIC, P3Y_ANNUAL), Err("N1".into()));
    assert_eq!(rule(BUSINESS_BASIC, P1Y_MONTHLY), Ok(()));
    let early = check_creation(
        &ctx,
        day(2021, 6, 1),
        &purchase(day(2021, 6, 1), BUSINESS_BASIC, P1M, 5).action,
    );
    assert_eq!(early.unwrap_err().rule, "P7");
    let zero = check_creation(
        &ctx,
        day(2023, 1, 10),
        &purchase(day(2023, 1, 10), BUSINESS_BASIC, P1M, 0).action,
    );
    assert_eq!(zero.unwrap_err().field.as_deref(), Some("quantity"));
}

#[test]
fn n8_purchase_opens_a_batch_and_the_cancellation_window() {
    let out = run(
        &nce_sample_catalog(),
        &purchase(day(2023, 1, 10), BUSINESS_BASIC, P1M, 5),
        &[],
        day(2023, 1, 10),
        day(2023, 1, 10),
    );
    let v = &out.view;
    assert_eq!(
        (v.status, v.auto_renew, v.seats, v.unit_price),
        (Status::Active, true, 5, money("7.20"))
    );
    assert_eq!(
        (
            v.batches[0].added,
            v.batches[0].last_reducible_day(),
            v.last_cancel_day()
        ),
        (day(2023, 1, 10), day(2023, 1, 16), Some(day(2023, 1, 16)))
    );
    assert_eq!(
        out.notes[0].note,
        NceNote::WindowsOpen {
            seats: 5,
            until: day(2023, 1, 16)
        }
        .into()
    );
}

#[test]
fn n9_cycle_charges_bill_seats_held_at_the_cycle_start_and_never_upfront() {
    let catalog = nce_sample_catalog();
    let upfront = run(
        &catalog,
        &purchase(day(2023, 1, 10), O365_E3, P3Y_TRIENNIAL, 2),
        &[],
        day(2025, 1, 9),
        day(2026, 1, 9),
    );
    assert_eq!(
        described(&upfront.lines),
        ["[1/10/2023] new 1/10/2023–1/9/2026: 828.00 × 2 = 1656.00"]
    );
    let monthly = run(
        &catalog,
        &purchase(day(2023, 1, 10), O365_E3, P1Y_MONTHLY, 2),
        &[seats(day(2023, 1, 12), 3, 1)],
        day(2023, 2, 10),
        day(2023, 2, 10),
    );
    let charge = monthly.lines.last().unwrap();
    assert_eq!(
        (
            charge.charge_type,
            charge.quantity,
            charge.order_id(&partner_ids()).as_deref()
        ),
        (ChargeType::CycleCharge, 3, Some(ids(0).order_id.as_str()))
    );
}

#[test]
fn n10_price_lock_through_the_term_and_n11_renewal_with_a_scheduled_change() {
    let catalog = nce_sample_catalog();
    let schedule = ScheduledChange {
        offer_id: O365_E1.into(),
        term_plan: combo(P1Y_ANNUAL),
        quantity: 3,
    };
    let actions = [at(day(2023, 2, 1), NceAction::ScheduleChange(schedule))];
    let out = run(
        &catalog,
        &purchase(day(2022, 2, 15), O365_E1, P1Y_MONTHLY, 5),
        &actions,
        day(2023, 2, 15),
        day(2023, 2, 28),
    );
    assert!(
        out.lines[..12]
            .iter()
            .all(|l| l.unit_price == money("8.00")),
        "locked before the 3/1/2022 rise"
    );
    let renew = &out.lines[12];
    assert_eq!(
        describe(renew),
        "[2/15/2023] renew 2/15/2023–2/14/2024: 120.00 × 3 = 360.00"
    );
    assert_eq!(
        renew.order_id(&partner_ids()).as_deref(),
        renew.reference_id(&partner_ids()).as_deref()
    );
    let v = &out.view;
    assert_eq!(
        (
            v.seats,
            v.batches.len(),
            v.last_cancel_day(),
            v.scheduled_change.clone()
        ),
        (3, 1, Some(day(2023, 2, 21)), None)
    );
}

#[test]
fn n12_auto_renew_off_expires_on_r_and_expired_cannot_be_reactivated() {
    let catalog = nce_sample_catalog();
    let actions = [
        at(day(2023, 1, 20), NceAction::SetAutoRenew { on: false }),
        at(day(2023, 2, 10), NceAction::Reactivate),
    ];
    let out = run(
        &catalog,
        &purchase(day(2023, 1, 10), BUSINESS_BASIC, P1M, 5),
        &actions,
        day(2023, 2, 10),
        day(2023, 3, 31),
    );
    assert_eq!(out.lines.len(), 1, "no renew line");
    assert_eq!(
        (out.view.status, out.view.status_since),
        (Status::Expired, day(2023, 2, 10))
    );
    assert_eq!(out.refusals[0].error.rule, "N12");
    assert!(out.refusals[0]
        .error
        .message
        .contains("buy a new subscription"));
}

#[test]
fn n15_cancellation_on_day_7_allowed_on_day_8_refused_with_the_way_out() {
    let catalog = nce_sample_catalog();
    let bought = purchase(day(2023, 1, 10), BUSINESS_BASIC, P1Y_MONTHLY, 5);
    let day7 = run(
        &catalog,
        &bought,
        &[cancel(day(2023, 1, 16))],
        day(2023, 3, 1),
        day(2023, 3, 1),
    );
    assert_eq!(
        describe(&day7.lines[1]),
        "[1/16/2023] cancelImmediate 1/16/2023–2/9/2023: -4.83871 × 5 = -24.19"
    );
    assert_eq!((day7.view.status, day7.lines.len()), (Status::Canceled, 2));
    let day8 = run(
        &catalog,
        &bought,
        &[cancel(day(2023, 1, 17))],
        day(2023, 1, 17),
        day(2023, 1, 17),
    );
    assert_eq!(day8.refusals[0].error.rule, "N15");
    assert_eq!(
        day8.refusals[0].error.message,
        "A subscription can only be cancelled within 7 days of its start on 1/10/2023; the last such day was 1/16/2023. Turn off auto-renew so that it ends on 1/9/2024 instead."
    );
    assert_eq!(day8.view.status, Status::Active);
}

#[test]
fn n16_suspension_bills_on_turns_auto_renew_off_and_keeps_a_pending_plan_change() {
    let catalog = nce_sample_catalog();
    let actions = [
        at(
            day(2023, 1, 11),
            NceAction::ChangeBillingPlan {
                plan: BillingPlan::Annual,
                order_id: "plan".into(),
            },
        ),
        at(day(2023, 1, 12), NceAction::Suspend),
        cancel(day(2023, 1, 13)),
    ];
    let bought = purchase(day(2023, 1, 10), O365_E3, P3Y_MONTHLY, 5);
    let suspended = run(
        &catalog,
        &bought,
        &actions[..2],
        day(2023, 1, 12),
        day(2023, 2, 10),
    );
    let v = &suspended.view;
    assert_eq!(
        (v.status, v.auto_renew, v.pending_plan_change.is_some()),
        (Status::Suspended, false, true)
    );
    assert_eq!(
        suspended.lines.last().unwrap().charge_type,
        ChargeType::ChangeBillingPlan
    );
    let cancelled = run(
        &catalog,
        &bought,
        &actions,
        day(2023, 1, 13),
        day(2023, 1, 13),
    );
    assert_eq!(
        (
            cancelled.view.status,
            cancelled.view.pending_plan_change.clone()
        ),
        (Status::Canceled, None)
    );
    let back = [
        at(day(2023, 1, 12), NceAction::Suspend),
        at(day(2023, 1, 14), NceAction::Reactivate),
    ];
    let reactivated = run(&catalog, &bought, &back, day(2023, 1, 14), day(2023, 1, 14));
    assert_eq!(
        (reactivated.view.status, reactivated.view.auto_renew),
        (Status::Active, false)
    );
}

#[test]
fn n24_an_action_on_r_acts_on_the_new_term_and_dates_go_forward() {
    let catalog = nce_sample_catalog();
    let actions = [seats(day(2023, 2, 10), 3, 1), seats(day(2023, 2, 1), 4, 2)];
    let out = run(
        &catalog,
        &purchase(day(2023, 1, 10), BUSINESS_BASIC, P1M, 5),
        &actions,
        day(2023, 2, 10),
        day(2023, 2, 10),
    );
    // On R the renewal runs first: the reduction takes from the renewal's batch of 5, dated R.
    assert_eq!(out.lines[1].charge_type, ChargeType::Renew);
    assert_eq!(
        describe(&out.lines[3]),
        "[2/10/2023] removeQuantity 2/10/2023–3/9/2023: 7.20 × 3 = 21.60"
    );
    assert_eq!(
        (out.refusals.len(), out.refusals[0].error.rule.as_str()),
        (1, "N24")
    );
}

#[test]
fn n25_states_trial_active_suspended_canceled_expired() {
    use partnerdesk_core::model::status::Status::*;
    assert!(Active.is_held() && Suspended.is_held());
    assert!(!Trial.is_held() && !Canceled.is_held() && !Expired.is_held());
    let out = run(
        &nce_sample_catalog(),
        &purchase(day(2023, 1, 10), BUSINESS_BASIC, P1M, 5),
        &[at(day(2023, 1, 11), NceAction::Suspend)],
        day(2023, 2, 10),
        day(2023, 2, 10),
    );
    assert_eq!(out.view.status, Expired, "still suspended on R");
}

#[test]
fn n28_derived_ids_are_stable_and_distinct_per_line() {
    let catalog = nce_sample_catalog();
    let bought = purchase(day(2023, 1, 10), BUSINESS_BASIC, P1Y_MONTHLY, 5);
    let first = run(&catalog, &bought, &[], day(2023, 4, 10), day(2023, 4, 10));
    let again = run(&catalog, &bought, &[], day(2023, 4, 10), day(2023, 4, 10));
    let refs: Vec<String> = first
        .lines
        .iter()
        .map(|l| l.reference_id(&partner_ids()).unwrap().into_owned())
        .collect();
    assert_eq!(
        refs,
        again
            .lines
            .iter()
            .map(|l| l.reference_id(&partner_ids()).unwrap().into_owned())
            .collect::<Vec<_>>()
    );
    assert_eq!(refs[0], ids(0).reference_id, "the purchase carries its own");
    let unique: std::collections::BTreeSet<&String> = refs.iter().collect();
    assert_eq!(unique.len(), 4);
    let expected = partnerdesk_core::model::nce::ids::derived_id(
        PARTNER,
        SUB,
        "cycleCharge",
        day(2023, 2, 10),
        1,
    );
    assert_eq!(refs[1], expected);
    assert_eq!(&expected[14..15], "5", "a version 5 UUID");
}
