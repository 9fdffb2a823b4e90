//! Matching Microsoft's file against the book's invoice, line by line as the file is read.
//!
//! A file line matches a book line of the same customer, subscription, charge type, charge
//! dates and quantity: the pair "matches" when the amounts agree, else "amount differs".
//! Among several such book lines (rare: the same charge twice), one of the same amount is taken
//! first. The file is matched as it streams in, so only its unmatched lines are kept. Once it
//! has been read, a legacy line left over meets a book line that differs only in quantity
//! ("seat count differs"); what is left then is in one side only. For new commerce, seats are
//! compared per subscription, rebuilt from each side's refund/charge pairs (`seats`).

use super::finding::{Counted, Finding, Group, Totals};
use super::totals::{CustomerLedger, Reconciliation};
use crate::base::fast_hash::{FastHashMap, FastHashSet};
use crate::model::recon_line::{ReconLine, ReconProgram};
use crate::model::recon_seats::SeatLedger;
use chrono::NaiveDate;
use std::sync::Arc;

/// What a file line and a book line must share to be the same line; `quantity` is left out
/// for the second pass, which finds seat count differences.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct LineKey {
    customer_id: Arc<str>,
    subscription_id: Arc<str>,
    charge_type: Arc<str>,
    start: NaiveDate,
    end: NaiveDate,
    quantity: Option<u32>,
}

impl LineKey {
    fn of(line: &ReconLine, with_quantity: bool) -> LineKey {
        LineKey {
            customer_id: Arc::clone(&line.customer_id),
            subscription_id: Arc::clone(&line.subscription_id),
            charge_type: Arc::clone(&line.charge_type),
            start: line.charge_start,
            end: line.charge_end,
            quantity: with_quantity.then_some(line.quantity),
        }
    }
}

/// One reconciliation under way: the book's lines, indexed; the file's, fed as they are read.
pub struct Reconciler {
    program: ReconProgram,
    book: Vec<ReconLine>,
    taken: Vec<bool>,
    index: FastHashMap<LineKey, Vec<u32>>,
    /// The partner-facing id of each legacy subscription, by Microsoft's billing id.
    by_billing_id: FastHashMap<Arc<str>, Arc<str>>,
    subscriptions: FastHashSet<Arc<str>>,
    findings: Vec<Finding>,
    unmatched: Vec<ReconLine>,
    totals: CustomerLedger,
    file_seats: SeatLedger,
}

impl Reconciler {
    /// Ready to take the lines of a file of `program` against `book`, the lines of the book's
    /// invoice for the same billing date (legacy) or month (new commerce).
    pub fn new(program: ReconProgram, book: Vec<ReconLine>) -> Reconciler {
        let mut index: FastHashMap<LineKey, Vec<u32>> = FastHashMap::default();
        let mut totals = CustomerLedger::default();
        for (i, line) in book.iter().enumerate() {
            let at = u32::try_from(i).expect("an invoice has fewer than 4 billion lines");
            index.entry(LineKey::of(line, true)).or_default().push(at);
            totals.add_book(line);
        }
        Reconciler {
            program,
            taken: vec![false; book.len()],
            index,
            by_billing_id: book
                .iter()
                .filter(|l| !l.billing_id.is_empty())
                .map(|l| (Arc::clone(&l.billing_id), Arc::clone(&l.subscription_id)))
                .collect(),
            subscriptions: book
                .iter()
                .map(|l| Arc::clone(&l.subscription_id))
                .collect(),
            book,
            findings: Vec::new(),
            unmatched: Vec::new(),
            totals,
            file_seats: SeatLedger::default(),
        }
    }

    /// Matches one line of the file.
    pub fn feed(&mut self, mut line: ReconLine) {
        line.subscription_id = self.book_subscription(&line);
        self.totals.add_file(&line);
        if self.program == ReconProgram::NewCommerce {
            self.file_seats.add(&line);
        }
        let candidates = self.index.get(&LineKey::of(&line, true));
        match candidates.and_then(|c| pick(c, &self.taken, &self.book, &line)) {
            Some(at) => {
                self.taken[at] = true;
                let book = &self.book[at];
                let group = if book.amount == line.amount {
                    Group::Match
                } else {
                    Group::AmountDiffers
                };
                self.findings
                    .push(Finding::of_line(group, book, Some(&line), Some(book)));
            }
            None => self.unmatched.push(line),
        }
    }

