//! Every replay's lines in one list by billing date, a billing date at a time: at once for a
//! derivation in one go, or a few dates a step for one run a piece at a time (`derive_steps`).

use crate::model::charge_line::ChargeLine;
use chrono::NaiveDate;
use std::vec::IntoIter;

/// Replays' lines being merged in the order a stable sort of them all by billing date gives:
/// one date's lines in the order of the replays, and within a replay in the order they arose.
/// A replay's lines are (nearly always) in date order already and a book has few billing
/// dates (one a month), so each date takes its lines from the front of every replay's: each
/// line is moved once, where a sort of a large book moves each about twenty times.
#[derive(Default)]
pub(super) struct LineMerge {
    /// Every billing date of the runs, ascending; `next_date` is the first not merged yet.
    dates: Vec<NaiveDate>,
    next_date: usize,
    runs: Vec<IntoIter<ChargeLine>>,
    lines: Vec<ChargeLine>,
}

impl LineMerge {
    pub(super) fn new(mut runs: Vec<Vec<ChargeLine>>) -> LineMerge {
        let mut merge = LineMerge::default();
        runs.iter_mut().for_each(|run| merge.prepare(run));
        merge.start(runs);
        merge
    }

    /// Puts `run` in billing date order and notes its dates: done for every run (as replays
    /// end, when in steps) before the merge starts.
    pub(super) fn prepare(&mut self, run: &mut [ChargeLine]) {
        if !run.is_sorted_by_key(|l| l.billing_date) {
            run.sort_by_key(|l| l.billing_date);
        }
        for line in run.iter() {
            if let Err(i) = self.dates.binary_search(&line.billing_date) {
                self.dates.insert(i, line.billing_date);
            }
        }
    }

    /// Starts merging `runs`, each prepared, in the replays' order.
    pub(super) fn start(&mut self, runs: Vec<Vec<ChargeLine>>) {
        self.lines = Vec::with_capacity(runs.iter().map(Vec::len).sum());
        self.runs = runs.into_iter().map(Vec::into_iter).collect();
    }

    /// Merges the lines of the next billing dates (one at least) until at least `lines` lines
    /// have moved; whether every date is merged.
    pub(super) fn step(&mut self, lines: usize) -> bool {
        let until = self.lines.len().saturating_add(lines.max(1));
        while let Some(&date) = self.dates.get(self.next_date) {
            if self.lines.len() >= until {
                break;
            }
            self.next_date += 1;
            for run in &mut self.runs {
                let on_date = run
                    .as_slice()
                    .iter()
                    .take_while(|l| l.billing_date == date)
                    .count();
                self.lines.extend(run.by_ref().take(on_date));
            }
            self.runs.retain(|run| run.len() > 0);
        }
        self.is_done()
    }

    pub(super) fn is_done(&self) -> bool {
        self.next_date == self.dates.len()
    }

    /// The merged lines (all of them once `is_done`).
    pub(super) fn into_lines(self) -> Vec<ChargeLine> {
        self.lines
    }
}

/// The runs' lines merged at once.
pub(super) fn merge_by_billing_date(runs: Vec<Vec<ChargeLine>>) -> Vec<ChargeLine> {
    let mut merge = LineMerge::new(runs);
    merge.step(usize::MAX);
    merge.into_lines()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::money::Money;
    use crate::model::catalog::BillingFrequency;
    use crate::model::charge_line::ChargeType;

    fn line(subscription: &str, billing_day: u32, quantity: u32) -> ChargeLine {
        let day = |d| NaiveDate::from_ymd_opt(2025, 1, d).expect("a day of January");
        ChargeLine {
            subscription_id: subscription.into(),
            customer_id: "c".into(),
            offer_id: "o".into(),
            charge_type: ChargeType::CycleCharge,
            start: day(1),
            end: day(1),
            unit_price: Money::ZERO,
            quantity,
            amount: Money::ZERO,
            billing_date: day(billing_day),
            frequency: BillingFrequency::Monthly,
            term_start: day(1),
            term_end: day(1),
            nce: None,
        }
    }

    fn runs() -> Vec<Vec<ChargeLine>> {
        vec![
            vec![line("a", 8, 1), line("a", 8, 2), line("a", 20, 3)],
            vec![],
            // Out of date order, as a replay may leave them.
            vec![
                line("b", 20, 4),
                line("b", 8, 5),
                line("b", 31, 6),
                line("b", 8, 7),
            ],
            vec![line("c", 31, 8), line("c", 31, 9)],
        ]
    }

    #[test]
    fn r1_lines_merge_by_billing_date_as_a_stable_sort_orders_them() {
        let mut sorted: Vec<ChargeLine> = runs().into_iter().flatten().collect();
        sorted.sort_by_key(|l| l.billing_date);
        let merged = merge_by_billing_date(runs());
        let order: Vec<u32> = merged.iter().map(|l| l.quantity).collect();
        assert_eq!(order, [1, 2, 5, 7, 3, 4, 6, 8, 9]);
        assert_eq!(merged, sorted);
    }

    #[test]
    fn r1_lines_merged_a_date_a_step_come_out_as_merged_at_once() {
        let mut merge = LineMerge::new(runs());
        let mut steps = 0;
        while !merge.step(0) {
            steps += 1;
        }
        assert_eq!(steps, 2);
        assert_eq!(merge.into_lines(), merge_by_billing_date(runs()));
    }
}
