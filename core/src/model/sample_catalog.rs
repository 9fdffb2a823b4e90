//! The built-in sample catalog of SPEC P9: realistic offers, GUID ids, monthly list prices.
//!
//! The ids of Office 365 E3, its trial, Office 365 Business Premium and E5 without PSTN are
//! Microsoft's published ones; the others are made up for the sample.

use crate::base::money::Money;
use crate::model::catalog::{
    BillingFrequency::Monthly, BillingType, Catalog, LicenseAgreement, Offer, OfferLimit,
    PricePoint, SecondaryLicense,
};
use chrono::NaiveDate;

pub const E1: &str = "91fd106f-4b2c-4938-95ac-f54f74e9a239";
pub const E3: &str = "796b6b5f-613c-4e24-a17c-eba730d49c02";
pub const E5: &str = "4f7ecaf1-e9d6-4cac-9687-e22eb3dfdd70";
pub const O365_BUSINESS_PREMIUM: &str = "031c9e47-4802-4248-838e-778fb1d2cc05";
pub const M365_BUSINESS_BASIC: &str = "6c0f2c98-e5f4-450f-86a1-56d20dc6b819";
pub const M365_BUSINESS_STANDARD: &str = "453bac1f-0bc7-4289-a914-c1aafc19c115";
pub const M365_BUSINESS_PREMIUM: &str = "0696b90f-580a-4b4f-ae4b-b8bbb1b17d1c";
pub const EMS_E5: &str = "7f0a6379-77cb-4cbd-991e-e69eaec936f9";
pub const D365_CUSTOMER_ENGAGEMENT: &str = "c68865a6-8c00-4a35-9fdb-edfe55e2ef72";
pub const D365_FINANCIALS: &str = "237cc107-f7ff-4312-a933-ed4b7e57f72b";
pub const E3_GOVERNMENT: &str = "aabb3484-a27a-47cd-8b25-fe5b501de5b9";
pub const A3_FACULTY: &str = "56fdeb15-f8ba-40c4-8d28-bf5340703981";
pub const AZURE_PLAN: &str = "607e4c76-996a-4cc0-90cf-2f7b3905dbc2";
pub const ATP: &str = "e6014715-fe1b-4045-80c3-c7ca5f21b558";
pub const AUDIO_CONFERENCING: &str = "b12c8312-edbe-44d8-88d0-11d422edab68";
pub const DOMESTIC_CALLING: &str = "52d1e48c-8d53-49d8-829e-ce0bb2a6748c";
pub const E3_TRIAL: &str = "32b23c88-949f-4e5b-b500-a87eec676b80";
pub const E5_TRIAL: &str = "fbf9b950-63db-4d44-9d1c-87f366b4d8f2";
pub const M365_BUSINESS_PREMIUM_TRIAL: &str = "0de2e428-780e-48ea-879a-489cb5c8fbf4";
pub const EMS_E5_TRIAL: &str = "0ad8ff30-f2e5-47ba-b35c-d30901fa9fa7";
pub const D365_CUSTOMER_ENGAGEMENT_TRIAL: &str = "3612b132-3cad-47bf-8aca-b1fc12ed0b9c";
pub const TEAMS_TRIAL: &str = "ef8ff7ef-17f8-4871-9627-387de7910f02";

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid sample date")
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

struct Row {
    id: &'static str,
    name: &'static str,
    agreement: LicenseAgreement,
    secondary: SecondaryLicense,
    price: Money,
}

fn base(id: &'static str, name: &'static str, price: Money) -> Row {
    Row {
        id,
        name,
        agreement: LicenseAgreement::Corporate,
        secondary: SecondaryLicense::Base,
        price,
    }
}

fn offer(row: &Row) -> Offer {
    Offer::with_defaults(
        row.id,
        row.name,
        row.agreement,
        row.secondary,
        date(2017, 10, 1),
    )
}

/// The catalog PartnerDesk starts with, prices valid from 10/1/2017.
pub fn sample_catalog() -> Catalog {
    let rows: Vec<Row> = base_rows()
        .into_iter()
        .chain(add_on_rows())
        .chain(trial_rows())
        .collect();
    let mut offers: Vec<Offer> = rows.iter().map(offer).collect();
    offers.iter_mut().for_each(set_offer_rules);
    let prices = rows
        .iter()
        .map(|r| PricePoint {
            offer_id: r.id.into(),
            from: date(2017, 10, 1),
            monthly: r.price,
            erp: (r.price * rust_decimal::Decimal::new(12, 1)).round2(),
        })
        .collect();
    Catalog { offers, prices }
}

/// The base offers: Office, Microsoft 365, EMS, Dynamics, Azure.
fn base_rows() -> Vec<Row> {
    let m = Money::new;
    vec![
        base(E1, "Office 365 E1", m(800, 2)),
        base(E3, "Office 365 E3", m(2000, 2)),
        base(E5, "Office 365 E5 without PSTN Conferencing", m(3500, 2)),
        base(
            O365_BUSINESS_PREMIUM,
            "Office 365 Business Premium",
            m(1250, 2),
        ),
        base(
            M365_BUSINESS_BASIC,
            "Microsoft 365 Business Basic",
            m(600, 2),
        ),
        base(
            M365_BUSINESS_STANDARD,
            "Microsoft 365 Business Standard",
            m(1250, 2),
        ),
        base(
            M365_BUSINESS_PREMIUM,
            "Microsoft 365 Business Premium",
            m(2200, 2),
        ),
        base(EMS_E5, "Enterprise Mobility + Security E5", m(1480, 2)),
        base(
            D365_CUSTOMER_ENGAGEMENT,
            "Dynamics 365 Customer Engagement Plan",
            m(11500, 2),
        ),
        base(D365_FINANCIALS, "Dynamics 365 for Financials", m(18000, 2)),
        Row {
            agreement: LicenseAgreement::Government,
            ..base(E3_GOVERNMENT, "Office 365 E3 for Government", m(2000, 2))
        },
        Row {
            agreement: LicenseAgreement::Academic,
            ..base(A3_FACULTY, "Office 365 A3 for faculty", m(325, 2))
        },
        base(AZURE_PLAN, "Microsoft Azure plan (usage-based)", m(0, 2)),
    ]
}

