//! Properties over random histories of one subscription: refunds never exceed what was charged,
//! seats equal the open batches, refund+rebill pairs net to the exact difference, refusals change
//! nothing.

mod nce_support;

use nce_support::*;
use partnerdesk_core::base::dates::{add_days, days_inclusive};
use partnerdesk_core::base::money::Money;
use partnerdesk_core::billing::nce::action::{Dated, NceAction};
use partnerdesk_core::billing::nce::calendar::term_cycles;
use partnerdesk_core::model::charge_line::{ChargeLine, ChargeType};
use partnerdesk_core::model::nce::order::ScheduledChange;
use partnerdesk_core::model::nce::sample_catalog::{nce_sample_catalog, BUSINESS_PREMIUM};
use partnerdesk_core::model::nce::term::{BillingPlan, Term};
use partnerdesk_core::model::status::Status;
use partnerdesk_core::rules::nce::run::SubscriptionOutcome;
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;

const COMBOS: [(Term, BillingPlan); 3] = [P1M, P1Y_MONTHLY, P1Y_ANNUAL];

/// Turns random numbers into an action; many will be refused, which is part of the test.
fn action(kind: u8, quantity: u32, n: u32) -> NceAction {
    match kind % 8 {
        0..=2 => NceAction::ChangeQuantity {
            quantity,
            ids: ids(n),
        },
        3 => NceAction::Cancel { ids: ids(n) },
        4 => NceAction::Suspend,
        5 => NceAction::Reactivate,
        6 => NceAction::SetAutoRenew {
            on: quantity.is_multiple_of(2),
        },
        _ => NceAction::ScheduleChange(ScheduledChange {
            offer_id: BUSINESS_PREMIUM.into(),
            term_plan: combo(P1Y_MONTHLY),
            quantity,
        }),
    }
}

fn history(steps: &[(u8, u8, u32)]) -> Vec<Dated<NceAction>> {
    let mut on = day(2023, 1, 10);
    let mut actions = Vec::new();
    for (n, (gap, kind, quantity)) in steps.iter().enumerate() {
        on = add_days(on, i64::from(gap % 12));
        actions.push(at(on, action(*kind, *quantity, n as u32 + 1)));
    }
    actions
}

fn replay(combo_index: usize, seats: u32, actions: &[Dated<NceAction>]) -> SubscriptionOutcome {
    let catalog = nce_sample_catalog();
    let bought = purchase(
        day(2023, 1, 10),
        BUSINESS_PREMIUM,
        COMBOS[combo_index % 3],
        seats,
    );
    run(
        &catalog,
        &bought,
        actions,
        day(2023, 6, 30),
        day(2023, 6, 30),
    )
}

fn is_refund(line: &ChargeLine) -> bool {
    nce(line).subtotal.is_negative()
}

fn steps() -> impl Strategy<Value = Vec<(u8, u8, u32)>> {
    prop::collection::vec((any::<u8>(), any::<u8>(), 1u32..30), 0..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// A refund gives back at most what the last charge of those seats in that cycle took.
    #[test]
    fn refunds_never_exceed_the_charge_for_that_cycle_and_those_seats(c in 0usize..3, seats in 1u32..20, s in steps()) {
        let out = replay(c, seats, &history(&s));
        let mut last_charge: Option<&ChargeLine> = None;
        for line in &out.lines {
            if is_refund(line) {
                let charge = last_charge.expect("a refund follows a charge");
                prop_assert_eq!(charge.quantity, line.quantity);
                prop_assert_eq!(charge.end, line.end);
                prop_assert!(-nce(line).subtotal <= nce(charge).subtotal, "{:?} refunds more than {:?}", line, charge);
            } else {
                last_charge = Some(line);
            }
        }
    }

    #[test]
    fn seats_equal_the_sum_of_the_open_batches(c in 0usize..3, seats in 1u32..20, s in steps()) {
        let out = replay(c, seats, &history(&s));
        if out.view.status.is_held() {
            prop_assert_eq!(out.view.seats, out.view.batches.iter().map(|b| b.seats).sum::<u32>());
        }
    }

    /// Within a cycle a pair nets to cut(u × b/D × q') − cut(u × b/D × q), worked out here from
    /// the term's own cycles.
    #[test]
    fn refund_and_rebill_pairs_net_to_the_exact_difference(c in 0usize..3, seats in 1u32..20, s in steps()) {
        let out = replay(c, seats, &history(&s));
        let pairs = out.lines.windows(2).filter(|w| {
            w[0].reference_id(&partner_ids()) == w[1].reference_id(&partner_ids()) && matches!(w[0].charge_type, ChargeType::AddQuantity | ChargeType::RemoveQuantity)
        });
        for pair in pairs {
            let (refund, charge) = (&pair[0], &pair[1]);
            let tp = nce(charge).term_plan.unwrap();
            let cycle = term_cycles(charge.term_start, tp.term, tp.plan).into_iter().find(|cy| cy.contains(charge.order_date())).unwrap();
            let (b, d) = (days_inclusive(charge.order_date(), cycle.end) as i128, cycle.days() as i128);
            let cents = (charge.unit_price.decimal() * Decimal::ONE_HUNDRED).try_into().map(|v: i64| v as i128).unwrap();
            let cut = |q: u32| cents * b * i128::from(q) / d;
            let expected = Money::new((cut(charge.quantity) - cut(refund.quantity)) as i64, 2);
            prop_assert_eq!(nce(refund).subtotal + nce(charge).subtotal, expected);
        }
    }

    /// Leaving out a refused action gives the same state, lines and notes.
    #[test]
    fn a_refused_action_changes_nothing(c in 0usize..3, seats in 1u32..20, s in steps()) {
        let actions = history(&s);
        let out = replay(c, seats, &actions);
        for refusal in &out.refusals {
            let mut without = actions.clone();
            without.remove(refusal.index);
            let again = replay(c, seats, &without);
            prop_assert_eq!(&again.view, &out.view);
            prop_assert_eq!(&again.lines, &out.lines);
            prop_assert_eq!(&again.notes, &out.notes);
        }
    }
}

#[test]
fn n15_a_canceled_subscription_has_no_later_lines() {
    let actions = [at(day(2023, 1, 12), NceAction::Cancel { ids: ids(1) })];
    let out = replay(1, 5, &actions);
    assert_eq!(out.view.status, Status::Canceled);
    let last: NaiveDate = out.lines.iter().map(|l| l.order_date()).max().unwrap();
    assert_eq!(last, day(2023, 1, 12));
}
