//! How each locale writes the currencies a partner can be billed in (core `CURRENCIES`).
//! English keeps the ISO code the app has always shown; Dutch and German use CLDR's symbols.

use crate::lang::Lang;

/// ISO code, then its symbol in en, nl, de.
const SYMBOLS: [(&str, [&str; 3]); 8] = [
    ("USD", ["USD", "US$", "$"]),
    ("EUR", ["EUR", "€", "€"]),
    ("GBP", ["GBP", "£", "£"]),
    ("CHF", ["CHF", "CHF", "CHF"]),
    ("DKK", ["DKK", "DKK", "DKK"]),
    ("SEK", ["SEK", "SEK", "SEK"]),
    ("NOK", ["NOK", "NOK", "NOK"]),
    ("AUD", ["AUD", "AU$", "AU$"]),
];

/// The symbol of `code` in `lang`; the code itself for a currency not in the table.
pub(crate) fn symbol(lang: Lang, code: &str) -> &str {
    let column = match lang {
        Lang::En => 0,
        Lang::Nl => 1,
        Lang::De => 2,
    };
    SYMBOLS
        .iter()
        .find(|(iso, _)| *iso == code)
        .map_or(code, |(_, symbols)| symbols[column])
}

#[cfg(test)]
mod tests {
    use super::*;
    use partnerdesk_core::model::settings::CURRENCIES;

    #[test]
    fn every_currency_a_partner_can_choose_has_a_symbol_in_every_language() {
        let listed: Vec<&str> = SYMBOLS.iter().map(|(iso, _)| *iso).collect();
        assert_eq!(listed, CURRENCIES.to_vec());
        assert_eq!(symbol(Lang::Nl, "USD"), "US$");
        assert_eq!(symbol(Lang::De, "USD"), "$");
        assert_eq!(symbol(Lang::De, "AUD"), "AU$");
        assert_eq!(symbol(Lang::En, "EUR"), "EUR");
        assert_eq!(symbol(Lang::Nl, "JPY"), "JPY");
    }
}
