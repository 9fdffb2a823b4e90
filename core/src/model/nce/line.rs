//! What a new commerce line (R6) adds to a charge line: the ids of the event that made it, the
//! OrderDate that puts it on a monthly invoice (N7), the exact EffectiveUnitPrice, the subtotal
//! before tax, the term and plan, the qualifier, and its event's place in the replay (N36).

use super::ids::IdNamespace;
use super::per_seat::PerSeat;
use super::term::TermPlan;
use crate::base::dates::first_of_month;
use crate::base::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// R6's ProductQualifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    Trial,
    AddOn,
}

impl Qualifier {
    /// The JSON text R6 writes.
    pub fn recon_text(self) -> &'static str {
        match self {
            Qualifier::Trial => "[\"Trial\"]",
            Qualifier::AddOn => "[\"Add-on\"]",
        }
    }
}

/// A line's ReferenceId (N28): the one its action carried, the n-th name-based id of its
/// kind that day, or the id of the renewal or automatic conversion that made it (also its
/// OrderId), spelled out only when a file is written (a book has hundreds of thousands).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Reference {
    Given(Arc<str>),
    Derived(u32),
    Term(TermOrder),
}

/// A line's OrderId: the one its action carried, or the id (N28) of the renewal or automatic
/// conversion that began its term, which that term's cycle charges carry too.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrderId {
    Given(Arc<str>),
    Term(TermOrder),
}

/// The renewal or automatic conversion no partner action made, by what its name-based id (N28)
/// is made of: spelling the id is a SHA-1 hash, and a book renews hundreds of thousands of times.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TermOrder {
    pub kind: TermOrderKind,
    pub day: NaiveDate,
    /// The n-th event of its kind on that day, from 1.
    pub n: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TermOrderKind {
    Renew,
    Convert,
}

impl TermOrder {
    /// The id in the partner's namespace (N28), as a renewal's or conversion's ChargeType names it.
    pub fn spelled(self, namespace: IdNamespace, subscription_id: &str) -> String {
        let charge_type = match self.kind {
            TermOrderKind::Renew => "renew",
            TermOrderKind::Convert => "convert",
        };
        namespace.derived_id(subscription_id, charge_type, self.day, self.n)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NceCharge {
    /// The purchase, seat change, cancellation, conversion, renewal or plan-change request that
    /// made the line; a cycleCharge carries its term's.
    pub order_id: OrderId,
    pub reference: Reference,
    pub order_date: NaiveDate,
    /// e, exact; negative on refunds.
    pub effective_unit_price: PerSeat,
    /// The N6 amount, before tax (the charge line's amount is R6's Total).
    pub subtotal: Money,
    /// None on trial lines: blank TermAndBillingCycle and BillingFrequency.
    pub term_plan: Option<TermPlan>,
    pub qualifier: Option<Qualifier>,
    /// The event's place in its subscription's replay: lines of one event share it (N36).
    pub event: u32,
}

impl NceCharge {
    /// N7: the first day of the month whose invoice holds the line.
    pub fn invoice_month(&self) -> NaiveDate {
        first_of_month(self.order_date)
    }

    /// R6 column 35.
    pub fn billing_frequency(&self) -> &'static str {
        self.term_plan.map_or("", TermPlan::recon_frequency)
    }

    /// R6 column 30.
    pub fn term_and_billing_cycle(&self) -> &'static str {
        self.term_plan.map_or("", |tp| tp.term.recon_text())
    }
}
