//! The charge lines a replay emits: the ids each carries, the invoice it lands on, and which
//! of them are kept.

use crate::base::dates::billing_date_on_or_after;
use crate::billing::legacy::proration::Priced;
use crate::model::charge_line::{ChargeLine, ChargeType};
use crate::model::subscription::Term;
use chrono::NaiveDate;
use std::sync::Arc;

/// One line to write: what is charged for which days, and the day whose billing date bills it.
pub(super) struct Charge {
    pub charge_type: ChargeType,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub priced: Priced,
    pub quantity: u32,
    pub billed_for: NaiveDate,
}

pub(super) struct LineWriter {
    /// The ids every line carries, shared: a book has hundreds of thousands of lines.
    subscription_id: Arc<str>,
    customer_id: Arc<str>,
    offer_id: Arc<str>,
    /// Usage-based offers have no license-based lines (they bill on the usage file).
    usage: bool,
    billing_day: u32,
    /// Lines billed before this date are not kept.
    lines_from: NaiveDate,
    lines: Vec<ChargeLine>,
}

impl LineWriter {
    pub fn new(billing_day: u32, lines_from: NaiveDate) -> LineWriter {
        LineWriter {
            subscription_id: Arc::from(""),
            customer_id: Arc::from(""),
            offer_id: Arc::from(""),
            usage: false,
            billing_day,
            lines_from,
            lines: Vec::new(),
        }
    }

    /// Lines from now on are for `offer_id`, billed on the usage file instead when `usage`.
    pub fn hold_offer(
        &mut self,
        subscription_id: &str,
        customer_id: &str,
        offer_id: &str,
        usage: bool,
    ) {
        self.subscription_id = Arc::from(subscription_id);
        self.customer_id = Arc::from(customer_id);
        self.offer_id = Arc::from(offer_id);
        self.usage = usage;
    }

    /// False for an offer billed on the usage file: nothing it does is billed here.
    pub fn bills_licenses(&self) -> bool {
        !self.usage
    }

    /// The partner billing date whose invoice bills what happens on `day` (B(x), SPEC §4).
    pub fn billed_on(&self, day: NaiveDate) -> NaiveDate {
        billing_date_on_or_after(day, self.billing_day)
    }

    pub fn line(&self, term: &Term, charge: Charge) -> ChargeLine {
        ChargeLine {
            subscription_id: self.subscription_id.clone(),
            customer_id: self.customer_id.clone(),
            offer_id: self.offer_id.clone(),
            charge_type: charge.charge_type,
            start: charge.start,
            end: charge.end,
            unit_price: charge.priced.unit_price,
            quantity: charge.quantity,
            amount: charge.priced.amount,
            billing_date: self.billed_on(charge.billed_for),
            frequency: term.frequency,
            term_start: term.start,
            term_end: term.end,
            nce: None,
        }
    }

    /// Records a line, unless the offer bills on the usage file instead or the line is billed
    /// before the lines asked for.
    pub fn emit(&mut self, line: ChargeLine) {
        if !self.usage && line.billing_date >= self.lines_from {
            self.lines.push(line);
        }
    }

    /// The lines billed up to `horizon`.
    pub fn into_lines(mut self, horizon: NaiveDate) -> Vec<ChargeLine> {
        self.lines.retain(|l| l.billing_date <= horizon);
        self.lines
    }
}
