//! The billing layer: each subscription's history replayed into its state and charge lines by
//! the engine of the book's rules profile, every customer derived as of a day, and invoices.

pub mod commitment;
pub mod derive;
pub mod derive_both;
pub mod derive_change;
mod derive_group;
mod derive_lines;
pub mod derive_patch;
pub mod derive_steps;
pub mod engine;
pub mod invoice;
pub mod legacy;
mod line_merge;
pub mod nce;

use crate::billing::engine::BillingEngine;
use crate::billing::legacy::{LEGACY_2017, LEGACY_2018};
use crate::billing::nce::engine::NEW_COMMERCE;
use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::settings::RulesProfile;
use chrono::NaiveDate;

/// The book's offers as of `today`, named and related in the shape every profile shares.
pub fn offer_catalog(book: &Book, today: NaiveDate) -> Catalog {
    billing_engine(book.settings.profile).offers(book, today)
}

/// The billing engine of a rules profile: the one place that chooses by profile.
pub fn billing_engine(profile: RulesProfile) -> &'static dyn BillingEngine {
    match profile {
        RulesProfile::P2018 => &LEGACY_2018,
        RulesProfile::P2017 => &LEGACY_2017,
        RulesProfile::P2022 => &NEW_COMMERCE,
    }
}
