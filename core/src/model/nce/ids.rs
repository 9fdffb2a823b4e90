//! N28: ids of the lines that no partner action made, stable across re-derivations.

use chrono::{Datelike, NaiveDate};
use uuid::Uuid;

/// The name-based UUID (v5) of the partner id and "SubscriptionId|ChargeType|OrderDate|n", where
/// n counts that subscription's events of that kind on that day from 1.
pub fn derived_id(
    partner_id: &str,
    subscription_id: &str,
    charge_type: &str,
    order_date: NaiveDate,
    n: u32,
) -> String {
    IdNamespace::of(partner_id).derived_id(subscription_id, charge_type, order_date, n)
}

/// The namespaces a file spells a line's derived ids in, worked out once for all its rows: a
/// renewal's or automatic conversion's id is named in the partner id as entered (the replay's),
/// the other derived ReferenceIds in the partner id as the file writes it, in lower case. The
/// two differ only for a partner id that is not a GUID.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartnerIds {
    pub terms: IdNamespace,
    pub references: IdNamespace,
}

impl PartnerIds {
    pub fn of(partner_id: &str) -> PartnerIds {
        PartnerIds {
            terms: IdNamespace::of(partner_id),
            references: IdNamespace::of(&partner_id.to_lowercase()),
        }
    }
}

/// The partner's namespace of derived ids, worked out once for the many ids of a replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdNamespace(Uuid);

impl IdNamespace {
    pub fn of(partner_id: &str) -> IdNamespace {
        // A partner id is a GUID (checked in Settings); anything else still gets a stable namespace.
        IdNamespace(
            Uuid::parse_str(partner_id)
                .unwrap_or_else(|_| Uuid::new_v5(&Uuid::NAMESPACE_OID, partner_id.as_bytes())),
        )
    }

    /// `derived_id` in this namespace.
    pub fn derived_id(
        self,
        subscription_id: &str,
        charge_type: &str,
        order_date: NaiveDate,
        n: u32,
    ) -> String {
        let mut name = String::with_capacity(subscription_id.len() + charge_type.len() + 24);
        name.push_str(subscription_id);
        if name.is_ascii() {
            name.make_ascii_lowercase();
        } else {
            name = subscription_id.to_lowercase();
        }
        // Spelled by hand, not formatted: a book derives an id for every renewal.
        name.push('|');
        name.push_str(charge_type);
        name.push('|');
        push_number(&mut name, order_date.month());
        name.push('/');
        push_number(&mut name, order_date.day());
        name.push('/');
        match u32::try_from(order_date.year()) {
            Ok(year) => push_number(&mut name, year),
            Err(_) => name.push_str(&order_date.year().to_string()),
        }
        name.push('|');
        push_number(&mut name, n);
        let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
        Uuid::new_v5(&self.0, name.as_bytes())
            .hyphenated()
            .encode_lower(&mut text)
            .to_string()
    }
}

/// `n` in decimal digits, as `Display` writes it.
fn push_number(text: &mut String, n: u32) {
    let mut digits = [0u8; 10];
    let mut rest = n;
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    text.extend(digits[start..].iter().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::dates::UsDate;

    #[test]
    fn n28_the_name_spells_numbers_and_dates_as_display_does() {
        for n in [0, 7, 10, 99, 2025, 4_294_967_295] {
            let mut text = String::new();
            push_number(&mut text, n);
            assert_eq!(text, n.to_string());
        }
        let day = NaiveDate::from_ymd_opt(2025, 11, 3).expect("a date");
        let ns = IdNamespace::of("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        let name = format!("abc-def|renew|{}|2", UsDate(day));
        let expected = Uuid::new_v5(&ns.0, name.as_bytes())
            .hyphenated()
            .to_string();
        assert_eq!(ns.derived_id("ABC-Def", "renew", day, 2), expected);
    }
}
