//! A demo book for a partner trying PartnerDesk on an empty book: a few sample customers of the
//! generated book of the partner's program, their history moved to end near today.

use super::generated_book::generated_book;
use super::generated_nce_book::generated_nce_book;
use super::history_check::check_history;
use crate::base::dates::add_months;
use crate::billing::billing_engine;
use crate::billing::engine::Program;
use crate::model::book::Book;
use crate::model::settings::PartnerSettings;
use chrono::{Datelike, NaiveDate};

/// Customers in the demo book.
pub const DEMO_CUSTOMERS: u64 = 12;

/// The sample customers and their history under `settings` (the partner's own, so its
/// program, currency and billing day), as of `today`; None when that history is not one the
/// rules accept under these settings.
///
/// The generated history starts in 2018 (license-based) or 2022 (new commerce) and spans four
/// years; it is moved by whole leap cycles of four years, so every day it names still exists,
/// to start in today's leap cycle, and what would lie after today is left out (each customer's
/// history is cut, never reordered).
pub fn demo_book(settings: &PartnerSettings, today: NaiveDate) -> Option<Book> {
    let generated = match billing_engine(settings.profile).program() {
        Program::LicenseBased => generated_book(DEMO_CUSTOMERS, 4, 2026),
        Program::NewCommerce => generated_nce_book(DEMO_CUSTOMERS, 4, 2026),
    };
    let first = generated.events.first()?.date;
    let years = (today.year() - first.year()).div_euclid(4) * 4;
    let moved = |day: NaiveDate| add_months(day, years * 12);
    let mut book = generated;
    book.settings = settings.clone();
    book.events.retain(|e| moved(e.date) <= today);
    for e in &mut book.events {
        e.date = moved(e.date);
    }
    (!book.events.is_empty() && check_history(&book).is_ok()).then_some(book)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::billing::derive::derive;
    use crate::model::settings::RulesProfile;

    fn settings(profile: RulesProfile) -> PartnerSettings {
        let mut s = PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into());
        s.name = "Adatum".into();
        s.profile = profile;
        s
    }

    #[test]
    fn the_demo_book_holds_sample_customers_up_to_today_under_the_partners_settings() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        for profile in [RulesProfile::P2018, RulesProfile::P2022] {
            let book = demo_book(&settings(profile), today).expect("a valid demo");
            assert_eq!(book.settings.name, "Adatum");
            assert!(book.events.iter().all(|e| e.date <= today));
            assert!(book.events.first().unwrap().date.year() == 2026);
            let state = derive(&book, today);
            assert_eq!(state.customers.len() as u64, DEMO_CUSTOMERS, "{profile:?}");
            assert!(state.subscriptions.len() > DEMO_CUSTOMERS as usize);
        }
    }
}
