//! What a legacy reconciliation file says of each customer and subscription, gathered line by
//! line: the latest term, the seats, the locked price, whether it was left suspended.

use crate::base::money::Money;
use crate::model::charge_line::ChargeType;
use crate::model::recon_line::ReconLine;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The reseller of a customer's line, when the file names one other than the partner (R3
/// writes the partner's own MPN id for a direct sale, and Partner Center -1 for a removed one).
pub fn reseller(line: &ReconLine) -> Option<String> {
    let r = line.reseller_mpn_id.trim();
    (!r.is_empty() && r != "-1" && r != line.mpn_id.trim()).then(|| r.to_string())
}

/// Where a line stands among a subscription's lines: by charge start, then file line.
type Position = (NaiveDate, usize);

/// A subscription as the file's lines describe it.
#[derive(Clone, Debug)]
pub struct SubscriptionFacts {
    /// Its first line of the latest term: ids, customer, offer, names, billing cycle.
    pub line: ReconLine,
    /// The latest term the lines name.
    pub term: Option<(NaiveDate, NaiveDate)>,
    /// The seats of the latest charge (not credit) line.
    pub quantity: Option<(Position, u32)>,
    /// The seats of a credit line, for a subscription the file only credits (a suspension).
    pub credited_quantity: Option<u32>,
    /// The unit price of the latest whole-period charge of the latest term, per month.
    pub monthly_price: Option<(Position, Money)>,
    /// The same of the latest term's first charge: a whole period, except for an add-on (A3).
    pub purchase_price: Option<(Position, Money)>,
    /// The latest line, and whether it is a cancellation's credit (C8).
    pub last: Option<(Position, bool)>,
}

impl SubscriptionFacts {
    pub fn of(line: &ReconLine) -> SubscriptionFacts {
        SubscriptionFacts {
            line: line.clone(),
            term: None,
            quantity: None,
            credited_quantity: None,
            monthly_price: None,
            purchase_price: None,
            last: None,
        }
    }

    /// Takes what `line` adds.
    pub fn add(&mut self, line: &ReconLine) {
        let at = (line.charge_start, line.line);
        if let (Some(start), Some(end)) = (line.term_start, line.term_end) {
            if self.term.is_none_or(|(s, _)| start > s) {
                self.term = Some((start, end));
                self.monthly_price = None;
                self.purchase_price = None;
                self.line = line.clone();
            }
        }
        let current_term = line.term_start == self.term.map(|(s, _)| s);
        if line.is_credit() {
            self.credited_quantity = Some(line.quantity);
        } else if self.quantity.is_none_or(|(p, _)| at >= p) {
            self.quantity = Some((at, line.quantity));
        }
        let price = line
            .unit_price
            .filter(|_| current_term)
            .map(|p| (at, self.per_month(p)));
        let kind: &str = &line.charge_type;
        let whole = [ChargeType::CycleFee, ChargeType::RenewFee].map(ChargeType::label);
        let slot = if whole.contains(&kind) {
            &mut self.monthly_price
        } else if kind == ChargeType::ProratePurchase.label() {
            &mut self.purchase_price
        } else {
            return self.note_last(line);
        };
        if let Some(price) = price.filter(|_| slot.is_none_or(|(p, _)| at >= p)) {
            *slot = Some(price);
        }
        self.note_last(line);
    }

    fn note_last(&mut self, line: &ReconLine) {
        let at = (line.charge_start, line.line);
        if self.last.is_none_or(|(p, _)| at >= p) {
            let cancelled = *line.charge_type == *ChargeType::CancelFee.label();
            self.last = Some((at, cancelled));
        }
    }

    /// An annual line's unit price is 12 months' (C3).
    fn per_month(&self, unit_price: Money) -> Money {
        if self.line.frequency.eq_ignore_ascii_case("annual") {
            Money(unit_price.decimal() / Decimal::from(12))
        } else {
            unit_price
        }
    }

    /// The seats it holds: those of its latest charge, or of its credit.
    pub fn seats(&self) -> u32 {
        self.quantity
            .map(|(_, q)| q)
            .or(self.credited_quantity)
            .unwrap_or(0)
    }

    /// The day of the cancellation the file ends with, if it does.
    pub fn suspended_on(&self) -> Option<NaiveDate> {
        self.last
            .filter(|(_, cancelled)| *cancelled)
            .map(|((day, _), _)| day)
    }
}
