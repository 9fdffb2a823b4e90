//! N18–N20, N31, N32 and T3–T5 under profile 2022: trials, conversions, automatic events' checks.

mod nce_support;

use nce_support::*;
use partnerdesk_core::base::say::{NceNote, PreviewNote};
use partnerdesk_core::billing::nce::action::{Creation, Dated, NceAction};
use partnerdesk_core::billing::nce::replay::{Explain, Replay, ReplayContext};
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::model::nce::order::ScheduledChange;
use partnerdesk_core::model::nce::sample_catalog::*;
use partnerdesk_core::model::status::Status;
use partnerdesk_core::rules::nce::checks::{check_creation, OtherSubscription};
use partnerdesk_core::rules::nce::run::{
    run_subscription, SubscriptionHistory, SubscriptionOutcome,
};
use partnerdesk_core::NaiveDate;

fn sign_up(on: NaiveDate) -> Dated<Creation> {
    Dated {
        day: on,
        action: Creation::TrialSignUp {
            subscription_id: SUB.into(),
            order_id: "trial-order".into(),
            offer_id: O365_E3_TRIAL.into(),
        },
    }
}

fn convert(on: NaiveDate, quantity: u32) -> Dated<NceAction> {
    at(
        on,
        NceAction::ConvertTrial {
            target_offer_id: O365_E3.into(),
            term_plan: combo(P1M),
            quantity,
            ids: ids(1),
        },
    )
}

fn trial_run(
    actions: &[Dated<NceAction>],
    today: NaiveDate,
    others: &[OtherSubscription],
) -> SubscriptionOutcome {
    let catalog = nce_sample_catalog();
    let creation = sign_up(day(2023, 3, 10));
    let history = SubscriptionHistory {
        creation: &creation,
        actions,
        today,
        horizon: today,
    };
    run_subscription(PARTNER, &context(&catalog, others), history).unwrap()
}

fn held(offer: &str, status: Status) -> OtherSubscription {
    OtherSubscription {
        subscription_id: "other".into(),
        offer_id: offer.into(),
        trial_offer_id: None,
        status,
        seats: 5,
    }
}

#[test]
fn n18_trial_has_25_seats_no_changes_and_a_0_line() {
    let actions = [
        seats(day(2023, 3, 12), 30, 2),
        at(day(2023, 3, 12), NceAction::Suspend),
        at(day(2023, 3, 12), NceAction::Cancel { ids: ids(3) }),
    ];
    let out = trial_run(&actions, day(2023, 3, 12), &[]);
    let rules: Vec<&str> = out.refusals.iter().map(|r| r.error.rule.as_str()).collect();
    assert_eq!(rules, ["N18", "N16", "N18"]);
    assert_eq!(
        described(&out.lines),
        ["[3/10/2023] new 3/10/2023–4/8/2023: 0.00 × 25 = 0.00"]
    );
    assert_eq!(
        (
            nce(&out.lines[0]).term_plan,
            nce(&out.lines[0]).billing_frequency()
        ),
        (None, "")
    );
    assert_eq!(
        (out.view.status, out.view.seats, out.view.auto_renew),
        (Status::Trial, 25, true)
    );
}

#[test]
fn n18_t12_trial_without_target_has_auto_renew_off_for_good() {
    let mut catalog = nce_sample_catalog();
    catalog
        .offers
        .iter_mut()
        .filter(|o| o.id() == O365_E3_TRIAL)
        .for_each(|o| o.conversion_targets.clear());
    let on = [at(day(2023, 3, 11), NceAction::SetAutoRenew { on: true })];
    let out = run(
        &catalog,
        &sign_up(day(2023, 3, 10)),
        &on,
        day(2023, 4, 9),
        day(2023, 4, 9),
    );
    assert_eq!(
        (out.refusals[0].error.rule.as_str(), out.view.status),
        ("N18", Status::Expired)
    );
}

#[test]
fn n19_immediate_conversion_needs_25_seats_a_target_and_the_trial_days() {
    let few = trial_run(&[convert(day(2023, 3, 20), 24)], day(2023, 3, 20), &[]);
    assert_eq!(
        (
            few.refusals[0].error.rule.as_str(),
            few.refusals[0].error.field.as_deref()
        ),
        ("N19", Some("quantity"))
    );
    let other_offer = at(
        day(2023, 3, 20),
        NceAction::ConvertTrial {
            target_offer_id: O365_E5.into(),
            term_plan: combo(P1M),
            quantity: 25,
            ids: ids(1),
        },
    );
    assert_eq!(
        trial_run(&[other_offer], day(2023, 3, 20), &[]).refusals[0]
            .error
            .rule,
        "N19"
    );
    let last_day = trial_run(&[convert(day(2023, 4, 8), 30)], day(2023, 4, 8), &[]);
    assert!(last_day.refusals.is_empty());
    assert_eq!(
        describe(&last_day.lines[2]),
        "[4/8/2023] convert 4/8/2023–5/7/2023: 27.60 × 30 = 828.00"
    );
    assert_eq!(
        (last_day.view.term_end, last_day.view.auto_renew),
        (day(2023, 5, 7), true)
    );
}

