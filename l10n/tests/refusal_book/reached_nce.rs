//! A new commerce book (profile 2022, the sample catalog) and the refusals its rules give.

use chrono::NaiveDate;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::nce::order::OrderIds;
use partnerdesk_core::model::nce::sample_catalog::{BUSINESS_BASIC, O365_E3, O365_E3_TRIAL};
use partnerdesk_core::model::nce::term::{BillingPlan, Term, TermPlan};
use partnerdesk_core::model::sample_catalog::sample_catalog;
use partnerdesk_core::model::settings::{PartnerSettings, RulesProfile};
use partnerdesk_core::Money;

const CUSTOMER: &str = "9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d";
const PAID: &str = "fb977ab5-1c2d-4e5f-8a9b-24c8d9591708";
const SUSPENDED: &str = "b0b0b0b0-1c2d-4e5f-8a9b-24c8d9591708";
const TRIAL: &str = "a0a0a0a0-1c2d-4e5f-8a9b-24c8d9591708";
const NEW: &str = "c0c0c0c0-1c2d-4e5f-8a9b-24c8d9591708";

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).unwrap()
}

fn year_monthly() -> TermPlan {
    TermPlan::new(Term::P1Y, BillingPlan::Monthly).unwrap()
}

fn ids(sub: &str, order: &str) -> NewIds {
    NewIds {
        subscription_id: sub.into(),
        billing_id: sub.into(),
        order_id: order.into(),
        reference_id: Some(format!("ref-{order}")),
    }
}

fn purchase(sub: &str, offer: &str, quantity: u32, term_plan: Option<TermPlan>) -> Command {
    Command::Purchase {
        ids: ids(sub, &format!("order-{sub}")),
        customer_id: CUSTOMER.into(),
        offer_id: offer.into(),
        quantity,
        frequency: BillingFrequency::Monthly,
        nickname: None,
        term_plan,
    }
}

fn sign_up(sub: &str, offer: &str) -> Command {
    Command::SignUpTrial {
        ids: ids(sub, &format!("order-{sub}")),
        customer_id: CUSTOMER.into(),
        offer_id: offer.into(),
    }
}

fn order() -> Option<OrderIds> {
    Some(OrderIds {
        order_id: "order-change".into(),
        reference_id: "ref-change".into(),
    })
}

fn convert(sub: &str, offer: &str, quantity: u32) -> Command {
    Command::ConvertTrial {
        subscription_id: sub.into(),
        target_offer_id: offer.into(),
        quantity,
        frequency: BillingFrequency::Monthly,
        term_plan: Some(year_monthly()),
        order: order(),
    }
}

fn seats(sub: &str, quantity: u32) -> Command {
    Command::ChangeQuantity {
        subscription_id: sub.into(),
        quantity,
        order: order(),
    }
}

/// Contoso (DE) with an E3 trial, a paid E3 of 10 seats and a suspended one, by 6/3/2025.
pub fn book() -> Book {
    let mut settings = PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into());
    settings.currency = "EUR".into();
    settings.profile = RulesProfile::P2022;
    let mut book = Book::new(settings, sample_catalog());
    let contoso = Customer {
        id: CUSTOMER.into(),
        company_name: "Contoso, Ltd.".into(),
        domain: "contoso.onmicrosoft.com".into(),
        country: "DE".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    };
    let steps = [
        (day(6, 2), Command::CreateCustomer(contoso)),
        (day(6, 2), sign_up(TRIAL, O365_E3_TRIAL)),
        (day(6, 2), purchase(PAID, O365_E3, 10, Some(year_monthly()))),
        (
            day(6, 2),
            purchase(SUSPENDED, O365_E3, 2, Some(year_monthly())),
        ),
        (
            day(6, 3),
            Command::Suspend {
                subscription_id: SUSPENDED.into(),
            },
        ),
    ];
    for (on, command) in steps {
        book.execute(command, on)
            .expect("the book's own steps are accepted");
    }
    book
}

/// The commands refused on 6/20/2025, past the 7-day windows of 6/2.
fn refused_commands() -> Vec<Command> {
    let sub = |id: &str| id.to_string();
    vec![
        seats(PAID, 10),
        seats(PAID, 0),
        seats(PAID, 5),
        seats(SUSPENDED, 5),
        seats(TRIAL, 30),
        Command::Cancel {
            subscription_id: sub(PAID),
            order: order(),
        },
        Command::Cancel {
            subscription_id: sub(TRIAL),
            order: order(),
        },
        Command::Suspend {
            subscription_id: sub(SUSPENDED),
        },
        Command::Suspend {
            subscription_id: sub(TRIAL),
        },
        Command::Reactivate {
            subscription_id: sub(PAID),
        },
        Command::SetAutoRenew {
            subscription_id: sub(PAID),
            on: true,
        },
        Command::SetAutoRenew {
            subscription_id: sub(SUSPENDED),
            on: true,
        },
        Command::CancelScheduledChange {
            subscription_id: sub(PAID),
        },
        Command::ChangeFrequency {
            subscription_id: sub(PAID),
            frequency: BillingFrequency::Annual,
            order_id: Some("order-plan".into()),
        },
        Command::ChangeFrequency {
            subscription_id: sub(TRIAL),
            frequency: BillingFrequency::Annual,
            order_id: Some("order-plan".into()),
        },
        purchase(NEW, O365_E3_TRIAL, 25, Some(year_monthly())),
        purchase(NEW, O365_E3, 10, None),
        purchase(NEW, O365_E3, 0, Some(year_monthly())),
        purchase(NEW, "NOPE00000000:0001", 1, Some(year_monthly())),
        sign_up(NEW, O365_E3),
        sign_up(NEW, O365_E3_TRIAL),
        convert(PAID, O365_E3, 25),
        convert(TRIAL, BUSINESS_BASIC, 25),
        convert(TRIAL, O365_E3, 5),
        Command::ChangePrice {
            offer_id: O365_E3.into(),
            from: day(7, 1),
            monthly: Money::from_int(1),
            erp: Money::from_int(1),
        },
    ]
}

/// Every refusal the new commerce book gives to the commands above.
pub fn every_nce_refusal_reached() -> Vec<RuleError> {
    let book = book();
    refused_commands()
        .into_iter()
        .map(|command| {
            let refused = book.clone().execute(command.clone(), day(6, 20)).err();
            refused.unwrap_or_else(|| panic!("{command:?} was accepted"))
        })
        .collect()
}
