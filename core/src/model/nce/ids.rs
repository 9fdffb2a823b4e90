//! N28: ids of the lines that no partner action made, stable across re-derivations.

use crate::base::dates::us_date;
use chrono::NaiveDate;
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
    // A partner id is a GUID (checked in Settings); anything else still gets a stable namespace.
    let namespace = Uuid::parse_str(partner_id)
        .unwrap_or_else(|_| Uuid::new_v5(&Uuid::NAMESPACE_OID, partner_id.as_bytes()));
    let name = format!(
        "{}|{}|{}|{}",
        subscription_id.to_lowercase(),
        charge_type,
        us_date(order_date),
        n
    );
    Uuid::new_v5(&namespace, name.as_bytes()).to_string()
}