fn add_on_rows() -> Vec<Row> {
    use SecondaryLicense::AddOn;
    let m = Money::new;
    vec![
        Row {
            secondary: AddOn,
            ..base(
                ATP,
                "Office 365 Advanced Threat Protection (Plan 1)",
                m(200, 2),
            )
        },
        Row {
            secondary: AddOn,
            ..base(AUDIO_CONFERENCING, "Audio Conferencing", m(400, 2))
        },
        Row {
            secondary: AddOn,
            ..base(DOMESTIC_CALLING, "Domestic Calling Plan", m(1200, 2))
        },
    ]
}

fn trial_rows() -> Vec<Row> {
    use SecondaryLicense::Trial;
    let m = Money::new;
    vec![
        Row {
            secondary: Trial,
            ..base(E3_TRIAL, "Office 365 E3 Trial", m(0, 2))
        },
        Row {
            secondary: Trial,
            ..base(
                E5_TRIAL,
                "Office 365 E5 without PSTN Conferencing Trial",
                m(0, 2),
            )
        },
        Row {
            secondary: Trial,
            ..base(
                M365_BUSINESS_PREMIUM_TRIAL,
                "Microsoft 365 Business Premium Trial",
                m(0, 2),
            )
        },
        Row {
            secondary: Trial,
            ..base(
                EMS_E5_TRIAL,
                "Enterprise Mobility + Security E5 Trial",
                m(0, 2),
            )
        },
        Row {
            secondary: Trial,
            ..base(
                D365_CUSTOMER_ENGAGEMENT_TRIAL,
                "Dynamics 365 Customer Engagement Plan Trial",
                m(0, 2),
            )
        },
        Row {
            secondary: Trial,
            ..base(
                TEAMS_TRIAL,
                "Microsoft Teams Commercial Cloud (User Initiated) Trial",
                m(0, 2),
            )
        },
    ]
}

/// Seats, limits, countries, prerequisites and trial targets that differ from the defaults.
fn set_offer_rules(o: &mut Offer) {
    match o.id.as_str() {
        M365_BUSINESS_BASIC
        | M365_BUSINESS_STANDARD
        | M365_BUSINESS_PREMIUM
        | O365_BUSINESS_PREMIUM => o.max_seats = 300,
        D365_CUSTOMER_ENGAGEMENT => {
            o.min_seats = 5;
            o.limit = OfferLimit::Concurrent(1);
        }
        D365_FINANCIALS => o.limit = OfferLimit::Lifetime(2),
        E3_GOVERNMENT => o.countries = ids(&["US"]),
        AZURE_PLAN => {
            o.billing_type = BillingType::Usage;
            o.frequencies = vec![Monthly];
            o.limit = OfferLimit::Concurrent(1);
        }
        ATP => o.prerequisites = ids(&[E1, E3, E5, O365_BUSINESS_PREMIUM]),
        AUDIO_CONFERENCING => o.prerequisites = ids(&[E1, E3]),
        DOMESTIC_CALLING => o.prerequisites = ids(&[E5]),
        E3_TRIAL => o.conversion_targets = ids(&[E3]),
        E5_TRIAL => o.conversion_targets = ids(&[E5]),
        M365_BUSINESS_PREMIUM_TRIAL => o.conversion_targets = ids(&[M365_BUSINESS_PREMIUM]),
        EMS_E5_TRIAL => o.conversion_targets = ids(&[EMS_E5]),
        D365_CUSTOMER_ENGAGEMENT_TRIAL => o.conversion_targets = ids(&[D365_CUSTOMER_ENGAGEMENT]),
        TEAMS_TRIAL => {
            o.compatible_offers = ids(&[
                M365_BUSINESS_BASIC,
                M365_BUSINESS_STANDARD,
                M365_BUSINESS_PREMIUM,
                E1,
                E3,
                E5,
            ])
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::field_error::is_guid;

    #[test]
    fn p9_sample_catalog_is_complete_and_consistent() {
        let c = sample_catalog();
        assert!(c.offers.iter().all(|o| is_guid(&o.id)));
        assert_eq!(c.trials().count(), 6);
        let teams = c.offer(TEAMS_TRIAL).unwrap();
        assert!(teams.conversion_targets.is_empty());
        assert!(!teams.compatible_offers.is_empty());
        for o in &c.offers {
            for r in o
                .prerequisites
                .iter()
                .chain(&o.conversion_targets)
                .chain(&o.compatible_offers)
            {
                assert!(c.offer(r).is_some(), "{} names unknown offer {r}", o.name);
            }
            assert!(c.monthly_price_on(&o.id, date(2018, 1, 1)).is_some());
        }
        assert_eq!(
            c.monthly_price_on(E3, date(2018, 1, 1)),
            Some(Money::new(2000, 2))
        );
    }

    #[test]
    fn p2_usage_offer_is_monthly_only() {
        let c = sample_catalog();
        assert_eq!(c.offer(AZURE_PLAN).unwrap().frequencies, vec![Monthly]);
    }
}
