//! Reading figures typed in the locale's form. The locale's decimal separator is the decimal
//! ("21,5" is 21.5 in nl and de); the other separator is accepted only where it groups
//! thousands ("1.234,5"), so "21.5" in nl is refused rather than read as 215. A leading '-'
//! or '−' (U+2212) makes it negative; spaces and no-break spaces around it are ignored; a
//! percentage may end in '%'. Anything else is refused, and the refusal names the form
//! expected, in the locale (`Lang::unreadable`).

use crate::keys::Key;
use crate::lang::Lang;
use partnerdesk_core::Money;
use rust_decimal::Decimal;
use std::str::FromStr;

/// What a field expected when what was typed could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Number,
    Amount,
    Percent,
}

impl Lang {
    /// A number typed in this locale's form.
    pub fn parse_number(self, text: &str) -> Result<Decimal, Expected> {
        self.read(text).ok_or(Expected::Number)
    }

    /// An amount of money typed in this locale's form, without its currency.
    pub fn parse_amount(self, text: &str) -> Result<Money, Expected> {
        self.read(text).map(Money).ok_or(Expected::Amount)
    }

    /// A percentage typed in percent ("21,5" or "21,5 %" for 21.5 %).
    pub fn parse_percent(self, text: &str) -> Result<Decimal, Expected> {
        let text = text.trim();
        let figure = text.strip_suffix('%').unwrap_or(text);
        self.read(figure).ok_or(Expected::Percent)
    }

    /// The field's message for what could not be read, with an example in this locale.
    pub fn unreadable(self, expected: Expected) -> String {
        let (key, example) = match expected {
            Expected::Number => (Key::EnterNumber, Decimal::new(123_456, 2)),
            Expected::Amount => (Key::EnterAmount, Decimal::new(123_456, 2)),
            Expected::Percent => (Key::EnterPercent, Decimal::new(215, 1)),
        };
        let places = example.scale();
        self.fill(key, &[&self.number(example, places)])
    }

    fn read(self, text: &str) -> Option<Decimal> {
        let text = text.trim();
        let (negative, unsigned) = match text.strip_prefix(['-', '\u{2212}']) {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = match unsigned.split_once(self.decimal_separator()) {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (unsigned, None),
        };
        let whole = self.ungrouped(whole)?;
        let fraction = fraction.unwrap_or("");
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if !digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
            return None;
        }
        if unsigned.ends_with(self.decimal_separator()) {
            return None;
        }
        let sign = if negative { "-" } else { "" };
        let whole = if whole.is_empty() { "0" } else { &whole };
        let plain = if fraction.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{fraction}")
        };
        Decimal::from_str(&plain).ok()
    }

    /// The digits of a whole part, its group separators removed when each stands before a
    /// group of exactly three digits (and the first group has one to three); `None` otherwise.
    fn ungrouped(self, whole: &str) -> Option<String> {
        let groups: Vec<&str> = whole.split(self.group_separator()).collect();
        let all_digits = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
        let placed = groups.len() == 1
            || ((1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3));
        (all_digits && placed).then(|| groups.concat())
    }
}
