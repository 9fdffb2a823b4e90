//! N28: ids of the lines that no partner action made, stable across re-derivations.

use crate::base::dates::UsDate;
use chrono::NaiveDate;
use std::fmt::Write;
use uuid::Uuid;

/// The name-based UUID (v5) of the partner id and "SubscriptionId|ChargeType|OrderDate|n", where
/// n counts that subscription's events of that kind on that day from 1.
pub fn derived_id(
    partner_id: &str,
    subscription_id: &str,
    charge_type: &str,
    order_date: NaiveDate,
    n: u32,
) -> String {
    IdNamespace::of(partner_id).derived_id(subscription_id, charge_type, order_date, n)
}

/// The partner's namespace of derived ids, worked out once for the many ids of a replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdNamespace(Uuid);

impl IdNamespace {
    pub fn of(partner_id: &str) -> IdNamespace {
        // A partner id is a GUID (checked in Settings); anything else still gets a stable namespace.
        IdNamespace(
            Uuid::parse_str(partner_id)
                .unwrap_or_else(|_| Uuid::new_v5(&Uuid::NAMESPACE_OID, partner_id.as_bytes())),
        )
    }

    /// `derived_id` in this namespace.
    pub fn derived_id(
        self,
        subscription_id: &str,
        charge_type: &str,
        order_date: NaiveDate,
        n: u32,
    ) -> String {
        let mut name = String::with_capacity(subscription_id.len() + charge_type.len() + 24);
        if subscription_id.is_ascii() {
            name.extend(subscription_id.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            name.push_str(&subscription_id.to_lowercase());
        }
        write!(name, "|{charge_type}|{}|{n}", UsDate(order_date)).expect("writing to a String");
        let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
        Uuid::new_v5(&self.0, name.as_bytes())
            .hyphenated()
            .encode_lower(&mut text)
            .to_string()
    }
}
