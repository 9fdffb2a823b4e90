//! Shared set-up of the new commerce tests: dates, amounts, catalogs and one-subscription runs.
// Each test file uses part of this module, so what one binary leaves unused is not dead.
#![allow(dead_code)]

use partnerdesk_core::money::Money;
use partnerdesk_core::NaiveDate;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn money(text: &str) -> Money {
    Money::parse(text).unwrap()
}
