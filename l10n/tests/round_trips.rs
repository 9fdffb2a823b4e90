//! Properties: what a locale writes, it reads back as the same figure, for any amount,
//! negative, zero or large, and any percentage.
#![cfg(not(target_arch = "wasm32"))]

use partnerdesk_core::Money;
use partnerdesk_l10n::Lang;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

/// Cents from −10 billion to 10 billion, with 0 and small amounts well represented.
fn cents() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(0i64),
        -1000i64..1000,
        -1_000_000_000_000i64..1_000_000_000_000
    ]
}

proptest! {
    #[test]
    fn an_amount_reads_back_as_written(lang in lang(), cents in cents()) {
        let amount = Money::new(cents, 2);
        prop_assert_eq!(lang.parse_amount(&lang.amount(amount)), Ok(amount));
    }

    #[test]
    fn a_number_reads_back_as_written(lang in lang(), units in cents(), places in 0u32..5) {
        let number = Decimal::new(units, places);
        prop_assert_eq!(lang.parse_number(&lang.number(number, places)), Ok(number));
    }

    #[test]
    fn a_percentage_reads_back_as_written(lang in lang(), hundredths in -10_000i64..=10_000) {
        let percent = Decimal::new(hundredths, 2);
        prop_assert_eq!(lang.parse_percent(&lang.percent(percent)), Ok(percent));
    }

    #[test]
    fn money_shows_the_amount_as_written(lang in lang(), cents in cents()) {
        let amount = Money::new(cents, 2);
        prop_assert!(lang.money(amount, "EUR").contains(&lang.amount(amount)));
    }
}
