//! One line of a reconciliation file in a shape both programs share: what a partner's file
//! says (read by `imports::recon_file`) and what the book's invoice says (made by
//! `reports::reconcile`) meet here to be matched, whatever program wrote them.

use crate::base::money::Money;
use crate::model::charge_line::ChargeType;
use chrono::NaiveDate;
use std::sync::Arc;

/// Which of Partner Center's reconciliation files a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReconProgram {
    /// The license-based file of the legacy program (SPEC R2, 28 columns).
    Legacy,
    /// The new commerce file (SPEC-NCE R6, 46 columns).
    NewCommerce,
}

impl ReconProgram {
    /// In the partner's words.
    pub fn name(self) -> &'static str {
        match self {
            ReconProgram::Legacy => "license-based (legacy) file",
            ReconProgram::NewCommerce => "new commerce file",
        }
    }

    /// The charge type as this program spells it, when it is one PartnerDesk knows; case and
    /// surrounding blanks are forgiven.
    pub fn known_charge_type(self, text: &str) -> Option<&'static str> {
        let text = text.trim();
        let new_commerce = self == ReconProgram::NewCommerce;
        ChargeType::ALL
            .iter()
            .filter(|t| t.is_new_commerce() == new_commerce)
            .map(|t| t.label())
            .find(|l| l.eq_ignore_ascii_case(text))
    }
}

/// A line of a reconciliation file. Text is shared (`Arc<str>`): a file of 100,000 lines
/// names a few thousand customers, subscriptions and offers over and over. Ids are kept in
/// lower case, so that a GUID matches whatever case a file writes it in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReconLine {
    /// The line of the file it was read from; 0 for a line of the book.
    pub line: usize,
    pub customer_id: Arc<str>,
    pub customer_name: Arc<str>,
    pub domain: Arc<str>,
    /// The Subscription ID the partner sees (legacy: SyndicationPartnerSubscriptionNumber).
    pub subscription_id: Arc<str>,
    /// Microsoft's billing id of a legacy subscription (its SubscriptionId column).
    pub billing_id: Arc<str>,
    pub order_id: Arc<str>,
    pub offer_id: Arc<str>,
    pub offer_name: Arc<str>,
    /// The nickname, or the offer name when there is none (SubscriptionName).
    pub subscription_name: Arc<str>,
    pub mpn_id: Arc<str>,
    pub reseller_mpn_id: Arc<str>,
    /// As the file writes it; Partner Center's own spelling when it is a known type.
    pub charge_type: Arc<str>,
    pub charge_start: NaiveDate,
    pub charge_end: NaiveDate,
    pub term_start: Option<NaiveDate>,
    pub term_end: Option<NaiveDate>,
    /// BillingCycleType (legacy) or BillingFrequency (new commerce), as written.
    pub frequency: Arc<str>,
    /// UnitPrice, when the file has a readable one.
    pub unit_price: Option<Money>,
    /// Legacy: Quantity. New commerce: BillableQuantity, what the amount is computed for.
    pub quantity: u32,
    /// Before tax and discount: Amount (legacy) or Subtotal (new commerce).
    pub amount: Money,
    /// New commerce only: OrderDate, ReferenceId and the customer's country.
    pub order_date: Option<NaiveDate>,
    pub reference_id: Arc<str>,
    pub country: Arc<str>,
}

impl ReconLine {
    /// A credit or refund: a negative amount.
    pub fn is_credit(&self) -> bool {
        self.amount.is_negative()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r2_and_r6_charge_types_are_known_in_any_case() {
        let legacy = ReconProgram::Legacy;
        assert_eq!(legacy.known_charge_type(" cycle FEE "), Some("Cycle fee"));
        assert_eq!(legacy.known_charge_type("addQuantity"), None);
        let nce = ReconProgram::NewCommerce;
        assert_eq!(nce.known_charge_type("ADDQUANTITY"), Some("addQuantity"));
        assert_eq!(nce.known_charge_type("moveQuantity"), None);
    }
}
