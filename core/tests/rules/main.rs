//! One test (at least) per SPEC rule id; refusals are checked for their rule id. One file per
//! part of SPEC: the catalog (P), trials (T), charges (C), add-ons (A), invoices and the
//! history (R, H); the helpers they share are here.

mod add_ons;
mod catalog;
mod charges;
#[path = "../common/mod.rs"]
mod common;
mod invoices_and_history;
mod trials;

use common::*;
use partnerdesk_core::base::say::{LegacyNote, PreviewNote};
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency::{Annual, Monthly};
use partnerdesk_core::model::catalog::{OfferLimit, SecondaryLicense};
use partnerdesk_core::model::charge_line::ChargeType;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::sample_catalog::{
    sample_catalog, AUDIO_CONFERENCING, AZURE_PLAN, D365_CUSTOMER_ENGAGEMENT, D365_FINANCIALS,
    E3_GOVERNMENT, E5,
};
use partnerdesk_core::model::settings::RulesProfile::{P2017, P2018};
use partnerdesk_core::model::subscription::Status;
use partnerdesk_core::reports::dashboard::dashboard;
use partnerdesk_core::rules::preview::preview;
use partnerdesk_core::NaiveDate;

const TRIAL: &str = "11111111-1111-4111-8111-111111111111";
const OTHER: &str = "22222222-2222-4222-8222-222222222222";

fn refused(b: &mut Book, on: NaiveDate, command: Command) -> String {
    let before = b.clone();
    let err = b
        .execute(command, on)
        .expect_err("the rules must refuse this");
    assert_eq!(*b, before, "a refused command changes nothing");
    assert!(!err.message.is_empty());
    err.rule
}

fn purchase(
    sub: &str,
    offer: &str,
    quantity: u32,
    frequency: partnerdesk_core::model::catalog::BillingFrequency,
) -> Command {
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

fn convert(
    sub: &str,
    quantity: u32,
    frequency: partnerdesk_core::model::catalog::BillingFrequency,
) -> Command {
    Command::ConvertTrial {
        subscription_id: sub.into(),
        target_offer_id: E3_ID.into(),
        quantity,
        frequency,
        order: None,
        term_plan: None,
    }
}

fn change_quantity(sub: &str, quantity: u32) -> Command {
    Command::ChangeQuantity {
        subscription_id: sub.into(),
        quantity,
        order: None,
    }
}

fn all_lines(b: &Book, until: NaiveDate) -> Vec<partnerdesk_core::model::charge_line::ChargeLine> {
    derive(b, until).lines
}

fn add_on() -> Command {
    Command::BuyAddOn {
        ids: ids(ADD_ON),
        parent_id: SUB.into(),
        offer_id: ATP_ID.into(),
        quantity: 1,
    }
}
