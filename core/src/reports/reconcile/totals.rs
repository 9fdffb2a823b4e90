//! A finished reconciliation: its findings in the order the page lists them, the count of each
//! group, the totals of both sides overall and per customer, and the findings a filter keeps.

use super::finding::{CustomerTotals, Finding, Group, Totals};
use crate::base::fast_hash::FastHashMap;
use crate::base::money::Money;
use crate::model::recon_line::{ReconLine, ReconProgram};
use std::cmp::Ordering;
use std::sync::Arc;

/// Both sides' totals per customer, as lines come in.
#[derive(Clone, Debug, Default)]
pub struct CustomerLedger {
    customers: FastHashMap<Arc<str>, CustomerTotals>,
}

impl CustomerLedger {
    fn entry(&mut self, line: &ReconLine) -> &mut Totals {
        let totals = self
            .customers
            .entry(Arc::clone(&line.customer_id))
            .or_insert_with(|| CustomerTotals {
                customer_id: Arc::clone(&line.customer_id),
                customer_name: Arc::clone(&line.customer_name),
                totals: Totals::default(),
            });
        &mut totals.totals
    }

    pub fn add_book(&mut self, line: &ReconLine) {
        self.entry(line).book += line.amount;
    }

    pub fn add_file(&mut self, line: &ReconLine) {
        self.entry(line).file += line.amount;
    }

    pub fn overall(&self) -> Totals {
        self.customers
            .values()
            .fold(Totals::default(), |sum, c| Totals {
                file: sum.file + c.totals.file,
                book: sum.book + c.totals.book,
            })
    }
}

/// Shared text is mostly compared with itself: equal without reading it.
fn text_order(a: &Arc<str>, b: &Arc<str>) -> Ordering {
    if Arc::ptr_eq(a, b) {
        Ordering::Equal
    } else {
        a.cmp(b)
    }
}

/// Which findings the partner is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FindingFilter {
    /// One group; None keeps every difference (every group but the matches).
    pub group: Option<Group>,
    /// One customer's; None keeps every customer's.
    pub customer_id: Option<Arc<str>>,
}

impl FindingFilter {
    pub fn keeps(&self, finding: &Finding) -> bool {
        let group = match self.group {
            Some(g) => finding.group == g,
            None => finding.group.is_difference(),
        };
        group
            && self
                .customer_id
                .as_ref()
                .is_none_or(|c| *c == finding.customer_id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reconciliation {
    pub program: ReconProgram,
    /// By group, then customer name, subscription, charge start and file line.
    pub findings: Vec<Finding>,
    pub totals: Totals,
    /// Customers whose totals differ first (largest difference first), then by name.
    pub customers: Vec<CustomerTotals>,
}

impl Reconciliation {
    pub(super) fn new(
        program: ReconProgram,
        mut findings: Vec<Finding>,
        ledger: CustomerLedger,
    ) -> Reconciliation {
        findings.sort_by(|a, b| {
            a.group
                .cmp(&b.group)
                .then_with(|| text_order(&a.customer_name, &b.customer_name))
                .then_with(|| text_order(&a.subscription_id, &b.subscription_id))
                .then_with(|| (a.charge_start, a.file_line).cmp(&(b.charge_start, b.file_line)))
        });
        let totals = ledger.overall();
        let mut customers: Vec<CustomerTotals> = ledger
            .customers
            .into_values()
            .map(|mut c| {
                c.totals.file = c.totals.file.round2();
                c.totals.book = c.totals.book.round2();
                c
            })
            .collect();
        customers.sort_by(|a, b| {
            let gap = |c: &CustomerTotals| -> Money {
                let d = c.totals.difference();
                if d.is_negative() {
                    -d
                } else {
                    d
                }
            };
            gap(b)
                .cmp(&gap(a))
                .then_with(|| a.customer_name.cmp(&b.customer_name))
        });
        Reconciliation {
            program,
            findings,
            totals: Totals {
                file: totals.file.round2(),
                book: totals.book.round2(),
            },
            customers,
        }
    }

    pub fn count(&self, group: Group) -> usize {
        self.findings.iter().filter(|f| f.group == group).count()
    }

    /// How many findings are differences (every group but the matches).
    pub fn difference_count(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.group.is_difference())
            .count()
    }

    /// The positions in `findings` of those `filter` keeps, in order.
    pub fn select(&self, filter: &FindingFilter) -> Vec<usize> {
        self.findings
            .iter()
            .enumerate()
            .filter(|(_, f)| filter.keeps(f))
            .map(|(i, _)| i)
            .collect()
    }

    /// The customers with at least one difference, in the order of `customers`.
    pub fn customers_with_differences(&self) -> Vec<&CustomerTotals> {
        let with: std::collections::HashSet<&str> = self
            .findings
            .iter()
            .filter(|f| f.group.is_difference())
            .map(|f| &*f.customer_id)
            .collect();
        self.customers
            .iter()
            .filter(|c| with.contains(&*c.customer_id))
            .collect()
    }
}
