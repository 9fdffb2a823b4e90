//! A legacy book (profile 2018, sample catalog, one customer) and the refusals its rules give.

use chrono::NaiveDate;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::{BillingFrequency, PricePoint};
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::sample_catalog::{sample_catalog, ATP, E3, E3_TRIAL, E5_TRIAL};
use partnerdesk_core::model::settings::{PartnerSettings, RulesProfile};
use partnerdesk_core::rules::profile_switch::check_profile_switch;
use partnerdesk_core::Money;

pub const CUSTOMER: &str = "9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d";
pub const PAID: &str = "fb977ab5-1c2d-4e5f-8a9b-24c8d9591708";
const TRIAL: &str = "a0a0a0a0-1c2d-4e5f-8a9b-24c8d9591708";
const CANCELLED: &str = "b0b0b0b0-1c2d-4e5f-8a9b-24c8d9591708";
const NEW: &str = "c0c0c0c0-1c2d-4e5f-8a9b-24c8d9591708";

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, m, d).unwrap()
}

fn ids(sub: &str) -> NewIds {
    NewIds {
        subscription_id: sub.into(),
        billing_id: "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e6f".into(),
        order_id: "566890604832738111".into(),
        reference_id: None,
    }
}

fn contoso() -> Customer {
    Customer {
        id: CUSTOMER.into(),
        company_name: "Contoso, Ltd.".into(),
        domain: "contoso.onmicrosoft.com".into(),
        country: "US".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    }
}

fn purchase(sub: &str, offer: &str, quantity: u32, frequency: BillingFrequency) -> Command {
    Command::Purchase {
        ids: ids(sub),
        customer_id: CUSTOMER.into(),
        offer_id: offer.into(),
        quantity,
        frequency,
        nickname: None,
        term_plan: None,
    }
}

pub fn target(sub: &str) -> String {
    sub.to_string()
}

/// Contoso with a paid E3 (10 licenses, monthly), an E5 trial and a cancelled E3, by 3/1/2018.
pub fn book() -> Book {
    let mut settings = PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into());
    settings.profile = RulesProfile::P2018;
    let mut catalog = sample_catalog();
    for offer in [E3, ATP] {
        catalog.set_price(PricePoint {
            offer_id: offer.into(),
            from: NaiveDate::from_ymd_opt(2017, 10, 1).unwrap(),
            monthly: Money::from_int(20),
            erp: Money::from_int(20),
        });
    }
    let mut book = Book::new(settings, catalog);
    let steps = [
        (day(1, 2), Command::CreateCustomer(contoso())),
        (day(1, 3), purchase(PAID, E3, 10, BillingFrequency::Monthly)),
        (
            day(1, 3),
            purchase(CANCELLED, E3, 5, BillingFrequency::Monthly),
        ),
        (
            day(1, 4),
            Command::Cancel {
                subscription_id: target(CANCELLED),
                order: None,
            },
        ),
        (
            day(3, 1),
            Command::SignUpTrial {
                ids: ids(TRIAL),
                customer_id: CUSTOMER.into(),
                offer_id: E5_TRIAL.into(),
            },
        ),
    ];
    for (on, command) in steps {
        book.execute(command, on)
            .expect("the book's own steps are accepted");
    }
    book
}

/// The commands refused on 3/2/2018 (one before the latest action, on 2/1/2018).
fn refused_commands() -> Vec<Command> {
    let mut commands = vec![
        purchase(NEW, E3_TRIAL, 25, BillingFrequency::Monthly),
        purchase(NEW, ATP, 1, BillingFrequency::Monthly),
        purchase(NEW, E3, 0, BillingFrequency::Monthly),
        Command::SignUpTrial {
            ids: ids(NEW),
            customer_id: CUSTOMER.into(),
            offer_id: E3.into(),
        },
        Command::SignUpTrial {
            ids: ids(NEW),
            customer_id: CUSTOMER.into(),
            offer_id: E3_TRIAL.into(),
        },
    ];
    commands.extend(refused_changes());
    commands.extend(refused_others());
    commands
}

