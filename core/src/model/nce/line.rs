//! A line of the new commerce reconciliation file (R6), as the replay makes it.

use super::per_seat::PerSeat;
use super::term::TermPlan;
use crate::base::dates::first_of_month;
use crate::base::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// R6's ChargeType column under profile 2022 [RFCT].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ChargeType {
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
    pub fn label(self) -> &'static str {
        match self {
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

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NceLine {
    /// Kept through a trial's conversion (N19).
    pub subscription_id: String,
    /// The offer the line bills: the trial's on a conversion's trial line.
    pub offer_id: String,
    pub charge_type: ChargeType,
    pub order_id: String,
    pub order_date: NaiveDate,
    pub charge_start: NaiveDate,
    pub charge_end: NaiveDate,
    /// u of the line's row; 0.00 on trial lines, never negative.
    pub unit_price: Money,
    /// e, exact; negative on refunds.
    pub effective_unit_price: PerSeat,
    pub billable_quantity: u32,
    pub subtotal: Money,
    /// T and E of the term the line belongs to (D and D+29 on trial lines).
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    /// None on trial lines: blank TermAndBillingCycle and BillingFrequency.
    pub term_plan: Option<TermPlan>,
    pub reference_id: String,
    pub qualifier: Option<Qualifier>,
    /// The event's place in its subscription's replay: lines of one event share it (N36).
    pub event: u32,
}

impl NceLine {
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
