//! The header of a partner's reconciliation file: which column holds what, found by name and
//! not by position, and whether the file is legacy (R2) or new commerce (R6).
//!
//! Names are compared without case, spaces, underscores or hyphens, so `ChargeType`,
//! `Charge Type` and `charge_type` are one column. Microsoft renamed a few columns over the
//! years; the alias table maps the older names (the license-based file of 2016 and Partner
//! Center's API) to today's. A column the file lacks is either required (the file can't be
//! reconciled without it) or noted, and an extra column is ignored.

use crate::base::say::{ImportProblem, ProgramWord};
use crate::imports::import_error::ImportError;
use crate::model::recon_line::ReconProgram;

/// The columns PartnerDesk reads, by today's names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Col {
    CustomerId,
    CustomerName,
    DomainName,
    Country,
    MpnId,
    ResellerMpnId,
    OrderId,
    OrderDate,
    SubscriptionId,
    PartnerSubscriptionNumber,
    OfferId,
    DurableOfferId,
    ProductId,
    SkuId,
    OfferName,
    SkuName,
    SubscriptionName,
    SubscriptionStartDate,
    SubscriptionEndDate,
    ChargeStartDate,
    ChargeEndDate,
    ChargeType,
    UnitPrice,
    Quantity,
    BillableQuantity,
    Amount,
    Subtotal,
    BillingCycleType,
    BillingFrequency,
    ReferenceId,
}

/// Today's name of each column, then what it was called before: "CustomerNumber" in the
/// license-based file of 2016, `tier2MpnId` and `customerCompanyName` in Partner Center's API
/// and its other files, "CustomerDomainName" in the new commerce file. (Spellings such as
/// `MPNID` or `Syndication_Partner_Subscription_Number` need no alias: see `normalise`.)
/// How many columns PartnerDesk reads.
const COLUMNS: usize = 30;

const NAMES: [(Col, &str, &[&str]); COLUMNS] = [
    (Col::CustomerId, "CustomerId", &["CustomerNumber"]),
    (Col::CustomerName, "CustomerName", &["CustomerCompanyName"]),
    (Col::DomainName, "DomainName", &["CustomerDomainName"]),
    (Col::Country, "CustomerCountry", &[]),
    (Col::MpnId, "MpnId", &[]),
    (Col::ResellerMpnId, "ResellerMpnId", &["Tier2MpnId"]),
    (Col::OrderId, "OrderId", &[]),
    (Col::OrderDate, "OrderDate", &[]),
    (Col::SubscriptionId, "SubscriptionId", &[]),
    (
        Col::PartnerSubscriptionNumber,
        "SyndicationPartnerSubscriptionNumber",
        &[],
    ),
    (Col::OfferId, "OfferId", &[]),
    (Col::DurableOfferId, "DurableOfferId", &[]),
    (Col::ProductId, "ProductId", &[]),
    (Col::SkuId, "SkuId", &[]),
    (Col::OfferName, "OfferName", &[]),
    (Col::SkuName, "SkuName", &[]),
    (Col::SubscriptionName, "SubscriptionName", &[]),
    (Col::SubscriptionStartDate, "SubscriptionStartDate", &[]),
    (Col::SubscriptionEndDate, "SubscriptionEndDate", &[]),
    (Col::ChargeStartDate, "ChargeStartDate", &[]),
    (Col::ChargeEndDate, "ChargeEndDate", &[]),
    (Col::ChargeType, "ChargeType", &[]),
    (Col::UnitPrice, "UnitPrice", &[]),
    (Col::Quantity, "Quantity", &[]),
    (Col::BillableQuantity, "BillableQuantity", &[]),
    (Col::Amount, "Amount", &[]),
    (Col::Subtotal, "Subtotal", &[]),
    (Col::BillingCycleType, "BillingCycleType", &[]),
    (Col::BillingFrequency, "BillingFrequency", &[]),
    (Col::ReferenceId, "ReferenceId", &[]),
];

/// Columns only R2 has, and columns only R6 has: the header's program is the one whose
/// columns it names more of.
const LEGACY_ONLY: [&str; 5] = [
    "SyndicationPartnerSubscriptionNumber",
    "Amount",
    "DurableOfferId",
    "BillingCycleType",
    "TotalForCustomer",
];
const NEW_COMMERCE_ONLY: [&str; 6] = [
    "ReferenceId",
    "BillableQuantity",
    "OrderDate",
    "EffectiveUnitPrice",
    "SkuId",
    "AvailabilityId",
];

/// Which columns a reconciliation cannot do without.
fn required(program: ReconProgram) -> &'static [Col] {
    match program {
        ReconProgram::Legacy => &[
            Col::CustomerId,
            Col::ChargeType,
            Col::ChargeStartDate,
            Col::ChargeEndDate,
            Col::Quantity,
            Col::Amount,
        ],
        ReconProgram::NewCommerce => &[
            Col::CustomerId,
            Col::SubscriptionId,
            Col::ChargeType,
            Col::ChargeStartDate,
            Col::ChargeEndDate,
            Col::Subtotal,
        ],
    }
}

/// `ChargeType`, `charge type` and `Charge_Type` alike.
fn normalise(name: &str) -> String {
    name.trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Where each column stands in a file's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    pub program: ReconProgram,
    /// The header's width: a row with another count of fields is not a row of this file.
    pub width: usize,
    /// By `Col as usize`.
    positions: [Option<usize>; COLUMNS],
    /// Columns a full file has that this one lacks, by today's names.
    pub missing: Vec<&'static str>,
}

