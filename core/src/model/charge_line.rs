//! One row of a license-based reconciliation file (SPEC §1 "Charge line", §8).

use crate::base::money::Money;
use crate::model::catalog::BillingFrequency;
use crate::model::nce::ids::PartnerIds;
use crate::model::nce::line::{NceCharge, OrderId, Reference};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// Partner Center's ChargeType column: the license-based file's (R2) and, under profile 2022,
/// the new commerce file's (R6) [RFCT].
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
    New,
    Renew,
    CycleCharge,
    AddQuantity,
    RemoveQuantity,
    CancelImmediate,
    Convert,
    ChangeBillingPlan,
}

impl ChargeType {
    pub const ALL: [ChargeType; 17] = [
        ChargeType::PurchaseFee,
        ChargeType::ProratePurchase,
        ChargeType::CycleFee,
        ChargeType::CycleInstanceProrate,
        ChargeType::CancelFee,
        ChargeType::ActivationFee,
        ChargeType::RenewFee,
        ChargeType::ConvertAway,
        ChargeType::ConvertTo,
        ChargeType::New,
        ChargeType::Renew,
        ChargeType::CycleCharge,
        ChargeType::AddQuantity,
        ChargeType::RemoveQuantity,
        ChargeType::CancelImmediate,
        ChargeType::Convert,
        ChargeType::ChangeBillingPlan,
    ];

    /// New commerce's charge types (R6), as against the legacy program's (R2).
    pub fn is_new_commerce(self) -> bool {
        matches!(
            self,
            ChargeType::New
                | ChargeType::Renew
                | ChargeType::CycleCharge
                | ChargeType::AddQuantity
                | ChargeType::RemoveQuantity
                | ChargeType::CancelImmediate
                | ChargeType::Convert
                | ChargeType::ChangeBillingPlan
        )
    }

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
            ChargeType::New => "new",
            ChargeType::Renew => "renew",
            ChargeType::CycleCharge => "cycleCharge",
            ChargeType::AddQuantity => "addQuantity",
            ChargeType::RemoveQuantity => "removeQuantity",
            ChargeType::CancelImmediate => "cancelImmediate",
            ChargeType::Convert => "convert",
            ChargeType::ChangeBillingPlan => "changeBillingPlan",
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
    /// Under profile 2022, what R6 adds; `amount` is then R6's Total, tax included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nce: Option<Box<NceCharge>>,
}

impl ChargeLine {
    /// True when the amount is not unit price × quantity (before tax): the line charges or
    /// credits part of a period, prorated to the day (C7, N6).
    pub fn is_prorated(&self) -> bool {
        let before_tax = self.nce.as_ref().map_or(self.amount, |nce| nce.subtotal);
        (self.unit_price * i64::from(self.quantity)).round2() != Money(before_tax.0.abs()).round2()
    }

    /// The day the event that made the line happened: R6's OrderDate (N7); a legacy line's
    /// charge start.
    pub fn order_date(&self) -> NaiveDate {
        self.nce.as_ref().map_or(self.start, |nce| nce.order_date)
    }

    /// R6's ReferenceId of a new commerce line: its action's, or the name-based id of a line no
    /// action made (N28).
    pub fn reference_id(&self, ids: &PartnerIds) -> Option<Cow<'_, str>> {
        let nce = self.nce.as_deref()?;
        Some(match &nce.reference {
            Reference::Given(id) => Cow::Borrowed(&**id),
            Reference::Derived(n) => Cow::Owned(ids.references.derived_id(
                &self.subscription_id,
                self.charge_type.label(),
                nce.order_date,
                *n,
            )),
            Reference::Term(order) => Cow::Owned(order.spelled(ids.terms, &self.subscription_id)),
        })
    }

    /// R6's OrderId of a new commerce line: its action's, or the id of the renewal or automatic
    /// conversion that began its term (N28).
    pub fn order_id(&self, ids: &PartnerIds) -> Option<Cow<'_, str>> {
        let nce = self.nce.as_deref()?;
        Some(match &nce.order_id {
            OrderId::Given(id) => Cow::Borrowed(&**id),
            OrderId::Term(order) => Cow::Owned(order.spelled(ids.terms, &self.subscription_id)),
        })
    }
}
