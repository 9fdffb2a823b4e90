//! One offer of the price list as a partner needs to judge it: prices (monthly, and annual as
//! 12 × monthly, P1), seats, limit, add-ons or prerequisites, conversion targets or
//! compatible offers, countries and validity.

use crate::components::format::{count_text, date_text, money_in, offer_names};
use crate::components::words::frequency_word;
use crate::state::language::use_language;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::billing::legacy::proration::Basis;
use partnerdesk_core::model::catalog::{
    BillingFrequency, Catalog, LicenseAgreement, Offer, OfferLimit,
};
use partnerdesk_core::Money;
use partnerdesk_l10n::{CatalogText as C, CommonText, Lang};

/// The list price per license today: monthly, and for a whole annual term (P1, through the
/// core's annual basis).
pub fn prices(catalog: &Catalog, offer: &Offer, today: NaiveDate) -> Option<(Money, Money)> {
    let monthly = catalog.monthly_price_on(&offer.id, today)?;
    let annual = Basis::new(BillingFrequency::Annual, monthly, 365).period_price;
    Some((monthly, annual))
}

/// The monthly and annual price per license as sentences; a trial is free.
fn price_texts(
    lang: Lang,
    offer: &Offer,
    catalog: &Catalog,
    today: NaiveDate,
    currency: &str,
) -> (String, String) {
    if offer.is_trial() {
        return (lang.text(C::FreeFor30Days).to_string(), "—".to_string());
    }
    prices(catalog, offer, today).map_or_else(
        || (lang.text(C::NoListPrice).to_string(), "—".into()),
        |(m, a)| {
            (
                lang.fill(C::PerLicense, &[&money_in(m, currency)]),
                lang.fill(C::PerLicenseAnnual, &[&money_in(a, currency)]),
            )
        },
    )
}

fn frequencies_text(lang: Lang, offer: &Offer) -> String {
    if offer.is_trial() {
        lang.text(C::FrequencyAtConversion).to_string()
    } else {
        offer
            .frequencies
            .iter()
            .map(|&f| lang.text(frequency_word(Some(f))))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn agreement(a: LicenseAgreement) -> C {
    match a {
        LicenseAgreement::Corporate => C::Corporate,
        LicenseAgreement::Government => C::Government,
        LicenseAgreement::Academic => C::Academic,
    }
}

fn limit_text(lang: Lang, limit: OfferLimit) -> String {
    match limit {
        OfferLimit::None => lang.text(C::NoLimit).to_string(),
        OfferLimit::Lifetime(n) => lang.fill(C::LifetimeLimit, &[&count_text(n.into())]),
        OfferLimit::Concurrent(n) => lang.fill(C::ConcurrentLimit, &[&count_text(n.into())]),
    }
}

#[component]
pub fn OfferDetails(
    offer: Offer,
    catalog: Catalog,
    today: NaiveDate,
    currency: String,
) -> impl IntoView {
    // The panel draws the details again when the language changes.
    let lang = use_language().now();
    let (monthly, annual) = price_texts(lang, &offer, &catalog, today, &currency);
    let frequencies = frequencies_text(lang, &offer);
    let (min, max) = (
        count_text(offer.min_seats.into()),
        count_text(offer.max_seats.into()),
    );
    let seats = if offer.min_seats == offer.max_seats {
        lang.fill(C::SeatsFixed, &[&min])
    } else {
        lang.fill(C::SeatsRange, &[&min, &max])
    };
    let add_ons: Vec<String> = catalog
        .add_ons_for(&offer.id)
        .map(|o| o.id.clone())
        .collect();
    let related: Vec<(C, String)> = [
        (C::AddOnsBought, &add_ons),
        (C::Prerequisites, &offer.prerequisites),
        (C::ConvertsTo, &offer.conversion_targets),
        (C::CompatibleOffers, &offer.compatible_offers),
    ]
    .into_iter()
    .filter(|(_, ids)| !ids.is_empty())
    .map(|(name, ids)| (name, offer_names(&catalog, ids)))
    .collect();
    let countries = if offer.countries.is_empty() {
        lang.text(C::AllCountries).to_string()
    } else {
        offer.countries.join(", ")
    };
    let from = date_text(offer.valid_from);
    let valid = match offer.valid_to {
        Some(to) => lang.fill(C::ValidFromTo, &[&from, &date_text(to)]),
        None => lang.fill(C::ValidFrom, &[&from]),
    };
    view! {
        <dl class="offer-details">
            <dt>{lang.text(C::OfferId)}</dt>
            <dd><code>{offer.id.clone()}</code></dd>
            <dt>{lang.text(C::LicenseAgreement)}</dt>
            <dd>{lang.text(agreement(offer.agreement))} " · " {offer.end_customer_type.clone()}</dd>
            <dt>{lang.text(C::MonthlyPrice)}</dt>
            <dd>{monthly}</dd>
            <dt>{lang.text(C::AnnualPrice)}</dt>
            <dd>{annual}</dd>
            <dt>{lang.text(C::BillingFrequencies)}</dt>
            <dd>{frequencies}</dd>
            <dt>{lang.text(CommonText::Seats)}</dt>
            <dd>{seats}</dd>
            <dt>{lang.text(C::OfferLimit)}</dt>
            <dd>{limit_text(lang, offer.limit)}</dd>
            {related
                .into_iter()
                .map(|(name, names)| view! { <dt>{lang.text(name)}</dt><dd>{names}</dd> })
                .collect_view()}
            <dt>{lang.text(C::Countries)}</dt>
            <dd>{countries}</dd>
            <dt>{lang.text(C::Orderable)}</dt>
            <dd>{valid}</dd>
        </dl>
    }
}
