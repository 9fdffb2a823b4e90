//! What is wrong with a row or the header of an imported file (customers, a price list, a
//! reconciliation file), for the partner to fix.

use super::book::ProgramWord;
use super::Say;
use crate::base::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportProblem {
    /// The file has no header line; it must name `columns`.
    EmptyFile { columns: Vec<String> },
    /// A row that is not CSV text.
    NotCsv,
    /// A row with another number of fields than the header.
    FieldCount { fields: usize, header: usize },
    /// The header names `column` twice.
    ColumnTwice { column: String },
    /// The header lacks `column`.
    NoColumn { column: String },
    /// A price list names `offer_id` a second time.
    OfferTwice { offer_id: String, first_line: usize },
    /// A customer's segment that is none of the four.
    SegmentUnknown { segment: String },
    /// A customer's value refused; `about` is the file's column or the customer's name.
    CustomerField { about: String, problem: Box<Say> },
    /// The domain of another customer of the book.
    DomainTaken { domain: String, owner: String },
    /// A domain already on `first_line` of the file.
    DomainTwice { domain: String, first_line: usize },
    /// A reconciliation file without its header line.
    ReconEmpty,
    /// A reconciliation file's header names `column` twice.
    ReconColumnTwice { column: String },
    /// A reconciliation file of `program` lacks `column`.
    ReconNoColumn {
        column: String,
        program: ProgramWord,
    },
    /// A license-based file with no column naming each line's subscription.
    NoSubscriptionColumn,
    /// A new commerce file with no column giving each line's seats.
    NoQuantityColumn,
    /// A file whose header names no reconciliation column.
    NotReconFile,
    /// A book start's add-on with no subscription of its customer to belong to.
    AddOnWithoutBase { offer: String },
    /// A reconciliation file's row, skipped.
    Row(RowProblem),
    /// A price list row's cell that is not what its column must hold.
    PriceCell(PriceCellProblem),
}

/// What is wrong with a row of a reconciliation file, which is then skipped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowProblem {
    /// A row with another number of fields than the header.
    RowFieldCount { fields: usize, header: usize },
    /// A reconciliation row without its customer id.
    CustomerIdEmpty,
    /// A reconciliation row without its charge type.
    ChargeTypeEmpty,
    /// A license-based row with neither of the columns naming its subscription.
    RowNamesNoSubscription,
    /// A new commerce row without its subscription id.
    SubscriptionIdEmpty,
    /// A row whose charge ends before it starts.
    ChargeEndsBeforeStart,
    /// A cell of `column` that is not the `kind` of value it must hold.
    CellNot {
        column: String,
        cell: String,
        kind: CellKind,
    },
}

/// What a reconciliation file's cell must hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CellKind {
    Date,
    Seats,
    Amount,
}

/// The columns of a price list whose cells are checked against a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PriceColumn {
    ChangeIndicator,
    ValidFrom,
    ValidTo,
    AgreementType,
    SecondaryType,
    ListPrice,
    ErpPrice,
}

/// What is wrong with a cell of a price list row; the row is refused with the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PriceCellProblem {
    /// A cell that is none of the column's `choices`.
    NotOneOf {
        column: PriceColumn,
        cell: String,
        choices: Vec<String>,
    },
    /// A date column's cell that is no date.
    NotADate {
        column: PriceColumn,
        cell: String,
    },
    /// A date written with a two-digit year.
    ShortYear {
        column: PriceColumn,
        cell: String,
    },
    /// A date outside the years PartnerDesk works with (`first` to `last`).
    DateOutside {
        column: PriceColumn,
        day: NaiveDate,
        first: NaiveDate,
        last: NaiveDate,
    },
    /// The row's validity ends before it begins.
    ValidToBeforeFrom {
        to: NaiveDate,
        from: NaiveDate,
    },
    NameEmpty,
    /// An offer id that is no GUID.
    OfferIdNotGuid {
        cell: String,
    },
    EndCustomerTypeEmpty,
    PriceNegative {
        column: PriceColumn,
        cell: String,
    },
    /// A price above `max`, which is taken for a typing error.
    PriceTooLarge {
        column: PriceColumn,
        cell: String,
        max: Money,
    },
    NotAnAmount {
        column: PriceColumn,
        cell: String,
    },
}
