//! Each locale's figures as CLDR writes them (measured with Node's Intl, ICU 78).

use chrono::NaiveDate;
use partnerdesk_core::Money;
use partnerdesk_l10n::{Expected, Lang};
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn cents(n: i64) -> Money {
    Money::new(n, 2)
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn dates() {
    let day = d(2026, 11, 29);
    assert_eq!(Lang::En.date(day), "Sun 29 Nov 2026");
    assert_eq!(Lang::Nl.date(day), "29-11-2026");
    assert_eq!(Lang::De.date(day), "29.11.2026");
    assert_eq!(Lang::Nl.date(d(2018, 6, 1)), "01-06-2018");
    assert_eq!(Lang::De.date(d(2018, 6, 1)), "01.06.2018");
    assert_eq!(Lang::En.date(d(2018, 6, 1)), "Fri 1 Jun 2018");
    assert_eq!(
        Lang::De.span(d(2018, 6, 1), d(2018, 6, 30)),
        "01.06.2018 – 30.06.2018"
    );
}

#[test]
fn months_as_the_dashboard_chart_labels_them() {
    assert_eq!(Lang::En.month(d(2018, 6, 1)), "Jun 2018");
    assert_eq!(Lang::Nl.month(d(2026, 3, 1)), "mrt 2026");
    assert_eq!(Lang::De.month(d(2026, 3, 1)), "März 2026");
    assert_eq!(Lang::De.month(d(2026, 12, 1)), "Dez. 2026");
}

#[test]
fn money_in_euros() {
    let cases = [
        (
            Lang::Nl,
            ["€\u{a0}1.234,56", "€\u{a0}-1.234,56", "€\u{a0}0,00"],
        ),
        (
            Lang::De,
            ["1.234,56\u{a0}€", "-1.234,56\u{a0}€", "0,00\u{a0}€"],
        ),
        (Lang::En, ["1,234.56 EUR", "-1,234.56 EUR", "0.00 EUR"]),
    ];
    for (lang, [positive, negative, zero]) in cases {
        assert_eq!(lang.money(cents(123_456), "EUR"), positive);
        assert_eq!(lang.money(cents(-123_456), "EUR"), negative);
        assert_eq!(lang.money(Money::ZERO, "EUR"), zero);
    }
}

#[test]
fn money_in_other_currencies() {
    assert_eq!(Lang::Nl.money(cents(123_456), "USD"), "US$\u{a0}1.234,56");
    assert_eq!(Lang::De.money(cents(123_456), "USD"), "1.234,56\u{a0}$");
    assert_eq!(Lang::Nl.money(cents(100), "CHF"), "CHF\u{a0}1,00");
    assert_eq!(Lang::De.money(cents(100), "AUD"), "1,00\u{a0}AU$");
    assert_eq!(Lang::En.money(Money::from_int(7200), "USD"), "7,200.00 USD");
}

#[test]
fn amounts_round_half_away_from_zero_and_group_thousands() {
    assert_eq!(Lang::En.amount(Money::new(123_456_789, 2)), "1,234,567.89");
    assert_eq!(Lang::Nl.amount(Money::new(123_456_789, 2)), "1.234.567,89");
    assert_eq!(Lang::De.amount(Money::new(-100_000, 2)), "-1.000,00");
    assert_eq!(Lang::Nl.amount(Money::new(1005, 3)), "1,01");
    assert_eq!(Lang::Nl.amount(Money::new(-1005, 3)), "-1,01");
    assert_eq!(Lang::Nl.amount(Money::new(-1, 3)), "0,00");
    assert_eq!(Lang::En.amount(Money::new(-3000, 2)), "-30.00");
    assert_eq!(Lang::De.count(12_500), "12.500");
    assert_eq!(Lang::En.count(999), "999");
}

#[test]
fn percentages() {
    assert_eq!(Lang::Nl.percent(dec("21.5")), "21,5%");
    assert_eq!(Lang::De.percent(dec("21.50")), "21,5\u{a0}%");
    assert_eq!(Lang::En.percent(dec("21.5")), "21.5%");
    assert_eq!(Lang::De.percent(dec("-5")), "-5\u{a0}%");
    assert_eq!(Lang::Nl.percent(dec("100.00")), "100%");
    assert_eq!(Lang::Nl.percent(dec("0.25")), "0,25%");
}

#[test]
fn the_decimal_separator_of_the_locale_is_the_decimal() {
    assert_eq!(Lang::Nl.parse_percent("21,5"), Ok(dec("21.5")));
    assert_eq!(Lang::De.parse_percent(" 21,5 % "), Ok(dec("21.5")));
    assert_eq!(Lang::De.parse_percent("21,5\u{a0}%"), Ok(dec("21.5")));
    assert_eq!(Lang::En.parse_percent("21.5%"), Ok(dec("21.5")));
    assert_eq!(Lang::Nl.parse_number("1.234,56"), Ok(dec("1234.56")));
    assert_eq!(Lang::Nl.parse_number("1.234"), Ok(dec("1234")));
    assert_eq!(Lang::En.parse_number("1,234,567.8"), Ok(dec("1234567.8")));
    assert_eq!(Lang::De.parse_number(",5"), Ok(dec("0.5")));
    assert_eq!(Lang::De.parse_amount("\u{a0}-12,50 "), Ok(cents(-1250)));
    assert_eq!(Lang::Nl.parse_amount("\u{2212}0,01"), Ok(cents(-1)));
    assert_eq!(Lang::En.parse_amount("0"), Ok(Money::ZERO));
}

#[test]
fn anything_else_is_refused() {
    let refused = [
        (Lang::Nl, "21.5"),
        (Lang::De, "21.50"),
        (Lang::En, "21,5"),
        (Lang::Nl, "1.23,4"),
        (Lang::Nl, "12.34.567"),
        (Lang::Nl, "1234.567"),
        (Lang::En, "1,2345"),
        (Lang::Nl, ".123"),
        (Lang::Nl, "21,"),
        (Lang::Nl, "2,1,5"),
        (Lang::Nl, ""),
        (Lang::Nl, " "),
        (Lang::Nl, "-"),
        (Lang::Nl, ","),
        (Lang::Nl, "--1"),
        (Lang::Nl, "+1"),
        (Lang::De, "1e3"),
        (Lang::De, "zehn"),
        (Lang::De, "1 000"),
        (Lang::En, "$12"),
        (Lang::En, "12 %%"),
    ];
    for (lang, text) in refused {
        assert_eq!(
            lang.parse_number(text),
            Err(Expected::Number),
            "{lang:?} {text:?}"
        );
        assert!(lang.parse_percent(text).is_err(), "{lang:?} {text:?}");
    }
    assert_eq!(Lang::Nl.parse_amount("12.5"), Err(Expected::Amount));
}

#[test]
fn a_refusal_shows_the_form_expected() {
    assert_eq!(
        Lang::Nl.unreadable(Expected::Percent),
        "Vul een percentage in, zoals 21,5."
    );
    assert_eq!(
        Lang::De.unreadable(Expected::Amount),
        "Geben Sie einen Betrag ein, zum Beispiel 1.234,56."
    );
    assert_eq!(
        Lang::En.unreadable(Expected::Number),
        "Enter a number, such as 1,234.56."
    );
}
