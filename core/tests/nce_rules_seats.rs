//! N13, N14, N17, N22, N26: seat additions and reductions, scheduled changes, pooled limits.

mod nce_support;

use nce_support::*;
use partnerdesk_core::base::say::NceNote;
use partnerdesk_core::base::say::{NceSeatsRefusal, Say};
use partnerdesk_core::billing::nce::action::NceAction;
use partnerdesk_core::model::nce::order::ScheduledChange;
use partnerdesk_core::model::nce::sample_catalog::*;
use partnerdesk_core::model::status::Status;
use partnerdesk_core::rules::nce::checks::OtherSubscription;
use partnerdesk_core::rules::nce::run::{run_subscription, SubscriptionHistory};

fn schedule(
    on: partnerdesk_core::NaiveDate,
    offer: &str,
    quantity: u32,
) -> partnerdesk_core::billing::nce::action::Dated<NceAction> {
    at(
        on,
        NceAction::ScheduleChange(ScheduledChange {
            offer_id: offer.into(),
            term_plan: combo(P1Y_MONTHLY),
            quantity,
        }),
    )
}

#[test]
fn n13_addition_any_day_makes_a_batch_and_deletes_the_scheduled_change() {
    let catalog = nce_sample_catalog();
    let actions = [
        schedule(day(2023, 3, 1), BUSINESS_BASIC, 2),
        seats(day(2023, 8, 20), 7, 1),
    ];
    let out = run(
        &catalog,
        &purchase(day(2023, 1, 10), BUSINESS_BASIC, P1Y_MONTHLY, 5),
        &actions,
        day(2023, 8, 20),
        day(2023, 8, 20),
    );
    assert!(out.refusals.is_empty());
    assert_eq!(out.view.scheduled_change, None);
    let batches: Vec<(partnerdesk_core::NaiveDate, u32)> = out
        .view
        .batches
        .iter()
        .map(|b| (b.added, b.seats))
        .collect();
    assert_eq!(batches, [(day(2023, 1, 10), 5), (day(2023, 8, 20), 2)]);
    let pair = &out.lines[out.lines.len() - 2..];
    assert_eq!((pair[0].quantity, pair[1].quantity), (5, 7));
    assert_eq!(
        pair[0].reference_id(&partner_ids()),
        pair[1].reference_id(&partner_ids())
    );
}

#[test]
fn n14_reduction_takes_the_oldest_open_batch_and_keeps_one_seat() {
    let catalog = nce_sample_catalog();
    let bought = purchase(day(2023, 1, 10), BUSINESS_BASIC, P1Y_MONTHLY, 5);
    let actions = [seats(day(2023, 1, 14), 8, 1), seats(day(2023, 1, 16), 2, 2)];
    let out = run(
        &catalog,
        &bought,
        &actions,
        day(2023, 1, 16),
        day(2023, 1, 16),
    );
    // The purchase batch (open until 1/16) gives all 5, then 1 comes from the 1/14 batch.
    let batches: Vec<(u32, u32)> = out
        .view
        .batches
        .iter()
        .map(|b| (chrono::Datelike::day(&b.added), b.seats))
        .collect();
    assert_eq!(batches, [(14, 2)]);
    assert_eq!(out.view.seats, 2);
    let zero = run(
        &catalog,
        &bought,
        &[seats(day(2023, 1, 12), 0, 1)],
        day(2023, 1, 12),
        day(2023, 1, 12),
    );
    assert_eq!(
        (
            zero.refusals[0].error.rule.as_str(),
            zero.refusals[0].error.field.as_deref()
        ),
        ("N14", Some("quantity"))
    );
    assert!(zero.refusals[0]
        .error
        .message
        .contains("cancel it (until 1/16/2023)"));
    let partly = run(
        &catalog,
        &bought,
        &[seats(day(2023, 1, 20), 9, 1), seats(day(2023, 1, 21), 2, 2)],
        day(2023, 1, 21),
        day(2023, 1, 21),
    );
    assert_eq!(
        partly.refusals[0].error.message,
        "Only 4 seats can be removed on 1/21/2023 (seats added in the last 7 days, until 1/26/2023). Remove at most 4, or schedule the lower quantity for the renewal on 1/10/2024."
    );
}

#[test]
fn n14_seat_changes_while_suspended_or_in_a_trial_are_refused() {
    let catalog = nce_sample_catalog();
    let actions = [
        at(day(2023, 1, 11), NceAction::Suspend),
        seats(day(2023, 1, 12), 3, 1),
    ];
    let out = run(
        &catalog,
        &purchase(day(2023, 1, 10), BUSINESS_BASIC, P1Y_MONTHLY, 5),
        &actions,
        day(2023, 1, 12),
        day(2023, 1, 12),
    );
    assert_eq!(out.refusals[0].error.rule, "N14");
    assert!(out.refusals[0]
        .error
        .message
        .contains("reactivate it first"));
    assert_eq!(
        out.refusals[0].error.say.as_deref(),
        Some(&Say::from(NceSeatsRefusal::SeatsWhileSuspended))
    );
}

