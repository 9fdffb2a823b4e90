//! What a reconciliation finds: each line of Microsoft's file and of the book's invoice in one
//! of five groups, and the totals of both sides, overall and per customer.

use crate::base::money::Money;
use crate::model::recon_line::ReconLine;
use chrono::NaiveDate;
use std::sync::Arc;

/// The five groups of issue 12, in the order the page lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    AmountDiffers,
    SeatsDiffer,
    FileOnly,
    BookOnly,
    Match,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::AmountDiffers,
        Group::SeatsDiffer,
        Group::FileOnly,
        Group::BookOnly,
        Group::Match,
    ];

    /// In the partner's words.
    pub fn label(self) -> &'static str {
        match self {
            Group::Match => "Matches",
            Group::AmountDiffers => "Amount differs",
            Group::SeatsDiffer => "Seat count differs",
            Group::FileOnly => "In Microsoft's file only",
            Group::BookOnly => "In PartnerDesk only",
        }
    }

    pub fn is_difference(self) -> bool {
        self != Group::Match
    }
}

/// One side's seats and money for a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub quantity: u32,
    pub amount: Money,
}

/// A line (or, for new commerce seats, a subscription) and what each side says of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub group: Group,
    pub customer_id: Arc<str>,
    pub customer_name: Arc<str>,
    /// The Subscription ID the partner sees.
    pub subscription_id: Arc<str>,
    pub offer_name: Arc<str>,
    /// Empty for a new commerce subscription's seat count, which is no single line.
    pub charge_type: Arc<str>,
    pub charge_start: Option<NaiveDate>,
    pub charge_end: Option<NaiveDate>,
    /// The line of Microsoft's file, when the file has it.
    pub file_line: Option<usize>,
    pub file: Option<Counted>,
    pub book: Option<Counted>,
}

impl Finding {
    /// The line as one side has it, with what the file says and what the book says.
    pub fn of_line(
        group: Group,
        line: &ReconLine,
        file: Option<&ReconLine>,
        book: Option<&ReconLine>,
    ) -> Finding {
        let counted = |l: &ReconLine| Counted {
            quantity: l.quantity,
            amount: l.amount,
        };
        Finding {
            group,
            customer_id: Arc::clone(&line.customer_id),
            customer_name: Arc::clone(&line.customer_name),
            subscription_id: Arc::clone(&line.subscription_id),
            offer_name: Arc::clone(&line.offer_name),
            charge_type: Arc::clone(&line.charge_type),
            charge_start: Some(line.charge_start),
            charge_end: Some(line.charge_end),
            file_line: file.map(|f| f.line),
            file: file.map(counted),
            book: book.map(counted),
        }
    }

    /// What Microsoft charges minus what the book charges.
    pub fn difference(&self) -> Money {
        let amount = |side: Option<Counted>| side.map_or(Money::ZERO, |c| c.amount);
        amount(self.file) - amount(self.book)
    }
}

/// What each side adds up to, before tax.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Microsoft's file.
    pub file: Money,
    /// The book's invoice.
    pub book: Money,
}

impl Totals {
    /// What Microsoft charges beyond the book (negative when it charges less).
    pub fn difference(&self) -> Money {
        (self.file - self.book).round2()
    }
}

/// One customer's totals on both sides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerTotals {
    pub customer_id: Arc<str>,
    pub customer_name: Arc<str>,
    pub totals: Totals,
}
