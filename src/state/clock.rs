//! "Today" for the whole app: the real UTC date, or a date the partner moved it to (time
//! travel, to watch trials expire and invoices fall due). Only this module reads the system
//! clock; components pass `today()` into core functions.

use super::language::current_lang;
use crate::store::{Store, TODAY_KEY};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_l10n::Key;

#[derive(Clone, Copy, Debug)]
pub struct Clock {
    real: NaiveDate,
    moved_to: RwSignal<Option<NaiveDate>>,
}

impl Clock {
    pub fn new(real: NaiveDate, moved_to: Option<NaiveDate>) -> Clock {
        Clock {
            real,
            moved_to: RwSignal::new(moved_to),
        }
    }

    /// The date in use (reactive).
    pub fn today(&self) -> NaiveDate {
        self.moved_to.get().unwrap_or(self.real)
    }

    /// The date in use, without subscribing: for a control's starting value.
    pub fn today_untracked(&self) -> NaiveDate {
        self.moved_to.get_untracked().unwrap_or(self.real)
    }

    pub fn real(&self) -> NaiveDate {
        self.real
    }

    /// True while today is not the real date (reactive).
    pub fn is_moved(&self) -> bool {
        self.moved_to.with(|m| m.is_some_and(|d| d != self.real))
    }

    pub fn move_to(&self, day: NaiveDate) {
        self.moved_to.set((day != self.real).then_some(day));
    }

    pub fn back_to_real(&self) {
        self.moved_to.set(None);
    }

    /// Starts from the date stored by an earlier visit and keeps the store up to date, so a
    /// partner who moved today finds it moved after a reload.
    pub fn provide(store: &Store, real: NaiveDate) -> (Clock, Option<String>) {
        let (stored, problem) = match store.load::<Option<NaiveDate>>(TODAY_KEY) {
            Ok(day) => (day.flatten(), None),
            Err(e) => (
                None,
                Some(current_lang().fill(Key::MovedDateUnreadable, &[&e])),
            ),
        };
        let clock = Clock::new(real, stored);
        let store = store.clone();
        Effect::new(move |_| {
            // A failed write only loses the moved date; the banner about storage covers it.
            let _ = store.save(TODAY_KEY, &clock.moved_to.get());
        });
        provide_context(clock);
        (clock, problem)
    }
}

/// The real date in UTC: SPEC dates have no time of day and no time zone.
pub fn real_today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

pub fn use_clock() -> Clock {
    expect_context::<Clock>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn moving_today_and_back() {
        let clock = Clock::new(d(2025, 11, 22), None);
        assert_eq!(clock.today(), d(2025, 11, 22));
        clock.move_to(d(2018, 6, 1));
        assert_eq!(clock.today(), d(2018, 6, 1));
        assert!(clock.is_moved());
        clock.back_to_real();
        assert_eq!(clock.today(), d(2025, 11, 22));
        assert!(!clock.is_moved());
    }

    #[test]
    fn moving_to_the_real_date_is_not_a_move() {
        let clock = Clock::new(d(2025, 11, 22), None);
        clock.move_to(d(2025, 11, 22));
        assert!(!clock.is_moved());
    }
}
