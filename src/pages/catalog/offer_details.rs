//! One offer of the price list as a partner needs to judge it: prices (monthly, and annual as
//! 12 × monthly, P1), seats, limit, add-ons or prerequisites, conversion targets or
//! compatible offers, countries and validity.

use crate::components::format::{date_text, money_text, offer_names};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::billing::legacy::proration::Basis;
use partnerdesk_core::model::catalog::{BillingFrequency, Catalog, LicenseAgreement, Offer};

/// The list price per license today: monthly, and for a whole annual term (P1, through the
/// core's annual basis).
pub fn prices(catalog: &Catalog, offer: &Offer, today: NaiveDate) -> Option<(String, String)> {
    let monthly = catalog.monthly_price_on(&offer.id, today)?;
    let annual = Basis::new(BillingFrequency::Annual, monthly, 365).period_price;
    Some((money_text(monthly), money_text(annual)))
}

/// The monthly and annual price per license as sentences; a trial is free.
fn price_texts(
    offer: &Offer,
    catalog: &Catalog,
    today: NaiveDate,
    currency: &str,
) -> (String, String) {
    if offer.is_trial() {
        return ("Free for 30 days".to_string(), "—".to_string());
    }
    prices(catalog, offer, today).map_or(("No list price today".into(), "—".into()), |(m, a)| {
        (
            format!("{m} {currency} per license"),
            format!("{a} {currency} per license (12 × monthly)"),
        )
    })
}

fn frequencies_text(offer: &Offer) -> String {
    if offer.is_trial() {
        "None: the frequency is chosen when the trial is converted".to_string()
    } else {
        offer
            .frequencies
            .iter()
            .map(|f| f.label())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn agreement(a: LicenseAgreement) -> &'static str {
    match a {
        LicenseAgreement::Corporate => "Corporate",
        LicenseAgreement::Government => "Government",
        LicenseAgreement::Academic => "Academic",
    }
}

#[component]
pub fn OfferDetails(
    offer: Offer,
    catalog: Catalog,
    today: NaiveDate,
    currency: String,
) -> impl IntoView {
    let (monthly, annual) = price_texts(&offer, &catalog, today, &currency);
    let frequencies = frequencies_text(&offer);
    let seats = if offer.min_seats == offer.max_seats {
        format!("{} (fixed)", offer.min_seats)
    } else {
        format!("{} to {}", offer.min_seats, offer.max_seats)
    };
    let add_ons: Vec<String> = catalog
        .add_ons_for(&offer.id)
        .map(|o| o.id.clone())
        .collect();
    let related: Vec<(&'static str, String)> = [
        ("Add-ons bought on it", &add_ons),
        ("Prerequisites (one must be held)", &offer.prerequisites),
        ("Converts to", &offer.conversion_targets),
        ("Compatible offers", &offer.compatible_offers),
    ]
    .into_iter()
    .filter(|(_, ids)| !ids.is_empty())
    .map(|(name, ids)| (name, offer_names(&catalog, ids)))
    .collect();
    let countries = if offer.countries.is_empty() {
        "All".to_string()
    } else {
        offer.countries.join(", ")
    };
    let valid = match offer.valid_to {
        Some(to) => format!("{} to {}", date_text(offer.valid_from), date_text(to)),
        None => format!("From {}", date_text(offer.valid_from)),
    };
    view! {
        <dl class="offer-details">
            <dt>"Offer ID"</dt>
            <dd><code>{offer.id.clone()}</code></dd>
            <dt>"License agreement"</dt>
            <dd>{agreement(offer.agreement)} " · " {offer.end_customer_type.clone()}</dd>
            <dt>"Monthly price"</dt>
            <dd>{monthly}</dd>
            <dt>"Annual price"</dt>
            <dd>{annual}</dd>
            <dt>"Billing frequencies"</dt>
            <dd>{frequencies}</dd>
            <dt>"Seats"</dt>
            <dd>{seats}</dd>
            <dt>"Offer limit"</dt>
            <dd>{offer.limit.describe()}</dd>
            {related
                .into_iter()
                .map(|(name, names)| view! { <dt>{name}</dt><dd>{names}</dd> })
                .collect_view()}
            <dt>"Countries"</dt>
            <dd>{countries}</dd>
            <dt>"Orderable"</dt>
            <dd>{valid}</dd>
        </dl>
    }
}