/// The changes of existing subscriptions refused on 3/2/2018.
fn refused_changes() -> Vec<Command> {
    let sub = |id: &str| target(id);
    vec![
        Command::ChangeQuantity {
            subscription_id: sub(PAID),
            quantity: 10,
            order: None,
        },
        Command::ChangeQuantity {
            subscription_id: sub(TRIAL),
            quantity: 30,
            order: None,
        },
        Command::ChangeQuantity {
            subscription_id: sub(CANCELLED),
            quantity: 30,
            order: None,
        },
        Command::SetAutoRenew {
            subscription_id: sub(PAID),
            on: true,
        },
        Command::SetAutoRenew {
            subscription_id: sub(TRIAL),
            on: false,
        },
        Command::ChangeFrequency {
            subscription_id: sub(PAID),
            frequency: BillingFrequency::Monthly,
            order_id: None,
        },
        Command::ChangeFrequency {
            subscription_id: sub(TRIAL),
            frequency: BillingFrequency::Annual,
            order_id: None,
        },
        Command::ChangeFrequency {
            subscription_id: sub(CANCELLED),
            frequency: BillingFrequency::Annual,
            order_id: None,
        },
        Command::Reactivate {
            subscription_id: sub(PAID),
        },
        Command::Cancel {
            subscription_id: sub(TRIAL),
            order: None,
        },
        Command::Cancel {
            subscription_id: sub("unknown"),
            order: None,
        },
        Command::Suspend {
            subscription_id: sub(PAID),
        },
    ]
}

/// Conversions, corrections and prices refused on 3/2/2018.
fn refused_others() -> Vec<Command> {
    let sub = |id: &str| target(id);
    vec![
        purchase(NEW, E3, 100_000_000, BillingFrequency::Monthly),
        Command::ChangePrice {
            offer_id: E3.into(),
            from: day(4, 1),
            monthly: Money::from_int(2_000_000),
            erp: Money::from_int(1),
        },
        Command::ChangePrice {
            offer_id: E3.into(),
            from: NaiveDate::from_ymd_opt(1900, 1, 1).unwrap(),
            monthly: Money::from_int(1),
            erp: Money::from_int(1),
        },
        Command::ConvertTrial {
            subscription_id: sub(PAID),
            target_offer_id: E3.into(),
            quantity: 25,
            frequency: BillingFrequency::Monthly,
            term_plan: None,
            order: None,
        },
        Command::ConvertTrial {
            subscription_id: sub(TRIAL),
            target_offer_id: ATP.into(),
            quantity: 25,
            frequency: BillingFrequency::Monthly,
            term_plan: None,
            order: None,
        },
        Command::SetNickname {
            subscription_id: sub(PAID),
            nickname: "n".repeat(51),
        },
        Command::CreateCustomer(contoso()),
        Command::UndoAction {
            customer_id: CUSTOMER.into(),
            seq: 0,
        },
        Command::DeleteCustomer {
            customer_id: CUSTOMER.into(),
        },
        Command::ChangePrice {
            offer_id: E3.into(),
            from: day(3, 1),
            monthly: Money::from_int(1),
            erp: Money::from_int(1),
        },
    ]
}

/// Every refusal the book gives: the commands above, one dated before the latest action, a
/// reactivation after deletion, and a switch to new commerce.
pub fn every_refusal_reached() -> Vec<RuleError> {
    let book = book();
    let mut refusals: Vec<RuleError> = refused_commands()
        .into_iter()
        .map(|command| {
            let mut book = book.clone();
            let refused = book.execute(command.clone(), day(3, 2)).err();
            refused.unwrap_or_else(|| panic!("{command:?} was accepted"))
        })
        .collect();
    let mut late = book.clone();
    let reactivate = Command::Reactivate {
        subscription_id: target(CANCELLED),
    };
    refusals.extend(late.execute(reactivate, day(6, 1)).err());
    refusals.extend(
        book.clone()
            .execute(
                Command::SetAutoRenew {
                    subscription_id: target(PAID),
                    on: false,
                },
                day(2, 1),
            )
            .err(),
    );
    refusals.extend(check_profile_switch(&book, RulesProfile::P2022).err());
    refusals
}
