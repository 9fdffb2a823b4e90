//! Legacy license-based billing (SPEC §3–§7) under the 2018 and 2017 profiles: one replay and
//! one calendar, with what differs between the profiles behind `LegacyProfile`.

pub mod adoption;
pub mod calendar;
pub mod profile;
pub mod profile_2017;
pub mod profile_2018;
pub mod proration;
mod replay;

use crate::base::dates::{add_days, add_months, billing_date_after, billing_date_on_or_after};
use crate::billing::engine::{
    BaseTerms, BillingEngine, Program, Replay, ReplayInput, SubscriptionEvents,
};
use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::command::Command;
use chrono::NaiveDate;
use profile::LegacyProfile;
use profile_2017::Profile2017;
use profile_2018::Profile2018;
use std::collections::HashMap;

/// Days a trial lasts (T1) and the licenses it has (T2).
pub const TRIAL_DAYS: i64 = 30;
pub const TRIAL_LICENSES: u32 = 25;
/// Days a suspension can be undone (C10).
pub const REACTIVATION_DAYS: i64 = 90;
/// Days from a purchase within which a cancellation is credited in full (C8).
pub const FULL_CREDIT_DAYS: i64 = 30;
/// Days from an invoice's billing date to its due date.
pub const PAYMENT_DAYS: i64 = 60;

/// Legacy billing under one profile.
pub struct LegacyEngine {
    pub profile: &'static dyn LegacyProfile,
}

pub const LEGACY_2018: LegacyEngine = LegacyEngine {
    profile: &Profile2018,
};
pub const LEGACY_2017: LegacyEngine = LegacyEngine {
    profile: &Profile2017,
};

impl BillingEngine for LegacyEngine {
    fn program(&self) -> Program {
        Program::LicenseBased
    }

    /// The catalog with the list price changes accepted up to `today` (P8).
    fn offers(&self, book: &Book, today: NaiveDate) -> Catalog {
        book.catalog_on(today)
    }

    /// Bases first, so that each add-on follows its base's terms (A3).
    fn replay_all(
        &self,
        subscriptions: &[SubscriptionEvents<'_>],
        input: &ReplayInput<'_>,
    ) -> Vec<Replay> {
        let is_add_on = |s: &SubscriptionEvents<'_>| {
            s.events
                .first()
                .is_some_and(|e| matches!(e.command, Command::BuyAddOn { .. }))
        };
        let mut base_terms: HashMap<&str, BaseTerms> = HashMap::new();
        let mut replays: HashMap<&str, Replay> = HashMap::new();
        for pass_add_ons in [false, true] {
            for sub in subscriptions
                .iter()
                .filter(|s| is_add_on(s) == pass_add_ons)
            {
                let base = match &sub.events[0].command {
                    Command::BuyAddOn { parent_id, .. } => base_terms.get(parent_id.as_str()),
                    _ => None,
                };
                if let Some(r) = replay::replay(self.profile, &sub.events, input, base) {
                    if !pass_add_ons {
                        base_terms.insert(sub.id, r.terms.clone());
                    }
                    replays.insert(sub.id, r);
                }
            }
        }
        subscriptions
            .iter()
            .filter_map(|s| replays.remove(s.id))
            .collect()
    }

    /// An invoice is final on its billing date.
    fn closed_through(&self, today: NaiveDate) -> NaiveDate {
        today
    }

    /// The first partner billing date after `today`.
    fn upcoming_billing_date(&self, today: NaiveDate, billing_day: u32) -> NaiveDate {
        billing_date_after(today, billing_day)
    }

    /// Far enough for a license change recognised a month later.
    fn preview_horizon(&self, today: NaiveDate, billing_day: u32) -> NaiveDate {
        billing_date_on_or_after(add_days(add_months(today, 1), 1), billing_day)
    }

    /// PD and the billing date, e.g. PD20180615.
    fn invoice_number(&self, billing_date: NaiveDate) -> String {
        format!("PD{}", billing_date.format("%Y%m%d"))
    }

    fn due_date(&self, billing_date: NaiveDate) -> NaiveDate {
        add_days(billing_date, PAYMENT_DAYS)
    }
}
