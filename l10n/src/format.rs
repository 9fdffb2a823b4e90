//! Figures written the way each locale writes them (CLDR, as ICU 78 in Node's `Intl` writes
//! them): dates, counts, amounts, money with its currency, percentages. English keeps the
//! forms the app has always shown ("Fri 1 Jun 2018", "7,200.00 USD").
//!
//! Written by hand rather than with chrono's formatting or an ICU crate: a few hundred bytes of
//! wasm instead of tens of kilobytes, for three locales and eight currencies.

use crate::currency::symbol;
use crate::lang::Lang;
use chrono::{Datelike, NaiveDate};
use partnerdesk_core::Money;
use rust_decimal::{Decimal, RoundingStrategy};

/// No line break between a figure and its symbol, where CLDR puts a space.
const NBSP: char = '\u{a0}';

impl Lang {
    /// What separates the whole part from the decimals.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Nl | Lang::De => ',',
        }
    }

    /// What groups the digits of the whole part by thousands.
    pub fn group_separator(self) -> char {
        match self {
            Lang::En => ',',
            Lang::Nl | Lang::De => '.',
        }
    }

    /// A day: "Fri 1 Jun 2018" (en: weekday and month named, so no order of day and month to
    /// misread), "01-06-2018" (nl), "01.06.2018" (de).
    pub fn date(self, day: NaiveDate) -> String {
        match self {
            Lang::En => english_date(day),
            Lang::Nl => format!("{:02}-{:02}-{}", day.day(), day.month(), day.year()),
            Lang::De => format!("{:02}.{:02}.{}", day.day(), day.month(), day.year()),
        }
    }

    /// A month, as CLDR's abbreviated month with the year writes it: "Jun 2018" (en),
    /// "jun 2018" (nl), "Juni 2018" (de).
    pub fn month(self, day: NaiveDate) -> String {
        const DUTCH: [&str; 12] = [
            "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ];
        const GERMAN: [&str; 12] = [
            "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
            "Dez.",
        ];
        let names = match self {
            Lang::En => ENGLISH_MONTHS,
            Lang::Nl => DUTCH,
            Lang::De => GERMAN,
        };
        format!("{} {}", names[day.month0() as usize], day.year())
    }

    /// From one day to another, both included: "01-06-2018 – 30-06-2018".
    pub fn span(self, start: NaiveDate, end: NaiveDate) -> String {
        format!("{} – {}", self.date(start), self.date(end))
    }

    /// A decimal rounded half away from zero to `decimals` places, thousands grouped:
    /// "1,234.56" (en), "1.234,56" (nl, de); never "-0".
    pub fn number(self, value: Decimal, decimals: u32) -> String {
        let mut rounded =
            value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
        rounded.rescale(decimals);
        let plain = rounded.abs().to_string();
        let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
        let mut out = String::new();
        if rounded.is_sign_negative() && !rounded.is_zero() {
            out.push('-');
        }
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(self.group_separator());
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(self.decimal_separator());
            out.push_str(fraction);
        }
        out
    }

    /// A whole number: "12,500" (en), "12.500" (nl, de).
    pub fn count(self, n: i64) -> String {
        self.number(Decimal::from(n), 0)
    }

    /// An amount without its currency, as in a column headed by it: "-1.234,56".
    pub fn amount(self, amount: Money) -> String {
        self.number(amount.decimal(), 2)
    }

    /// An amount with its currency: "7,200.00 USD" (en), "€ -1.234,56" (nl),
    /// "-1.234,56 €" (de).
    pub fn money(self, amount: Money, currency: &str) -> String {
        let figure = self.amount(amount);
        let symbol = symbol(self, currency);
        match self {
            Lang::En => format!("{figure} {symbol}"),
            Lang::Nl => format!("{symbol}{NBSP}{figure}"),
            Lang::De => format!("{figure}{NBSP}{symbol}"),
        }
    }

    /// A percentage given in percent (21.5 for 21.5 %), with the decimals it has up to two:
    /// "21.5%" (en), "21,5%" (nl), "21,5 %" (de).
    pub fn percent(self, percent: Decimal) -> String {
        let figure = self.number(percent, 2);
        let figure = match figure.split_once(self.decimal_separator()) {
            Some((whole, fraction)) if fraction.trim_end_matches('0').is_empty() => {
                whole.to_string()
            }
            Some(_) => figure.trim_end_matches('0').to_string(),
            None => figure,
        };
        match self {
            Lang::En | Lang::Nl => format!("{figure}%"),
            Lang::De => format!("{figure}{NBSP}%"),
        }
    }
}

/// Spelled out by hand because chrono's strftime machinery costs kilobytes of wasm.
const ENGLISH_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn english_date(day: NaiveDate) -> String {
    const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    format!(
        "{} {} {} {}",
        WEEKDAYS[day.weekday().num_days_from_monday() as usize],
        day.day(),
        ENGLISH_MONTHS[day.month0() as usize],
        day.year()
    )
}
