//! An NCE offer (ProductId:SkuId) and the catalog of offers with their price rows.

use super::price::PriceList;
use crate::base::rule_error::RuleError;
use crate::base::say::NceOfferRefusal;
use crate::model::catalog::{self, Catalog, LicenseAgreement, Offer, SecondaryLicense};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The price list's secondary license type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OfferKind {
    Base,
    AddOn,
    Trial,
}

/// P5 under profile 2022.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OfferLimit {
    None,
    /// At most n subscriptions of the offer ever, per customer.
    Lifetime(u32),
    /// At most n Active or Suspended subscriptions at once, per customer.
    Concurrent(u32),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NceOffer {
    pub product_id: String,
    /// Kept as text: "0001" has leading zeros.
    pub sku_id: String,
    pub availability_id: String,
    pub sku_name: String,
    pub product_name: String,
    pub kind: OfferKind,
    /// For add-ons: the ids of the base offers one of which the customer must hold (A1).
    pub prerequisites: Vec<String>,
    /// For trials: the ids of the offers the trial converts to, the default first (N20).
    pub conversion_targets: Vec<String>,
    pub min_seats: u32,
    pub max_seats: u32,
    pub limit: OfferLimit,
    /// ISO 3166 alpha-2 codes; empty means every country (P7).
    pub countries: Vec<String>,
    pub valid_from: NaiveDate,
    pub valid_to: Option<NaiveDate>,
    /// N3: the sample catalog gives P1M rows only to offers marked so.
    pub has_p1m: bool,
    pub has_p3y: bool,
}

impl NceOffer {
    fn shared(&self) -> Offer {
        let secondary = match self.kind {
            OfferKind::Base => SecondaryLicense::Base,
            OfferKind::AddOn => SecondaryLicense::AddOn,
            OfferKind::Trial => SecondaryLicense::Trial,
        };
        let mut offer = Offer::with_defaults(
            &self.id(),
            &self.sku_name,
            LicenseAgreement::Corporate,
            secondary,
            self.valid_from,
        );
        offer.valid_to = self.valid_to;
        offer.min_seats = self.min_seats;
        offer.max_seats = self.max_seats;
        offer.limit = match self.limit {
            OfferLimit::None => catalog::OfferLimit::None,
            OfferLimit::Lifetime(n) => catalog::OfferLimit::Lifetime(n),
            OfferLimit::Concurrent(n) => catalog::OfferLimit::Concurrent(n),
        };
        offer.prerequisites = self.prerequisites.clone();
        offer.conversion_targets = self.conversion_targets.clone();
        offer.countries = self.countries.clone();
        offer
    }

    /// "ProductId:SkuId", the key price rows and subscriptions use.
    pub fn id(&self) -> String {
        format!("{}:{}", self.product_id, self.sku_id)
    }

    pub fn is_orderable_on(&self, day: NaiveDate) -> bool {
        self.valid_from <= day && self.valid_to.is_none_or(|to| day <= to)
    }

    pub fn sold_in(&self, country: &str) -> bool {
        self.countries.is_empty() || self.countries.iter().any(|c| c == country)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NceCatalog {
    pub offers: Vec<NceOffer>,
    pub prices: PriceList,
}

impl NceCatalog {
    pub fn offer(&self, offer_id: &str) -> Option<&NceOffer> {
        // The id is "ProductId:SkuId": split once, not spelled out per offer (offers are looked
        // up for every renewal and every line of a large book).
        let (product_id, sku_id) = offer_id.split_once(':')?;
        self.offers
            .iter()
            .find(|o| o.product_id == product_id && o.sku_id == sku_id)
    }

    /// The offers in the shape every profile shares (names, kinds, seats, relations), for what
    /// only names or relates offers: tables, the history, the trial pipeline. Prices stay here.
    pub fn offer_catalog(&self) -> Catalog {
        let offers = self.offers.iter().map(NceOffer::shared).collect();
        Catalog {
            offers,
            prices: Vec::new(),
        }
    }

    /// The offer, or the refusal a form shows at its offer field (P7).
    pub fn known_offer(&self, offer_id: &str) -> Result<&NceOffer, RuleError> {
        self.offer(offer_id).ok_or_else(|| {
            RuleError::new(
                "P7",
                format!("The offer {offer_id} is not in the catalog; choose another."),
            )
            .saying(NceOfferRefusal::NotInCatalog {
                offer_id: offer_id.to_string(),
            })
            .at("offer")
        })
    }
}
