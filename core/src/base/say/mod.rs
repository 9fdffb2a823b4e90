//! What the core has to tell the partner, as data rather than words. The app's `l10n` crate
//! (`partnerdesk-l10n`, which depends on this crate) says each `Say` in the partner's language
//! and writes its dates, amounts and counts in the partner's locale; the core holds no
//! translations and no locale formats.
//!
//! A variant carries the figures its sentence needs, typed (`NaiveDate`, `Money`, counts), never
//! text already formatted. Each language of `l10n` matches every variant, so a variant without
//! a sentence in one of them does not compile.
//!
//! The settings' problems are variants of `Say` itself; the rules' refusals are one sub-enum per
//! area, each in its own file, so a sentence is added beside the others of its area.

mod book;
mod bounds;
mod customer;
mod history;
mod imports;
mod legacy_changes;
mod legacy_orders;
mod nce_changes;
mod nce_orders;
mod notes;
mod storage;
mod words;

pub use book::{BookRefusal, HistoryDay, ProgramWord};
pub use bounds::{BoundsRefusal, DayNamed, PriceNamed};
pub use customer::CustomerProblem;
pub use history::{ActionLabel, Commitment, HistoryDetail, HistoryLine};
pub use imports::{CellKind, ImportProblem, PriceCellProblem, PriceColumn, RowProblem};
pub use legacy_changes::{LegacyChangeRefusal, LegacyPriceListRefusal, LegacyRenewalRefusal};
pub use legacy_orders::{LegacyAdoptionRefusal, LegacyPurchaseRefusal, LegacyTrialRefusal};
pub use nce_changes::{NceLifecycleRefusal, NcePlanRefusal, NceSeatsRefusal};
pub use nce_orders::{NceActionRefusal, NceAdoptionRefusal, NceOfferRefusal, NceOrderRefusal};
pub use notes::{LegacyNote, NceNote, PreviewNote, ProratedCredit};
pub use storage::{StorageFailure, StorageProblem};
pub use words::{Cadence, LegacyAct, SubState, TermPlanWord, TermWord};

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Say {
    /// A problem of the partner's settings.
    Settings(SettingsProblem),
    /// A problem of a customer as entered.
    Customer(CustomerProblem),
    /// A refusal of the book's own rules: the history, unknown ids, corrections, input.
    Book(BookRefusal),
    /// A value outside the bounds PartnerDesk computes within.
    Bounds(BoundsRefusal),
    /// A line of a customer's history, boxed: it is the largest, and a Say rides in errors.
    History(Box<HistoryLine>),
    /// Legacy refusals (SPEC §1–§10), by what was refused.
    LegacyPurchase(LegacyPurchaseRefusal),
    LegacyTrial(LegacyTrialRefusal),
    LegacyAdoption(LegacyAdoptionRefusal),
    LegacyChange(LegacyChangeRefusal),
    LegacyRenewal(LegacyRenewalRefusal),
    LegacyPriceList(LegacyPriceListRefusal),
    /// New commerce refusals (SPEC-NCE §11), by what was refused.
    NceOrder(NceOrderRefusal),
    NceOffer(NceOfferRefusal),
    NceAction(NceActionRefusal),
    NceSeats(NceSeatsRefusal),
    NceLifecycle(NceLifecycleRefusal),
    NcePlan(NcePlanRefusal),
    NceAdoption(NceAdoptionRefusal),
    /// A problem of an imported file's header or row.
    Import(ImportProblem),
    /// The browser's storage failed.
    Storage(StorageProblem),
}

macro_rules! said_as {
    ($($area:ident => $variant:ident),* $(,)?) => {
        $(impl From<$area> for Say {
            fn from(refusal: $area) -> Say {
                Say::$variant(refusal)
            }
        })*
    };
}

said_as! {
    SettingsProblem => Settings,
    CustomerProblem => Customer,
    BookRefusal => Book,
    BoundsRefusal => Bounds,
    LegacyPurchaseRefusal => LegacyPurchase,
    LegacyTrialRefusal => LegacyTrial,
    LegacyAdoptionRefusal => LegacyAdoption,
    LegacyChangeRefusal => LegacyChange,
    LegacyRenewalRefusal => LegacyRenewal,
    LegacyPriceListRefusal => LegacyPriceList,
    NceOrderRefusal => NceOrder,
    NceOfferRefusal => NceOffer,
    NceActionRefusal => NceAction,
    NceSeatsRefusal => NceSeats,
    NceLifecycleRefusal => NceLifecycle,
    NcePlanRefusal => NcePlan,
    NceAdoptionRefusal => NceAdoption,
    ImportProblem => Import,
    StorageProblem => Storage,
}

/// What is wrong with the partner's settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SettingsProblem {
    /// The partner's name is empty.
    PartnerNameMissing,
    /// The partner id is not a GUID.
    PartnerIdNotGuid,
    /// MPN ids are numbers of `min` to `max` digits.
    MpnIdDigits { min: u32, max: u32 },
    /// The billing day is a day of the month, `first` to `last`.
    BillingDayOutOfRange { first: u32, last: u32 },
    /// The currency is not one the partner can be billed in.
    CurrencyNotOffered { offered: Vec<String> },
    /// A percentage outside `low` to `high`.
    PercentOutOfRange { low: u32, high: u32 },
}

impl From<HistoryLine> for Say {
    fn from(line: HistoryLine) -> Say {
        Say::History(Box::new(line))
    }
}
