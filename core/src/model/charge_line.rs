//! One row of a license-based reconciliation file (SPEC §1 "Charge line", §8).

use crate::base::money::Money;
use crate::model::catalog::BillingFrequency;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Partner Center's ChargeType column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ChargeType {
    /// The $0 free period of a monthly purchase under profile 2017.
    PurchaseFee,
    ProratePurchase,
    CycleFee,
    CycleInstanceProrate,
    CancelFee,
    ActivationFee,
    RenewFee,
    ConvertAway,
    ConvertTo,
}

impl ChargeType {
    pub const ALL: [ChargeType; 9] = [
        ChargeType::PurchaseFee,
        ChargeType::ProratePurchase,
        ChargeType::CycleFee,
        ChargeType::CycleInstanceProrate,
        ChargeType::CancelFee,
        ChargeType::ActivationFee,
        ChargeType::RenewFee,
        ChargeType::ConvertAway,
        ChargeType::ConvertTo,
    ];

    /// The text Partner Center writes in the ChargeType column.
    pub fn label(self) -> &'static str {
        match self {
            ChargeType::PurchaseFee => "Purchase fee",
            ChargeType::ProratePurchase => "Prorate fees when purchase",
            ChargeType::CycleFee => "Cycle fee",
            ChargeType::CycleInstanceProrate => "Cycle instance prorate",
            ChargeType::CancelFee => "Cancel fee",
            ChargeType::ActivationFee => "Activation fee",
            ChargeType::RenewFee => "Renew fee",
            ChargeType::ConvertAway => "Prorate fees when convert away from current offering",
            ChargeType::ConvertTo => "Prorate fees when convert to a new offering",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChargeLine {
    /// The partner-facing Subscription ID (SyndicationPartnerSubscriptionNumber).
    /// Ids are shared, not copied: a book has hundreds of thousands of lines.
    pub subscription_id: Arc<str>,
    pub customer_id: Arc<str>,
    /// The offer billed (after a trial conversion, the conversion target).
    pub offer_id: Arc<str>,
    pub charge_type: ChargeType,
    pub start: NaiveDate,
    /// Last day charged, inclusive.
    pub end: NaiveDate,
    pub unit_price: Money,
    pub quantity: u32,
    pub amount: Money,
    /// The partner billing date on whose invoice the line appears.
    pub billing_date: NaiveDate,
    pub frequency: BillingFrequency,
    /// The term the line belongs to: SubscriptionStartDate / SubscriptionEndDate.
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
}
