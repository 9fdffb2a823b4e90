//! Offers of the price list / offer matrix, and list prices that change on dates (SPEC §2).

use crate::base::money::Money;
use crate::base::say::Cadence;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LicenseAgreement {
    Corporate,
    Government,
    Academic,
}

/// The price list's "Secondary license type".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SecondaryLicense {
    /// "Non-specific": a base offer.
    Base,
    AddOn,
    Trial,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BillingType {
    License,
    Usage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BillingFrequency {
    Monthly,
    Annual,
}

impl From<BillingFrequency> for Cadence {
    fn from(frequency: BillingFrequency) -> Cadence {
        match frequency {
            BillingFrequency::Monthly => Cadence::Monthly,
            BillingFrequency::Annual => Cadence::Annual,
        }
    }
}

impl BillingFrequency {
    /// As the reconciliation file's BillingCycleType writes it.
    pub fn label(self) -> &'static str {
        match self {
            BillingFrequency::Monthly => "Monthly",
            BillingFrequency::Annual => "Annual",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OfferLimit {
    None,
    /// At most n subscriptions of the offer ever, per customer.
    Lifetime(u32),
    /// At most n at once; suspended ones count until deleted.
    Concurrent(u32),
}

impl OfferLimit {
    pub fn describe(self) -> String {
        match self {
            OfferLimit::None => "No limit".into(),
            OfferLimit::Lifetime(n) => format!("Lifetime {n} per customer"),
            OfferLimit::Concurrent(n) => format!("{n} at once per customer"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// The price list's Offer ID (a GUID); written as DurableOfferId.
    pub id: String,
    pub name: String,
    pub agreement: LicenseAgreement,
    pub secondary: SecondaryLicense,
    /// "Commercial", "Government", "Education", …
    pub end_customer_type: String,
    pub billing_type: BillingType,
    /// Empty for trials (SPEC §1: a trial has no billing frequency).
    pub frequencies: Vec<BillingFrequency>,
    pub min_seats: u32,
    pub max_seats: u32,
    pub limit: OfferLimit,
    /// For add-ons: the base offers one of which the customer must hold (SPEC A1).
    pub prerequisites: Vec<String>,
    /// For trials: the offers a trial converts to (SPEC T8).
    pub conversion_targets: Vec<String>,
    /// For trials without a conversion target: offers with the same services (SPEC T12).
    pub compatible_offers: Vec<String>,
    /// ISO 3166 alpha-2 codes; empty means every country.
    pub countries: Vec<String>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
}

impl Offer {
    /// A license-based offer with the defaults of its kind: a trial has 25 seats, no billing
    /// frequency and a Lifetime 1 limit (T2, T3); any other offer bills monthly or annually,
    /// 1 to 10,000 seats, with no limit. Relations and countries start empty.
    pub fn with_defaults(
        id: &str,
        name: &str,
        agreement: LicenseAgreement,
        secondary: SecondaryLicense,
        valid_from: NaiveDate,
    ) -> Offer {
        let trial = secondary == SecondaryLicense::Trial;
        Offer {
            id: id.to_string(),
            name: name.to_string(),
            agreement,
            secondary,
            end_customer_type: match agreement {
                LicenseAgreement::Corporate => "Commercial",
                LicenseAgreement::Government => "Government",
                LicenseAgreement::Academic => "Education",
            }
            .into(),
            billing_type: BillingType::License,
            frequencies: if trial {
                vec![]
            } else {
                vec![BillingFrequency::Monthly, BillingFrequency::Annual]
            },
            min_seats: if trial { 25 } else { 1 },
            max_seats: if trial { 25 } else { 10_000 },
            limit: if trial {
                OfferLimit::Lifetime(1)
            } else {
                OfferLimit::None
            },
            prerequisites: vec![],
            conversion_targets: vec![],
            compatible_offers: vec![],
            countries: vec![],
            valid_from,
            valid_to: None,
        }
    }

    pub fn is_trial(&self) -> bool {
        self.secondary == SecondaryLicense::Trial
    }

    pub fn is_add_on(&self) -> bool {
        self.secondary == SecondaryLicense::AddOn
    }

    pub fn allows(&self, frequency: BillingFrequency) -> bool {
        self.frequencies.contains(&frequency)
    }

    pub fn is_valid_on(&self, day: NaiveDate) -> bool {
        self.valid_from <= day && self.valid_to.is_none_or(|to| day <= to)
    }

    pub fn sold_in(&self, country: &str) -> bool {
        self.countries.is_empty() || self.countries.iter().any(|c| c == country)
    }
}

/// A list price that takes effect on `from` and holds until the next one of the same offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PricePoint {
    pub offer_id: String,
    pub from: NaiveDate,
    /// Monthly list price per license (SPEC P1: annual = 12 ×).
    pub monthly: Money,
    pub erp: Money,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    pub offers: Vec<Offer>,
    pub prices: Vec<PricePoint>,
}

impl Catalog {
    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.offers.iter().find(|o| o.id == id)
    }

    /// The list price in effect on `day`: the latest price point on or before it.
    pub fn price_on(&self, offer_id: &str, day: NaiveDate) -> Option<&PricePoint> {
        self.prices
            .iter()
            .filter(|p| p.offer_id == offer_id && p.from <= day)
            .max_by_key(|p| p.from)
    }

    pub fn monthly_price_on(&self, offer_id: &str, day: NaiveDate) -> Option<Money> {
        self.price_on(offer_id, day).map(|p| p.monthly)
    }

    /// Records a price point, replacing one of the same offer and date.
    pub fn set_price(&mut self, point: PricePoint) {
        self.prices
            .retain(|p| !(p.offer_id == point.offer_id && p.from == point.from));
        self.prices.push(point);
    }

    pub fn trials(&self) -> impl Iterator<Item = &Offer> {
        self.offers.iter().filter(|o| o.is_trial())
    }

    /// Base offers (no trials, no add-ons) that can be bought with `frequency` (SPEC P3, P4).
    pub fn purchasable(&self, frequency: BillingFrequency) -> impl Iterator<Item = &Offer> {
        self.offers
            .iter()
            .filter(move |o| o.secondary == SecondaryLicense::Base && o.allows(frequency))
    }

    /// Add-ons whose prerequisites include `base_offer_id` (SPEC P4, A1).
    pub fn add_ons_for<'a>(&'a self, base_offer_id: &'a str) -> impl Iterator<Item = &'a Offer> {
        self.offers
            .iter()
            .filter(move |o| o.is_add_on() && o.prerequisites.iter().any(|p| p == base_offer_id))
    }
}
