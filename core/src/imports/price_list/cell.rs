//! A price list cell's problem as data, and its English sentence for `ImportError::reason`
//! (the languages word the data in l10n).

use crate::base::dates::us_date;
use crate::base::say::{ImportProblem, PriceCellProblem, PriceColumn};
use crate::imports::import_error::ImportError;

/// The error of `problem` on `line`, in English and as data.
pub(super) fn cell_error(line: usize, problem: PriceCellProblem) -> ImportError {
    ImportError::new(line, english(&problem)).saying(ImportProblem::PriceCell(problem))
}

fn column_name(column: PriceColumn) -> &'static str {
    match column {
        PriceColumn::ChangeIndicator => "change indicator",
        PriceColumn::ValidFrom => "valid-from",
        PriceColumn::ValidTo => "valid-to",
        PriceColumn::AgreementType => "license agreement type",
        PriceColumn::SecondaryType => "secondary license type",
        PriceColumn::ListPrice => "list price",
        PriceColumn::ErpPrice => "ERP price",
    }
}

fn english(problem: &PriceCellProblem) -> String {
    use PriceCellProblem::*;
    match problem {
        NotOneOf {
            column,
            cell,
            choices,
        } => {
            let (last, rest) = choices.split_last().map_or(("", &[][..]), |(l, r)| (l, r));
            format!(
                "The {} \"{cell}\" is not {} or {last}.",
                column_name(*column),
                rest.join(", ")
            )
        }
        NotADate { column, cell } => {
            let example = match column {
                PriceColumn::ValidTo => "5/31/2018; leave it empty for no end",
                _ => "6/1/2018",
            };
            format!(
                "The {} date \"{cell}\" is not a date such as {example}.",
                column_name(*column)
            )
        }
        ShortYear { column, cell } => format!(
            "The {} date \"{cell}\" has a short year: write the year with four digits, such as 6/1/2018.",
            column_name(*column)
        ),
        DateOutside {
            column,
            day,
            first,
            last,
        } => format!(
            "The {} date {} is outside {} to {}, the years PartnerDesk works with.",
            column_name(*column),
            us_date(*day),
            us_date(*first),
            us_date(*last)
        ),
        ValidToBeforeFrom { to, from } => format!(
            "The valid-to date {} is before the valid-from date {}.",
            us_date(*to),
            us_date(*from)
        ),
        NameEmpty => "The offer display name is empty.".into(),
        OfferIdNotGuid { cell } => format!(
            "The offer ID \"{cell}\" is not a GUID such as 796b6b5f-613c-4e24-a17c-eba730d49c02."
        ),
        EndCustomerTypeEmpty => "The end customer type is empty.".into(),
        PriceNegative { column, cell } => {
            format!("The {} {cell} is negative.", column_name(*column))
        }
        PriceTooLarge { column, cell, max } => format!(
            "The {} {cell} is more than {max}; larger prices are typing errors.",
            column_name(*column)
        ),
        NotAnAmount { column, cell } => format!(
            "The {} \"{cell}\" is not an amount such as 12.50.",
            column_name(*column)
        ),
    }
}
