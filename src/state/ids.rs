//! Fresh ids for what the partner creates: GUIDs as Partner Center writes them (partners,
//! customers, subscriptions) and 18-digit order ids.

use partnerdesk_core::model::command::NewIds;
use partnerdesk_core::model::nce::order::OrderIds;

/// Ids for a new subscription: GUIDs, and an order id of 18 digits as Partner Center writes it.
pub fn new_ids() -> NewIds {
    NewIds {
        subscription_id: new_guid(),
        billing_id: new_guid(),
        order_id: order_id(uuid::Uuid::new_v4().as_u128()),
        reference_id: None,
    }
}

/// Ids for a new commerce subscription: GUIDs throughout, with the ReferenceId of the lines its
/// creation makes (N28).
pub fn new_commerce_ids() -> NewIds {
    let subscription_id = new_guid();
    NewIds {
        billing_id: subscription_id.clone(),
        subscription_id,
        order_id: new_guid(),
        reference_id: Some(new_guid()),
    }
}

/// The ids a new commerce action on a subscription writes on its lines (N28).
pub fn new_order_ids() -> OrderIds {
    OrderIds {
        order_id: new_guid(),
        reference_id: new_guid(),
    }
}

pub fn new_guid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// 18 digits without a leading zero, drawn from random bits.
fn order_id(random: u128) -> String {
    const LOW: u128 = 100_000_000_000_000_000;
    (LOW + random % (9 * LOW)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_ids_have_18_digits_without_a_leading_zero() {
        for random in [
            0,
            1,
            u128::MAX,
            899_999_999_999_999_999,
            900_000_000_000_000_000,
        ] {
            let id = order_id(random);
            assert_eq!(id.len(), 18, "{id}");
            assert!(!id.starts_with('0'));
        }
    }
}
