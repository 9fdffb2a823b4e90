//! Values outside the bounds PartnerDesk computes exactly within (`base::bounds`): checked
//! before any rule, in forms and in a price list's lines.

use crate::base::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which day is outside the years PartnerDesk works with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayNamed {
    Today,
    PriceFrom,
    TermStart,
    TermEnd,
    ValidFrom,
    ValidTo,
}

/// Which price is beyond the largest plausible one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PriceNamed {
    ListPrice,
    ErpPrice,
    UnitPrice,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BoundsRefusal {
    /// A day outside `first` to `last`.
    DayOutside {
        named: DayNamed,
        day: NaiveDate,
        first: NaiveDate,
        last: NaiveDate,
    },
    /// A price outside 0 to `max`.
    PriceOutside { named: PriceNamed, max: Money },
    /// More licenses than `max`.
    SeatsAtMost { max: u32 },
    /// A new offer's seat range outside 1 to `max`.
    OfferSeats { max: u32 },
    /// The refusal of a price list's line.
    AtLine {
        line: usize,
        refusal: Box<BoundsRefusal>,
    },
}
