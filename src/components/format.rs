//! The one place components write figures for people: the core's dates, amounts and money in
//! the language of the `Language` context and its locale's forms (crate `partnerdesk-l10n`).
//! Nothing here computes money or dates; it only lays out what the core returned. Called
//! inside a reactive closure (`{move || date_text(day)}`), each follows a switch of language.

use crate::state::language::current_lang;
use chrono::NaiveDate;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::Money;

/// A day: "Fri 1 Jun 2018" (en), "01-06-2018" (nl), "01.06.2018" (de).
pub fn date_text(day: NaiveDate) -> String {
    current_lang().date(day)
}

/// A month: "Jun 2018" (en), "jun 2018" (nl), "Juni 2018" (de).
pub fn month_text(day: NaiveDate) -> String {
    current_lang().month(day)
}

/// A count of things, its thousands grouped: "10,000" (en), "10.000" (nl, de).
pub fn count_text(n: u64) -> String {
    current_lang().count(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A charge's or a term's dates: "Fri 1 Jun 2018 – Sat 30 Jun 2018".
pub fn span_text(start: NaiveDate, end: NaiveDate) -> String {
    current_lang().span(start, end)
}

/// An amount in a column or line that names its currency: "7,200.00", "-1.234,56".
pub fn money_text(amount: Money) -> String {
    current_lang().amount(amount)
}

/// An amount with its currency: "7,200.00 USD" (en), "€ 7.200,00" (nl), "7.200,00 €" (de).
pub fn money_in(amount: Money, currency: &str) -> String {
    current_lang().money(amount, currency)
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

    /// Without the app's language (a component mounted alone), figures are English.
    #[test]
    fn without_a_language_figures_are_english() {
        assert_eq!(money_text(Money::from_int(7200)), "7,200.00");
        assert_eq!(money_text(Money::new(-3000, 2)), "-30.00");
        assert_eq!(money_in(Money::new(-100000, 2), "USD"), "-1,000.00 USD");
        let day = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
        assert_eq!(date_text(day), "Fri 1 Jun 2018");
    }
}
