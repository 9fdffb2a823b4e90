//! One price list file read into rows (SPEC P9): Microsoft's columns, each row's fields checked,
//! every bad field named with its line.

use super::cell::cell_error;
use crate::base::bounds::{max_price, plausible_day, plausible_price, FIRST_DAY, LAST_DAY};
use crate::base::dates::parse_date;
use crate::base::field_error::is_guid;
use crate::base::money::Money;
use crate::base::say::{ImportProblem, PriceCellProblem as Cell, PriceColumn as Column};
use crate::imports::import_error::{all_or_nothing, ImportError};
use crate::imports::import_table::{read_table, ImportRecord};
use crate::model::catalog::{LicenseAgreement, PricePoint, SecondaryLicense};
use crate::model::price_list_plan::ChangeIndicator;
use chrono::NaiveDate;
use std::collections::HashMap;

/// SPEC P9's columns, in the order of Microsoft's price list.
pub const PRICE_LIST_COLUMNS: [&str; 11] = [
    "Change Indicator",
    "Valid from Date",
    "Valid to Date",
    "Offer Display Name",
    "Offer ID",
    "License Agreement Type",
    "Purchase Unit",
    "Secondary License Type",
    "End Customer Type",
    "List Price",
    "ERP Price",
];

/// The price list's spellings of the license agreement and secondary license types.
const AGREEMENTS: [(&str, LicenseAgreement); 3] = [
    ("Corporate", LicenseAgreement::Corporate),
    ("Government", LicenseAgreement::Government),
    ("Academic", LicenseAgreement::Academic),
];
const SECONDARY_TYPES: [(&str, SecondaryLicense); 3] = [
    ("Non-specific", SecondaryLicense::Base),
    ("Add-on", SecondaryLicense::AddOn),
    ("Trial", SecondaryLicense::Trial),
];

/// One good row of a price list file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceListRow {
    /// 1-based line of the file (the header is line 1).
    pub line: usize,
    pub change: ChangeIndicator,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
    pub name: String,
    /// Lower case, as the catalog keeps ids.
    pub offer_id: String,
    pub agreement: LicenseAgreement,
    pub purchase_unit: String,
    pub secondary: SecondaryLicense,
    pub end_customer_type: String,
    pub list_price: Money,
    pub erp_price: Money,
}

impl PriceListRow {
    /// The day the row's change takes effect (see the module notes).
    pub(super) fn from(&self, effective: NaiveDate) -> NaiveDate {
        self.valid_from.max(effective)
    }

    pub(super) fn price_point(&self, effective: NaiveDate) -> PricePoint {
        PricePoint {
            offer_id: self.offer_id.clone(),
            from: self.from(effective),
            monthly: self.list_price,
            erp: self.erp_price,
        }
    }
}

/// The rows of `text`, or every bad row with its line and reason.
pub fn parse_price_list(text: &str) -> Result<Vec<PriceListRow>, Vec<ImportError>> {
    let (rows, errors) = parse_rows(text)?;
    all_or_nothing(rows, errors)
}

/// Good rows and the errors of bad ones; `Err` only when the file has no usable header.
pub(super) fn parse_rows(
    text: &str,
) -> Result<(Vec<PriceListRow>, Vec<ImportError>), Vec<ImportError>> {
    let table = read_table(text, &PRICE_LIST_COLUMNS)?;
    let mut errors = table.errors;
    let mut rows = Vec::new();
    let mut first_line_of: HashMap<String, usize> = HashMap::new();
    for record in &table.rows {
        let mut reasons = Vec::new();
        let parsed = parse_row(record, table.semicolons, &mut reasons);
        errors.extend(reasons.into_iter().map(|r| cell_error(record.line, r)));
        let Some(row) = parsed else { continue };
        if let Some(first) = first_line_of.get(&row.offer_id) {
            errors.push(
                ImportError::new(
                    row.line,
                    format!(
                    "Offer ID {} is already on line {first}; a price list names each offer once.",
                    row.offer_id
                ),
                )
                .saying(ImportProblem::OfferTwice {
                    offer_id: row.offer_id.to_string(),
                    first_line: *first,
                }),
            );
            continue;
        }
        first_line_of.insert(row.offer_id.clone(), row.line);
        rows.push(row);
    }
    Ok((rows, errors))
}

