//! The billing period a replay is in, what is billed for it so far, and the quantities in force
//! within it: what a license change reverses and rebills in stretches (SPEC C6).

use crate::base::dates::add_days;
use crate::billing::legacy::calendar::Period;
use crate::model::charge_line::ChargeLine;
use chrono::NaiveDate;

pub(super) struct OpenPeriod {
    pub period: Period,
    /// What is billed for the period now, net of reversals.
    pub billed: Vec<ChargeLine>,
    /// Quantities in force within the period since its billed start: (from, quantity).
    quantities: Vec<(NaiveDate, u32)>,
}

/// Days of one period with one quantity.
pub(super) struct QuantityStretch {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub quantity: u32,
}

impl OpenPeriod {
    /// The period billed from `billed_from` at `quantity`, nothing billed yet.
    pub fn new(period: Period, billed_from: NaiveDate, quantity: u32) -> OpenPeriod {
        OpenPeriod {
            period,
            billed: Vec::new(),
            quantities: vec![(billed_from, quantity)],
        }
    }

    /// The first day the period is billed for.
    pub fn billed_from(&self) -> NaiveDate {
        self.quantities[0].0
    }

    pub fn change_quantity(&mut self, day: NaiveDate, quantity: u32) {
        self.quantities.push((day, quantity));
    }

    /// Starts a stretch on `day` (within the billed days) at `quantity`, unless one starts then.
    pub fn break_at(&mut self, day: NaiveDate, quantity: u32) {
        let within = day > self.billed_from() && day <= self.period.end;
        if within && !self.quantities.iter().any(|(from, _)| *from == day) {
            self.quantities.push((day, quantity));
        }
    }

    /// The billed days in stretches of one quantity each; of several changes on one day, the
    /// last counts.
    pub fn stretches(&mut self) -> Vec<QuantityStretch> {
        self.quantities.sort_by_key(|(from, _)| *from);
        self.quantities.dedup_by(|later, earlier| {
            if later.0 == earlier.0 {
                earlier.1 = later.1;
                true
            } else {
                false
            }
        });
        let end = self.period.end;
        self.quantities
            .iter()
            .enumerate()
            .map(|(i, (from, quantity))| QuantityStretch {
                from: *from,
                to: self
                    .quantities
                    .get(i + 1)
                    .map_or(end, |(next, _)| add_days(*next, -1)),
                quantity: *quantity,
            })
            .filter(|s| s.from <= s.to)
            .collect()
    }
}
