//! R4, N7: an invoice's total is the exact sum of its lines, rounded to the cent.
//! `Money::sum_to_cents` adds each scale's mantissas as whole numbers and meets the scales once
//! at the end; these tests hold it equal to adding the amounts one by one with `+` and
//! rounding, in value, scale and text.

use partnerdesk_core::base::money::Money;
use proptest::prelude::*;
use rust_decimal::Decimal;

const UNITS: i64 = 100_000_000_000_000;

fn one_by_one(amounts: &[Money]) -> Money {
    amounts
        .iter()
        .fold(Money::ZERO, |total, m| total + *m)
        .round2()
}

fn same(a: Money, b: Money) -> bool {
    a == b && a.decimal().scale() == b.decimal().scale() && a.to_string() == b.to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn r4_sum_to_cents_is_adding_one_by_one(
        // Below 10^14 units at up to 12 decimals, 400 of them stay under 7.9e28 once aligned:
        // adding one by one is exact, so both must give the same cents.
        parts in prop::collection::vec((-UNITS..UNITS, 0u32..=12), 0..400)
    ) {
        let amounts: Vec<Money> =
            parts.iter().map(|(units, scale)| Money::new(*units, *scale)).collect();
        let summed = Money::sum_to_cents(amounts.iter().copied());
        let expected = one_by_one(&amounts);
        prop_assert!(same(summed, expected), "{:?} != {:?}", summed, expected);
    }
}

#[test]
fn r4_sum_to_cents_of_cancelling_amounts() {
    let amounts = [
        Money::new(1005, 3),
        Money::new(-1005, 3),
        Money::new(200, 2),
    ];
    assert!(same(Money::sum_to_cents(amounts), Money::new(200, 2)));
    assert!(same(Money::sum_to_cents([]), Money::new(0, 2)));
    assert!(same(
        Money::sum_to_cents([Money::new(-5, 3)]),
        Money::new(-1, 2)
    ));
}

/// Sums whose parts pass 2^96 on the way (what a Decimal holds) but end below it: adding one
/// by one would overflow; the sum carries into a Decimal and stays exact.
#[test]
fn r4_sum_to_cents_carries_past_the_decimal_limit_on_the_way() {
    let big = Decimal::from_i128_with_scale((1i128 << 95) - 1, 0);
    let amounts = [big, big, big, -big, -big].map(Money);
    assert_eq!(Money::sum_to_cents(amounts).decimal(), big);
    let cents = Decimal::from_i128_with_scale((1i128 << 94) - 1, 2);
    let amounts = [cents, cents, cents, cents, -cents, -cents].map(Money);
    assert_eq!(Money::sum_to_cents(amounts).decimal(), cents * Decimal::TWO);
}
