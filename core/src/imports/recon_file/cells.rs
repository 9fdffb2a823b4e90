//! The cells of a partner's reconciliation file as Partner Center writes them and as Excel
//! re-saves them: dates with or without a time of day, amounts with a decimal dot or comma.

use crate::base::money::Money;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::str::FromStr;

/// Text as it was meant: R5's leading `'` in front of a formula-like start is taken off again,
/// and bytes that are not UTF-8 (an Excel "CSV" saved in a Windows code page) are replaced.
pub fn text(bytes: &[u8]) -> Cow<'_, str> {
    let mut bytes = bytes.trim_ascii();
    if let [b'\'', b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r', ..] = bytes {
        bytes = &bytes[1..];
    }
    match std::str::from_utf8(bytes) {
        Ok(valid) => Cow::Borrowed(valid),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// `6/30/2018 23:59`, `6/30/2018`, `6/30/2018 11:59:00 PM`, `2018-06-30 23:59` or
/// `2018-06-30T23:59:00`: the date, whatever time of day follows. The year has four digits.
pub fn date(text: &str) -> Option<NaiveDate> {
    let bytes = text.trim_ascii().as_bytes();
    let (first, rest) = leading_number(bytes)?;
    let separator = *rest.first().filter(|b| matches!(b, b'/' | b'-'))?;
    let (second, rest) = leading_number(&rest[1..])?;
    let (third, rest) = leading_number(rest.strip_prefix(&[separator])?)?;
    let (year, month, day) = match separator {
        b'/' => (third, first, second),
        _ => (first, second, third),
    };
    let time_of_day = match rest {
        [] => true,
        [b' ' | b'T', time @ ..] => std::str::from_utf8(time).is_ok_and(is_time_of_day),
        _ => false,
    };
    let short = |(n, digits): (u32, usize)| (digits <= 2).then_some(n);
    if !time_of_day || year.1 != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year.0).ok()?, short(month)?, short(day)?)
}

/// The digits at the start of `bytes` (one to four of them) as a number with its count of
/// digits, and what follows.
fn leading_number(bytes: &[u8]) -> Option<((u32, usize), &[u8])> {
    let count = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=4).contains(&count) {
        return None;
    }
    let n = bytes[..count]
        .iter()
        .fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    Some(((n, count), &bytes[count..]))
}

/// A number of 1 or 2 digits.
fn two_digits(text: &str) -> bool {
    (1..=2).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// `0:00`, `23:59`, `23:59:00`, `11:59:00 PM`.
fn is_time_of_day(text: &str) -> bool {
    let clock = text
        .strip_suffix("AM")
        .or_else(|| text.strip_suffix("PM"))
        .unwrap_or(text)
        .trim_end();
    let mut parts = clock.split(':');
    let count = parts.clone().count();
    (2..=3).contains(&count) && parts.all(two_digits)
}

/// An amount with a decimal dot or a decimal comma, with or without thousands separators:
/// `30.00`, `-30,00`, `1,234.56`, `1.234,56`. When both marks appear the last one is the
/// decimal mark; one mark appearing once is the decimal mark; a mark that repeats separates
/// thousands. Partner Center writes no thousands separators, so `1,234` reads as 1.234.
pub fn amount(text: &str) -> Option<Money> {
    let text = text.trim();
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty()
        || !digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        || !digits.as_bytes()[0].is_ascii_digit()
    {
        return None;
    }
    let last_dot = digits.rfind('.');
    let last_comma = digits.rfind(',');
    let decimal_mark = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
        (Some(_), None) if digits.matches('.').count() == 1 => Some('.'),
        (None, Some(_)) if digits.matches(',').count() == 1 => Some(','),
        _ => None,
    };
    let mut plain = String::with_capacity(text.len());
    if text.starts_with('-') {
        plain.push('-');
    }
    for c in digits.chars() {
        match c {
            '.' | ',' if Some(c) == decimal_mark => plain.push('.'),
            '.' | ',' => {}
            digit => plain.push(digit),
        }
    }
    Decimal::from_str(&plain).ok().map(Money)
}

/// A count of licenses: `5`, or `5.00` / `5,00` from a spreadsheet that formatted it.
pub fn quantity(text: &str) -> Option<u32> {
    let text = text.trim();
    if let Ok(n) = text.parse::<u32>() {
        return Some(n);
    }
    let value = amount(text)?.decimal();
    (value.fract().is_zero() && !value.is_sign_negative())
        .then(|| value.trunc().to_string().parse().ok())
        .flatten()
}

/// An id as PartnerDesk keeps it: trimmed and in lower case (GUIDs are case-blind).
pub fn id(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn r3_dates_are_read_with_or_without_their_time_of_day() {
        assert_eq!(date("6/30/2018 23:59"), day(2018, 6, 30));
        assert_eq!(date("6/1/2018 0:00"), day(2018, 6, 1));
        assert_eq!(date(" 6/1/2018 "), day(2018, 6, 1));
        assert_eq!(date("06/01/2018 11:59:00 PM"), day(2018, 6, 1));
        assert_eq!(date("2018-06-30 23:59"), day(2018, 6, 30));
        assert_eq!(date("2018-06-30T23:59:00"), day(2018, 6, 30));
        assert_eq!(date("13/1/2018"), None);
        assert_eq!(date("6/1/18"), None);
        assert_eq!(date("01.06.2018"), None);
        assert_eq!(date("6/1/2018 noon"), None);
        assert_eq!(date(""), None);
    }

    #[test]
    fn amounts_take_a_decimal_dot_or_comma() {
        let m = |s: &str| amount(s).map(|m| m.to_string());
        assert_eq!(m("30.00"), Some("30.00".into()));
        assert_eq!(m("-30,00"), Some("-30.00".into()));
        assert_eq!(m("1,234.56"), Some("1234.56".into()));
        assert_eq!(m("1.234,56"), Some("1234.56".into()));
        assert_eq!(m("1.234.567"), Some("1234567.00".into()));
        assert_eq!(m("21.29"), Some("21.29".into()));
        assert_eq!(m("30"), Some("30.00".into()));
        assert_eq!(amount("thirty"), None);
        assert_eq!(amount("--3"), None);
        assert_eq!(amount(".5"), None);
        assert_eq!(amount(""), None);
    }

    #[test]
    fn quantities_are_whole_counts() {
        assert_eq!(quantity("12"), Some(12));
        assert_eq!(quantity("12,00"), Some(12));
        assert_eq!(quantity("12.5"), None);
        assert_eq!(quantity("-1"), None);
        assert_eq!(quantity("many"), None);
    }

    #[test]
    fn r5_neutralised_text_is_read_back_as_it_was_meant() {
        assert_eq!(text(b"'=HYPERLINK(1)"), "=HYPERLINK(1)");
        assert_eq!(text(b"'Contoso"), "'Contoso");
        assert_eq!(text(b" Contoso "), "Contoso");
        assert_eq!(text(b"M\xfcller"), "M\u{fffd}ller");
    }
}
