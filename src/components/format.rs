//! How figures the core computed are written for people. Nothing here computes money or
//! dates; it only lays out what the core returned.

use crate::state::clock::display_date;
use chrono::NaiveDate;
use partnerdesk_core::model::catalog::{BillingFrequency, Catalog};
use partnerdesk_core::Money;

/// "7,200.00", "-30.00": the core's two decimals with thousands grouped for reading.
pub fn money_text(amount: Money) -> String {
    let plain = amount.to_string();
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (whole, cents) = digits.split_once('.').unwrap_or((digits, "00"));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}.{cents}")
}

pub fn date_text(day: NaiveDate) -> String {
    display_date(day)
}

/// A charge's or a term's dates: "Fri 1 Jun 2018 – Sat 30 Jun 2018".
pub fn span_text(start: NaiveDate, end: NaiveDate) -> String {
    format!("{} – {}", display_date(start), display_date(end))
}

pub fn frequency_text(frequency: Option<BillingFrequency>) -> &'static str {
    frequency.map_or("None (trial)", BillingFrequency::label)
}

/// The offer's display name, or its id when the catalog no longer has it.
pub fn offer_name(catalog: &Catalog, offer_id: &str) -> String {
    catalog
        .offer(offer_id)
        .map_or_else(|| offer_id.to_string(), |o| o.name.clone())
}

/// Names of several offers, joined for a sentence.
pub fn offer_names(catalog: &Catalog, ids: &[String]) -> String {
    ids.iter()
        .map(|id| offer_name(catalog, id))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_grouped_by_thousands() {
        assert_eq!(money_text(Money::from_int(7200)), "7,200.00");
        assert_eq!(money_text(Money::new(-3000, 2)), "-30.00");
        assert_eq!(money_text(Money::new(123456789, 2)), "1,234,567.89");
        assert_eq!(money_text(Money::new(-100000, 2)), "-1,000.00");
        assert_eq!(money_text(Money::ZERO), "0.00");
    }
}
