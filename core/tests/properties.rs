//! Properties over random histories (issue 3): credits never exceed what was billed, a
//! cancellation inside 30 days nets to zero, invoices add up, replay is deterministic,
//! refusals change nothing, trials are never billed.

mod common;

use common::*;
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::base::money::Money;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency::{self, Annual, Monthly};
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::sample_catalog::{E1, E5};
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

const SUBS: [&str; 4] = [
    "10000000-0000-4000-8000-000000000001",
    "10000000-0000-4000-8000-000000000002",
    "10000000-0000-4000-8000-000000000003",
    "10000000-0000-4000-8000-000000000004",
];

fn frequency(n: u8) -> BillingFrequency {
    if n.is_multiple_of(2) {
        Monthly
    } else {
        Annual
    }
}

/// Turns random numbers into a command; many will be refused, which is part of the test.
fn command(kind: u8, a: u8, b: u8, day: NaiveDate) -> Command {
    let sub = SUBS[(a % 4) as usize];
    let other = SUBS[(b % 4) as usize];
    let quantity = u32::from(b % 40) + 1;
    match kind % 12 {
        0 | 1 => Command::Purchase {
            ids: ids(sub),
            customer_id: CUSTOMER.into(),
            offer_id: [E3_ID, E1, E5][(b % 3) as usize].into(),
            quantity,
            frequency: frequency(a / 4),
            nickname: None,
            term_plan: None,
        },
        2 => trial_sign_up(sub, [E3_TRIAL_ID, TEAMS_TRIAL_ID][(b % 2) as usize]),
        3 => Command::ConvertTrial {
            subscription_id: sub.into(),
            target_offer_id: E3_ID.into(),
            quantity,
            frequency: frequency(b),
            order: None,
            term_plan: None,
        },
        4 | 5 => Command::ChangeQuantity {
            subscription_id: sub.into(),
            quantity,
            order: None,
        },
        6 => cancel(sub),
        7 => reactivate(sub),
        8 => Command::SetAutoRenew {
            subscription_id: sub.into(),
            on: b.is_multiple_of(2),
        },
        9 => Command::ChangeFrequency {
            subscription_id: sub.into(),
            frequency: frequency(b),
            order_id: None,
        },
        10 => Command::BuyAddOn {
            ids: ids(sub),
            parent_id: other.into(),
            offer_id: ATP_ID.into(),
            quantity,
        },
        _ => Command::ChangePrice {
            offer_id: E3_ID.into(),
            from: add_days(day, i64::from(b % 60)),
            monthly: Money::new(1000 + i64::from(b) * 10, 2),
            erp: Money::new(1200, 2),
        },
    }
}

type Step = (u8, u8, u8, u8);

fn history() -> impl Strategy<Value = (u8, bool, Vec<Step>)> {
    (
        1u8..=31,
        any::<bool>(),
        prop::collection::vec((0u8..40, any::<u8>(), any::<u8>(), any::<u8>()), 1..25),
    )
}

/// Runs the steps, checking that every refusal leaves the book exactly as it was.
fn run_history(billing_day: u8, profile_2017: bool, steps: &[Step]) -> (Book, NaiveDate) {
    let profile = if profile_2017 {
        RulesProfile::P2017
    } else {
        RulesProfile::P2018
    };
    let mut b = book(u32::from(billing_day), "30", profile);
    let mut day = d(1, 3, 2018);
    for &(gap, kind, a, x) in steps {
        day = add_days(day, i64::from(gap));
        let before = b.clone();
        if b.execute(command(kind, a, x, day), day).is_err() {
            assert_eq!(b, before, "a refused command changed the book");
        }
    }
    (b, day)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn refused_commands_change_nothing_and_replay_is_identical((billing_day, p2017, steps) in history()) {
        let (b, last) = run_history(billing_day, p2017, &steps);
        let until = add_days(last, 400);
        let first = derive(&b, until);
        let text = serde_json::to_string(&b).unwrap();
        let reloaded: Book = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&reloaded, &b);
        prop_assert_eq!(derive(&reloaded, until), first);
    }

    #[test]
    fn a_credit_never_exceeds_what_was_billed((billing_day, p2017, steps) in history()) {
        let (b, last) = run_history(billing_day, p2017, &steps);
        let state = derive(&b, add_days(last, 400));
        for sub in &state.subscriptions {
            let mut running = Money::ZERO;
            let lines = state.lines.iter().filter(|l| *l.subscription_id == *sub.id);
            let mut dates: Vec<NaiveDate> = lines.clone().map(|l| l.billing_date).collect();
            dates.dedup();
            for date in dates {
                running += lines.clone().filter(|l| l.billing_date == date).map(|l| l.amount).sum::<Money>();
                prop_assert!(!running.is_negative(), "{} is credited more than billed by {}", sub.id, date);
            }
        }
    }

    #[test]
    fn invoices_add_up_and_trials_are_never_billed((billing_day, p2017, steps) in history()) {
        let (b, last) = run_history(billing_day, p2017, &steps);
        let state = derive(&b, add_days(last, 400));
        for invoice in state.invoices() {
            let sum: Money = invoice.lines.iter().map(|l| l.amount).sum();
            prop_assert_eq!(invoice.total, sum.round2());
            prop_assert!(invoice.lines.iter().all(|l| l.billing_date == invoice.billing_date));
        }
        for trial in state.subscriptions.iter().filter(|s| s.is_trial()) {
            prop_assert!(state.lines.iter().all(|l| *l.subscription_id != *trial.id), "trial {} was billed", trial.id);
        }
    }

    #[test]
    fn a_cancellation_inside_30_days_nets_the_period_to_zero(
        billing_day in 1u32..=31,
        p2017 in any::<bool>(),
        start in 0i64..700,
        after in 0i64..30,
        annual in any::<bool>(),
        quantity in 1u32..50,
    ) {
        let profile = if p2017 { RulesProfile::P2017 } else { RulesProfile::P2018 };
        let frequency = if annual { Annual } else { Monthly };
        let mut b = book(billing_day, "30", profile);
        let p = add_days(d(1, 1, 2018), start);
        buy(&mut b, p, frequency, quantity);
        let term_start = derive(&b, p).subscription(SUB).unwrap().term.unwrap().start;
        let s = add_days(p, after);
        prop_assume!(s >= term_start && s < add_days(term_start, 30));
        run(&mut b, s, cancel(SUB));
        let state = derive(&b, add_days(s, 400));
        let credit = state.lines.iter().find(|l| l.charge_type == ChargeType::CancelFee).unwrap();
        let period_net: Money = state
            .lines
            .iter()
            .filter(|l| l.end == credit.end)
            .map(|l| l.amount)
            .sum();
        prop_assert_eq!(period_net.round2(), Money::ZERO.round2());
    }
}