impl Columns {
    pub fn position(&self, col: Col) -> Option<usize> {
        self.positions[col as usize]
    }

    /// Reads a header row; a header that can't be reconciled is an error on line 1.
    pub fn from_header(header: &[String]) -> Result<Columns, Vec<ImportError>> {
        let names: Vec<String> = header.iter().map(|h| normalise(h)).collect();
        let has = |name: &str| names.contains(&normalise(name));
        let legacy = LEGACY_ONLY.iter().filter(|n| has(n)).count();
        let new_commerce = NEW_COMMERCE_ONLY.iter().filter(|n| has(n)).count();
        let program = match (legacy, new_commerce) {
            (0, 0) => return Err(vec![not_a_recon_file()]),
            (l, n) if n > l => ReconProgram::NewCommerce,
            _ => ReconProgram::Legacy,
        };
        let mut positions = [None; COLUMNS];
        let mut missing = Vec::new();
        let mut errors = Vec::new();
        for (col, name, aliases) in NAMES {
            let found = find(&names, name).or_else(|| aliases.iter().find_map(|a| find(&names, a)));
            match found {
                Some(Ok(at)) => positions[col as usize] = Some(at),
                Some(Err(())) => errors.push(
                    ImportError::new(
                        1,
                        format!(
                            "The header names the column \"{name}\" twice; remove one of them."
                        ),
                    )
                    .saying(ImportProblem::ReconColumnTwice {
                        column: name.to_string(),
                    }),
                ),
                None if applies(program, col) => missing.push(name),
                None => {}
            }
        }
        let columns = Columns {
            program,
            width: header.len(),
            positions,
            missing,
        };
        errors.extend(columns.missing_required());
        if errors.is_empty() {
            Ok(columns)
        } else {
            Err(errors)
        }
    }

    fn missing_required(&self) -> Vec<ImportError> {
        let mut errors: Vec<ImportError> = required(self.program)
            .iter()
            .filter(|c| self.position(**c).is_none())
            .map(|c| {
                ImportError::new(
                    1,
                    format!(
                        "The header has no column \"{}\", which a {} needs.",
                        name_of(*c),
                        self.program.name()
                    ),
                )
                .saying(ImportProblem::ReconNoColumn {
                    column: name_of(*c).to_string(),
                    program: match self.program {
                        ReconProgram::Legacy => ProgramWord::Legacy,
                        ReconProgram::NewCommerce => ProgramWord::NewCommerce,
                    },
                })
            })
            .collect();
        let no_subscription = self.position(Col::SubscriptionId).is_none()
            && self.position(Col::PartnerSubscriptionNumber).is_none();
        if self.program == ReconProgram::Legacy && no_subscription {
            errors.push(ImportError::new(
                1,
                "The header has neither \"SyndicationPartnerSubscriptionNumber\" nor \"SubscriptionId\": one of them names each line's subscription.",
            ).saying(ImportProblem::NoSubscriptionColumn));
        }
        let no_quantity = self.position(Col::BillableQuantity).is_none()
            && self.position(Col::Quantity).is_none();
        if self.program == ReconProgram::NewCommerce && no_quantity {
            errors.push(ImportError::new(
                1,
                "The header has neither \"BillableQuantity\" nor \"Quantity\": one of them gives each line's seats.",
            ).saying(ImportProblem::NoQuantityColumn));
        }
        errors
    }
}

/// The one position of `name` in the header, or Err when it is there twice.
fn find(names: &[String], name: &str) -> Option<Result<usize, ()>> {
    let wanted = normalise(name);
    let mut at = names.iter().enumerate().filter(|(_, n)| **n == wanted);
    let first = at.next()?.0;
    Some(if at.next().is_some() {
        Err(())
    } else {
        Ok(first)
    })
}

/// The name a full file gives `col` today.
pub fn name_of(col: Col) -> &'static str {
    NAMES
        .iter()
        .find(|(c, _, _)| *c == col)
        .map_or("", |(_, name, _)| name)
}

/// Whether a full file of `program` has `col`; the others are not missed when absent.
fn applies(program: ReconProgram, col: Col) -> bool {
    let legacy_only = matches!(
        col,
        Col::PartnerSubscriptionNumber
            | Col::OfferId
            | Col::DurableOfferId
            | Col::OfferName
            | Col::SubscriptionName
            | Col::Amount
            | Col::BillingCycleType
    );
    let new_commerce_only = matches!(
        col,
        Col::Country
            | Col::ProductId
            | Col::SkuId
            | Col::OrderDate
            | Col::SkuName
            | Col::BillableQuantity
            | Col::BillingFrequency
            | Col::ReferenceId
    );
    match program {
        ReconProgram::Legacy => !new_commerce_only,
        ReconProgram::NewCommerce => !legacy_only,
    }
}

fn not_a_recon_file() -> ImportError {
    ImportError::new(
        1,
        "This is not a reconciliation file: its first line names none of the columns of Partner Center's license-based file (such as Amount, SyndicationPartnerSubscriptionNumber) or new commerce file (such as ReferenceId, BillableQuantity).",
    )
    .saying(ImportProblem::NotReconFile)
}