#[test]
fn n17_scheduled_reduction_applies_at_renewal_and_needs_auto_renew() {
    let catalog = nce_sample_catalog();
    let bought = purchase(day(2023, 1, 10), BUSINESS_BASIC, P1Y_MONTHLY, 5);
    let out = run(
        &catalog,
        &bought,
        &[schedule(day(2023, 6, 1), BUSINESS_BASIC, 2)],
        day(2024, 1, 10),
        day(2024, 1, 10),
    );
    assert_eq!(
        describe(out.lines.last().unwrap()),
        "[1/10/2024] renew 1/10/2024–2/9/2024: 6.00 × 2 = 12.00"
    );
    let off = [
        at(day(2023, 5, 1), NceAction::SetAutoRenew { on: false }),
        schedule(day(2023, 6, 1), BUSINESS_BASIC, 2),
    ];
    let refused = run(&catalog, &bought, &off, day(2023, 6, 1), day(2023, 6, 1));
    assert_eq!(refused.refusals[0].error.rule, "N17");
    let deleted = [
        schedule(day(2023, 6, 1), BUSINESS_BASIC, 2),
        at(day(2023, 6, 2), NceAction::Suspend),
    ];
    assert_eq!(
        run(
            &catalog,
            &bought,
            &deleted,
            day(2023, 6, 2),
            day(2023, 6, 2)
        )
        .view
        .scheduled_change,
        None
    );
    let none = [at(day(2023, 6, 1), NceAction::CancelScheduledChange)];
    assert_eq!(
        run(&catalog, &bought, &none, day(2023, 6, 1), day(2023, 6, 1)).refusals[0]
            .error
            .rule,
        "N17"
    );
}

#[test]
fn n22_a_scheduled_upgrade_to_another_offer_is_refused() {
    let catalog = nce_sample_catalog();
    let out = run(
        &catalog,
        &purchase(day(2023, 1, 10), BUSINESS_BASIC, P1Y_MONTHLY, 5),
        &[schedule(day(2023, 6, 1), BUSINESS_STANDARD, 5)],
        day(2023, 6, 1),
        day(2023, 6, 1),
    );
    assert_eq!(
        (
            out.refusals[0].error.rule.as_str(),
            out.refusals[0].error.field.as_deref()
        ),
        ("N22", Some("offer"))
    );
}

#[test]
fn n26_maximum_pools_the_customers_active_and_suspended_subscriptions() {
    let catalog = nce_sample_catalog();
    let other = |status, seats| OtherSubscription {
        subscription_id: "other".into(),
        offer_id: BUSINESS_BASIC.into(),
        trial_offer_id: None,
        status,
        seats,
    };
    let bought = purchase(day(2023, 1, 10), BUSINESS_BASIC, P1Y_MONTHLY, 5);
    let actions = [seats(day(2023, 2, 1), 11, 1)];
    let history = SubscriptionHistory {
        creation: &bought,
        actions: &actions,
        today: day(2023, 2, 1),
        horizon: day(2023, 2, 1),
    };
    let with = |o: &[OtherSubscription]| {
        run_subscription(PARTNER, &context(&catalog, o), history).unwrap()
    };
    let held = with(&[other(Status::Suspended, 290)]);
    assert_eq!(held.refusals[0].error.rule, "N26");
    assert!(
        held.refusals[0]
            .error
            .message
            .contains("hold 290; enter 10 or fewer"),
        "{}",
        held.refusals[0].error.message
    );
    assert!(with(&[other(Status::Canceled, 290)]).refusals.is_empty());
    let too_many = run_subscription(
        PARTNER,
        &context(&catalog, &[other(Status::Active, 296)]),
        history,
    );
    assert_eq!(
        too_many.unwrap_err().rule,
        "N26",
        "the purchase of 5 itself is refused"
    );
}

#[test]
fn n13_preview_shows_the_pair_and_when_the_new_seats_can_be_reduced() {
    use partnerdesk_core::rules::nce::run::{preview_action, preview_creation};
    let catalog = nce_sample_catalog();
    let ctx = context(&catalog, &[]);
    let bought = purchase(day(2023, 4, 3), BUSINESS_PREMIUM, P1Y_MONTHLY, 10);
    let history = SubscriptionHistory {
        creation: &bought,
        actions: &[],
        today: day(2023, 4, 20),
        horizon: day(2023, 4, 20),
    };
    let preview = preview_action(PARTNER, &ctx, history, &seats(day(2023, 4, 20), 15, 1)).unwrap();
    assert_eq!(
        described(&preview.lines),
        [
            "[4/20/2023] addQuantity 4/20/2023–5/2/2023: -9.533333 × 10 = -95.33",
            "[4/20/2023] addQuantity 4/20/2023–5/2/2023: 9.533333 × 15 = 143.00",
        ]
    );
    assert_eq!(
        preview.notes[0].note,
        NceNote::SeatsReducible {
            added: day(2023, 4, 20),
            last: day(2023, 4, 26)
        }
        .into()
    );
    let refused =
        preview_action(PARTNER, &ctx, history, &seats(day(2023, 4, 20), 5, 1)).unwrap_err();
    assert_eq!(refused.rule, "N14");
    let first = preview_creation(PARTNER, &ctx, &bought).unwrap();
    assert_eq!(
        described(&first.lines),
        ["[4/3/2023] new 4/3/2023–5/2/2023: 22.00 × 10 = 220.00"]
    );
}