/// The row, or `None` with a reason for each bad field.
fn parse_row(
    record: &ImportRecord,
    decimal_comma: bool,
    reasons: &mut Vec<Cell>,
) -> Option<PriceListRow> {
    use ChangeIndicator::*;
    let f = |i: usize| record.field(i);
    let change = one_of(
        f(0),
        Column::ChangeIndicator,
        &[Add, Change, Delete, Unchanged].map(|c| (c.code(), c)),
        reasons,
    );
    let valid_from = parse_day(f(1), Column::ValidFrom, reasons);
    let valid_to = parse_valid_to(f(2), valid_from, reasons);
    let name = noted(non_empty(f(3)), reasons, || Cell::NameEmpty);
    let offer_id = noted(
        Some(f(4).to_lowercase()).filter(|id| is_guid(id)),
        reasons,
        || Cell::OfferIdNotGuid { cell: f(4).into() },
    );
    let agreement = one_of(f(5), Column::AgreementType, &AGREEMENTS, reasons);
    let secondary = one_of(f(7), Column::SecondaryType, &SECONDARY_TYPES, reasons);
    let end_customer_type = noted(non_empty(f(8)), reasons, || Cell::EndCustomerTypeEmpty);
    let list_price = parse_price(f(9), Column::ListPrice, decimal_comma, reasons);
    let erp_price = parse_price(f(10), Column::ErpPrice, decimal_comma, reasons);
    Some(PriceListRow {
        line: record.line,
        change: change?,
        valid_from: valid_from?,
        valid_to: valid_to?,
        name: name?,
        offer_id: offer_id?,
        agreement: agreement?,
        purchase_unit: f(6).to_string(),
        secondary: secondary?,
        end_customer_type: end_customer_type?,
        list_price: list_price?,
        erp_price: erp_price?,
    })
}

/// Keeps `value`; when there is none, notes why.
fn noted<T>(value: Option<T>, reasons: &mut Vec<Cell>, reason: impl FnOnce() -> Cell) -> Option<T> {
    if value.is_none() {
        reasons.push(reason());
    }
    value
}

fn non_empty(text: &str) -> Option<String> {
    Some(text.to_string()).filter(|t| !t.is_empty())
}

/// The value whose label is `text`, in any letter case.
fn one_of<T: Copy>(
    text: &str,
    column: Column,
    labels: &[(&str, T)],
    reasons: &mut Vec<Cell>,
) -> Option<T> {
    let value = labels
        .iter()
        .find(|(label, _)| label.eq_ignore_ascii_case(text))
        .map(|&(_, value)| value);
    noted(value, reasons, || Cell::NotOneOf {
        column,
        cell: text.into(),
        choices: labels.iter().map(|(label, _)| label.to_string()).collect(),
    })
}

/// `Some(None)` for an empty cell (no end), `None` when the date is bad.
fn parse_valid_to(
    text: &str,
    valid_from: Option<NaiveDate>,
    reasons: &mut Vec<Cell>,
) -> Option<Option<NaiveDate>> {
    if text.is_empty() {
        return Some(None);
    }
    let to = parse_day(text, Column::ValidTo, reasons)?;
    match valid_from {
        Some(from) if to < from => {
            reasons.push(Cell::ValidToBeforeFrom { to, from });
            None
        }
        _ => Some(Some(to)),
    }
}

/// A day in M/D/YYYY (or ISO) form, with its year in four digits and within the bounds.
fn parse_day(text: &str, column: Column, reasons: &mut Vec<Cell>) -> Option<NaiveDate> {
    let cell = || text.to_string();
    let Some(day) = parse_date(text) else {
        reasons.push(Cell::NotADate {
            column,
            cell: cell(),
        });
        return None;
    };
    // chrono reads "1/1/19" as the year 19, which no price list means.
    let year = text.trim().rsplit('/').next().unwrap_or_default();
    let year = if year.contains('-') {
        year.split('-').next().unwrap_or_default()
    } else {
        year
    };
    if year.len() != 4 {
        reasons.push(Cell::ShortYear {
            column,
            cell: cell(),
        });
        return None;
    }
    if !plausible_day(day) {
        reasons.push(Cell::DateOutside {
            column,
            day,
            first: FIRST_DAY,
            last: LAST_DAY,
        });
        return None;
    }
    Some(day)
}

/// A price of zero or more; files separated by semicolons may use a decimal comma.
fn parse_price(
    text: &str,
    column: Column,
    decimal_comma: bool,
    reasons: &mut Vec<Cell>,
) -> Option<Money> {
    let normalised = if decimal_comma {
        text.replace(',', ".")
    } else {
        text.to_string()
    };
    let cell = text.to_string();
    let problem = match Money::parse(&normalised) {
        Ok(m) if m.is_negative() => Cell::PriceNegative { column, cell },
        Ok(m) if !plausible_price(m) => Cell::PriceTooLarge {
            column,
            cell,
            max: max_price(),
        },
        Ok(m) => return Some(m),
        Err(_) => Cell::NotAnAmount { column, cell },
    };
    reasons.push(problem);
    None
}