    pub fn feed_all(&mut self, lines: impl IntoIterator<Item = ReconLine>) {
        for line in lines {
            self.feed(line);
        }
    }

    /// The book's id of the subscription a file line names: its partner-facing id when the
    /// book knows it, else the one of its billing id (a legacy file's SubscriptionId).
    fn book_subscription(&self, line: &ReconLine) -> Arc<str> {
        if self.subscriptions.contains(&line.subscription_id) || line.billing_id.is_empty() {
            return Arc::clone(&line.subscription_id);
        }
        match self.by_billing_id.get(&line.billing_id) {
            Some(id) => Arc::clone(id),
            None if line.subscription_id.is_empty() => Arc::clone(&line.billing_id),
            None => Arc::clone(&line.subscription_id),
        }
    }

    /// The file has been read: the lines left over are grouped and everything totalled.
    pub fn finish(mut self) -> Reconciliation {
        let unmatched = std::mem::take(&mut self.unmatched);
        let left_over = match self.program {
            ReconProgram::Legacy => self.seat_count_differences(unmatched),
            ReconProgram::NewCommerce => {
                self.subscription_seat_differences();
                unmatched
            }
        };
        for line in &left_over {
            self.findings
                .push(Finding::of_line(Group::FileOnly, line, Some(line), None));
        }
        for (line, _) in self.book.iter().zip(&self.taken).filter(|(_, t)| !**t) {
            self.findings
                .push(Finding::of_line(Group::BookOnly, line, None, Some(line)));
        }
        Reconciliation::new(self.program, self.findings, self.totals)
    }

    /// Legacy: a left-over file line and a left-over book line that differ only in quantity
    /// are one line whose seat count differs. Returns the file lines still left.
    fn seat_count_differences(&mut self, unmatched: Vec<ReconLine>) -> Vec<ReconLine> {
        let mut open: FastHashMap<LineKey, Vec<u32>> = FastHashMap::default();
        for (at, line) in self
            .book
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.taken[*i])
        {
            let at = u32::try_from(at).expect("fewer than 4 billion lines");
            open.entry(LineKey::of(line, false)).or_default().push(at);
        }
        let mut left = Vec::new();
        for line in unmatched {
            let found = open
                .get(&LineKey::of(&line, false))
                .and_then(|c| pick(c, &self.taken, &self.book, &line));
            match found {
                Some(at) => {
                    self.taken[at] = true;
                    let book = &self.book[at];
                    self.findings.push(Finding::of_line(
                        Group::SeatsDiffer,
                        book,
                        Some(&line),
                        Some(book),
                    ));
                }
                None => left.push(line),
            }
        }
        left
    }

    /// New commerce: each subscription on both sides whose rebuilt seats differ.
    fn subscription_seat_differences(&mut self) {
        let mut book_seats = SeatLedger::default();
        for line in &self.book {
            book_seats.add(line);
        }
        let book_seats = book_seats.seats();
        for (id, file) in self.file_seats.seats() {
            let Some(book) = book_seats.get(&id).filter(|b| b.seats != file.seats) else {
                continue;
            };
            let Some(line) = self.book.iter().find(|l| l.subscription_id == id) else {
                continue;
            };
            let mut finding = Finding::of_line(Group::SeatsDiffer, line, None, None);
            finding.charge_type = Arc::from("");
            (finding.charge_start, finding.charge_end) = (None, None);
            finding.file = Some(Counted {
                quantity: file.seats,
                amount: file.amount,
            });
            finding.book = Some(Counted {
                quantity: book.seats,
                amount: book.amount,
            });
            self.findings.push(finding);
        }
    }

    /// The totals so far (the book's in full, the file's as far as it has been read).
    pub fn totals(&self) -> Totals {
        self.totals.overall()
    }
}

/// The untaken candidate to pair `line` with: one of the same amount first.
fn pick(candidates: &[u32], taken: &[bool], book: &[ReconLine], line: &ReconLine) -> Option<usize> {
    let open = || {
        candidates
            .iter()
            .map(|&at| at as usize)
            .filter(|&at| !taken[at])
    };
    open()
        .find(|&at| book[at].amount == line.amount)
        .or_else(|| open().next())
}