#[test]
fn n20_scheduled_conversion_may_have_fewer_seats_and_another_term() {
    let change = ScheduledChange {
        offer_id: O365_E3.into(),
        term_plan: combo(P1M),
        quantity: 3,
    };
    let out = trial_run(
        &[at(day(2023, 3, 15), NceAction::ScheduleChange(change))],
        day(2023, 4, 9),
        &[],
    );
    assert_eq!(
        describe(&out.lines[2]),
        "[4/9/2023] convert 4/9/2023–5/8/2023: 27.60 × 3 = 82.80"
    );
    assert_eq!(out.lines[1].charge_type, ChargeType::Convert);
    assert_eq!((out.view.status, out.view.seats), (Status::Active, 3));
}

#[test]
fn n31_automatic_conversion_refused_by_t4_expires_and_names_the_rule() {
    // The customer bought Office 365 E3 during the trial: the conversion would be a second one.
    let catalog = nce_sample_catalog();
    let others = [held(O365_E3, Status::Active)];
    let ctx = context(&catalog, &others);
    let replay_ctx = ReplayContext {
        partner_id: PARTNER,
        customer_id: "".into(),
        tax_percent: Default::default(),
        catalog: &catalog,
        explain: Explain::EveryDay,
    };
    let mut replay = Replay::create(replay_ctx, &sign_up(day(2023, 3, 10))).unwrap();
    replay.advance_to(day(2023, 4, 9), &ctx);
    let view = replay.view();
    assert_eq!(
        (view.status, view.status_since),
        (Status::Expired, day(2023, 4, 9))
    );
    assert_eq!(
        view.expired_because.as_ref().map(|e| e.rule.as_str()),
        Some("T4")
    );
    assert_eq!(replay.lines().len(), 1);
    let expired = &replay.notes().last().unwrap().note;
    let PreviewNote::Nce(NceNote::Expired { day: on, because }) = expired else {
        panic!("{expired:?}")
    };
    assert_eq!(*on, day(2023, 4, 9));
    assert_eq!(because, &view.expired_because.as_ref().unwrap().say);
}

#[test]
fn n31_renewal_without_a_price_row_expires_that_day() {
    let mut catalog = nce_sample_catalog();
    catalog
        .offers
        .iter_mut()
        .filter(|o| o.id() == BUSINESS_BASIC)
        .for_each(|o| o.valid_to = Some(day(2023, 1, 31)));
    let out = run(
        &catalog,
        &purchase(day(2023, 1, 10), BUSINESS_BASIC, P1M, 5),
        &[],
        day(2023, 2, 10),
        day(2023, 3, 31),
    );
    assert_eq!(
        (
            out.view.status,
            out.view.expired_because.as_ref().map(|e| e.rule.as_str())
        ),
        (Status::Expired, Some("P7"))
    );
    assert_eq!(out.lines.len(), 1);
}

#[test]
fn n32_scheduled_conversion_must_name_a_target_and_meet_its_minimum() {
    let wrong = ScheduledChange {
        offer_id: O365_E5.into(),
        term_plan: combo(P1M),
        quantity: 25,
    };
    let out = trial_run(
        &[at(day(2023, 3, 15), NceAction::ScheduleChange(wrong))],
        day(2023, 3, 15),
        &[],
    );
    assert_eq!(out.refusals[0].error.rule, "N32");
    let zero = ScheduledChange {
        offer_id: O365_E3.into(),
        term_plan: combo(P1M),
        quantity: 0,
    };
    let out = trial_run(
        &[at(day(2023, 3, 15), NceAction::ScheduleChange(zero))],
        day(2023, 3, 15),
        &[],
    );
    assert_eq!(out.refusals[0].error.rule, "P6");
}

#[test]
fn t3_t4_t5_trial_sign_up_checks() {
    let catalog = nce_sample_catalog();
    let check = |others: &[OtherSubscription], country| {
        let ctx = partnerdesk_core::rules::nce::checks::CheckContext {
            catalog: &catalog,
            country,
            others,
        };
        check_creation(&ctx, day(2023, 3, 10), &sign_up(day(2023, 3, 10)).action)
            .map_err(|e| e.rule)
    };
    let converted = OtherSubscription {
        trial_offer_id: Some(O365_E3_TRIAL.into()),
        ..held(O365_E3, Status::Canceled)
    };
    assert_eq!(check(&[converted], "DE"), Err("T3".into()));
    assert_eq!(
        check(&[held(O365_E3, Status::Suspended)], "DE"),
        Err("T4".into())
    );
    assert_eq!(check(&[], "CN"), Err("T5".into()));
    assert_eq!(check(&[held(O365_E3, Status::Expired)], "DE"), Ok(()));
}
