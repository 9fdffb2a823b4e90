//! Random actions on generated books, for the incremental derivation's property tests
//! (derive_cache.rs, derive_views_again.rs).

use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::base::money::Money;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::nce::order::OrderIds;
use partnerdesk_core::model::nce::sample_catalog::{BUSINESS_BASIC, BUSINESS_STANDARD};
use partnerdesk_core::model::nce::term::{BillingPlan, Term, TermPlan};
use partnerdesk_core::model::sample_catalog::{E1, E3};
use partnerdesk_core::model::subscription::SubscriptionView;
use partnerdesk_core::rules::corrections::last_undoable;
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::storage::generated_nce_book::generated_nce_book;
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

/// (kind, which customer, which subscription, how many)
pub type Step = (u8, u8, u8, u8);

fn guid(kind: u32, n: u64) -> String {
    format!("{kind:08x}-0000-4000-8000-{n:012x}")
}

fn new_customer(n: u64) -> Customer {
    Customer {
        id: guid(0xc0ffee, n),
        company_name: format!("New customer {n}"),
        domain: format!("new{n}.onmicrosoft.com"),
        country: "US".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    }
}

fn order(n: u64) -> OrderIds {
    OrderIds {
        order_id: guid(0x0dde, n),
        reference_id: guid(0x2ef0, n),
    }
}

fn purchase(customer_id: &str, nce: bool, amount: u8, n: u64) -> Command {
    let quantity = u32::from(amount % 20) + 1;
    let ids = NewIds {
        subscription_id: guid(0xd00d_5ab5, n),
        billing_id: guid(0xb111, n),
        order_id: format!("{:018}", 900_000_000_000_000_000 + n),
        reference_id: nce.then(|| guid(0x2ef0, n)),
    };
    let (offer_id, term_plan) = match nce {
        false => ([E1, E3][usize::from(amount % 2)], None),
        true => {
            let (term, plan) = match amount % 3 {
                0 => (Term::P1M, BillingPlan::Monthly),
                1 => (Term::P1Y, BillingPlan::Monthly),
                _ => (Term::P1Y, BillingPlan::Annual),
            };
            let offer = [BUSINESS_BASIC, BUSINESS_STANDARD][usize::from(amount % 2)];
            (offer, TermPlan::new(term, plan))
        }
    };
    Command::Purchase {
        ids,
        customer_id: customer_id.into(),
        offer_id: offer_id.into(),
        quantity,
        frequency: term_plan.map_or(BillingFrequency::Monthly, |tp| tp.plan.frequency()),
        nickname: None,
        term_plan,
    }
}

/// Turns random numbers into an action on the book as derived; many are refused, which is
/// part of the test. None moves today instead.
pub fn command(step: Step, book: &Book, state: &Derived, n: u64) -> Option<Command> {
    let (kind, who, which, amount) = step;
    let nce = book.settings.profile == partnerdesk_core::model::settings::RulesProfile::P2022;
    let customer = state
        .customers
        .get(usize::from(who) % state.customers.len().max(1));
    let customer_id = customer.map_or(String::new(), |c| c.id.clone());
    let subs: Vec<&SubscriptionView> = state.subscriptions_of(&customer_id).collect();
    let held = subs.get(usize::from(which) % subs.len().max(1));
    let sub = held.map_or(String::new(), |s| s.id.clone());
    // Half of the changes add seats, which new commerce accepts at any time.
    let quantity = match amount % 2 {
        0 => held.map_or(1, |s| s.quantity) + 1 + u32::from(amount % 7),
        _ => u32::from(amount % 30) + 1,
    };
    let order = nce.then(|| order(n));
    Some(match kind % 13 {
        0..=2 => Command::ChangeQuantity {
            subscription_id: sub,
            quantity,
            order,
        },
        3 | 4 => purchase(&customer_id, nce, amount, n),
        5 => Command::Cancel {
            subscription_id: sub,
            order,
        },
        6 => Command::UndoAction {
            seq: last_undoable(book, &customer_id, state.today).map_or(0, |e| e.seq),
            customer_id,
        },
        7 => Command::CreateCustomer(new_customer(n)),
        8 => Command::EditCustomer(Customer {
            company_name: format!("Renamed {n}"),
            ..customer?.clone()
        }),
        // Deletes a customer created here (the others have subscriptions and are refused).
        9 => Command::DeleteCustomer {
            customer_id: new_customer(u64::from(which) % n.max(1)).id,
        },
        10 => Command::ChangePrice {
            offer_id: E3.into(),
            from: add_days(state.today, i64::from(amount % 60)),
            monthly: Money::new(2000 + i64::from(amount), 2),
            erp: Money::new(2400, 2),
        },
        11 => Command::SetAutoRenew {
            subscription_id: sub,
            on: amount % 2 == 0,
        },
        _ => return None,
    })
}

pub fn steps() -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>(), any::<u8>()), 1..14)
}

pub fn legacy_book(seed: u64) -> (Book, NaiveDate) {
    let book = generated_book(5, 1, seed);
    let today = book.last_event_date().expect("a generated history");
    (book, today)
}

pub fn nce_book(seed: u64) -> (Book, NaiveDate) {
    let book = generated_nce_book(5, 1, seed);
    let today = book.last_event_date().expect("a generated history");
    (book, today)
}
