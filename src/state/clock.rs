//! "Today" for the whole app: the real UTC date, or a date the partner moved it to (time
//! travel, to watch trials expire and invoices fall due). Only this module reads the system
//! clock; components pass `today()` into core functions.

use super::language::current_lang;
use crate::store::{Store, TODAY_KEY};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::base::bounds::{day_range_message, plausible_day, FIRST_DAY, LAST_DAY};
use partnerdesk_l10n::{Key, SettingsText};

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

    /// True while today is not the real date, without subscribing: for a handler.
    pub fn is_moved_untracked(&self) -> bool {
        self.moved_to
            .with_untracked(|m| m.is_some_and(|d| d != self.real))
    }

    /// Moves today to `day`, or says why not: the days PartnerDesk records are those of
    /// `base::bounds`, which a backup must hold to be restored.
    pub fn move_to(&self, day: NaiveDate) -> Result<(), String> {
        if !plausible_day(day) {
            return Err(day_range_message());
        }
        self.moved_to.set((day != self.real).then_some(day));
        Ok(())
    }

    pub fn back_to_real(&self) {
        self.moved_to.set(None);
    }

    /// Starts from the date stored by an earlier visit and keeps the store up to date, so a
    /// partner who moved today finds it moved after a reload.
    pub fn provide(store: &Store, real: NaiveDate) -> (Clock, Option<String>) {
        let (stored, problem) = match store.load::<Option<NaiveDate>>(TODAY_KEY) {
            Ok(Some(Some(day))) if !plausible_day(day) => {
                // ISO dates, as the date field and the core's range message write them.
                let days = [day, FIRST_DAY, LAST_DAY].map(|d| d.to_string());
                let said = current_lang().fill(
                    SettingsText::MovedOutOfRange,
                    &[&days[0], &days[1], &days[2]],
                );
                (None, Some(said))
            }
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
        clock.move_to(d(2018, 6, 1)).unwrap();
        assert_eq!(clock.today(), d(2018, 6, 1));
        assert!(clock.is_moved());
        clock.back_to_real();
        assert_eq!(clock.today(), d(2025, 11, 22));
        assert!(!clock.is_moved());
    }

    #[test]
    fn today_moves_only_within_the_years_a_backup_can_hold() {
        let clock = Clock::new(d(2025, 11, 22), None);
        for outside in [
            d(1999, 12, 31),
            d(1970, 1, 1),
            d(2200, 1, 1),
            d(9999, 12, 31),
        ] {
            assert_eq!(
                clock.move_to(outside),
                Err(day_range_message()),
                "{outside}"
            );
            assert_eq!(clock.today(), d(2025, 11, 22));
        }
        assert_eq!(clock.move_to(d(2000, 1, 1)), Ok(()));
        assert_eq!(clock.move_to(d(2199, 12, 31)), Ok(()));
        assert_eq!(clock.today(), d(2199, 12, 31));
    }

    #[test]
    fn moving_to_the_real_date_is_not_a_move() {
        let clock = Clock::new(d(2025, 11, 22), None);
        clock.move_to(d(2025, 11, 22)).unwrap();
        assert!(!clock.is_moved());
    }
}
