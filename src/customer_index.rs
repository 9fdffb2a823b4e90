//! What the customers list shows, read straight from the history: each customer's current
//! details and how many subscriptions (trials and add-ons included) it has. Nothing is derived,
//! so the list stays quick with 10,000 customers; every rule still lives in the core.

use chrono::NaiveDate;
use partnerdesk_core::book::Book;
use partnerdesk_core::command::Command;
use partnerdesk_core::customer::Customer;
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerRow {
    pub customer: Customer,
    pub subscriptions: usize,
    /// Name, domain and country in lower case: what a search matches against.
    search_text: String,
    /// The name in lower case, computed once rather than in every comparison of a sort.
    sort_name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Name,
    Country,
    Subscriptions,
}

impl SortBy {
    pub const ALL: [SortBy; 3] = [SortBy::Name, SortBy::Country, SortBy::Subscriptions];

    pub fn key(self) -> &'static str {
        match self {
            SortBy::Name => "name",
            SortBy::Country => "country",
            SortBy::Subscriptions => "subscriptions",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortBy::Name => "Company name",
            SortBy::Country => "Country",
            SortBy::Subscriptions => "Number of subscriptions (most first)",
        }
    }

    pub fn parse(key: &str) -> SortBy {
        SortBy::ALL
            .into_iter()
            .find(|s| s.key() == key)
            .unwrap_or(SortBy::Name)
    }
}

/// Every customer that exists as of `today`, in the order they were created.
pub fn customer_rows(book: &Book, today: NaiveDate) -> Vec<CustomerRow> {
    let mut rows: Vec<CustomerRow> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for e in book.events.iter().take_while(|e| e.date <= today) {
        match &e.command {
            Command::CreateCustomer(c) => {
                index.insert(c.id.as_str(), rows.len());
                rows.push(CustomerRow {
                    customer: c.clone(),
                    subscriptions: 0,
                    search_text: String::new(),
                    sort_name: String::new(),
                });
            }
            Command::EditCustomer(c) => {
                if let Some(&i) = index.get(c.id.as_str()) {
                    rows[i].customer = c.clone();
                }
            }
            Command::SignUpTrial { .. } | Command::Purchase { .. } | Command::BuyAddOn { .. } => {
                let row = e.customer_id.as_deref().and_then(|id| index.get(id));
                if let Some(&i) = row {
                    rows[i].subscriptions += 1;
                }
            }
            _ => {}
        }
    }
    for row in &mut rows {
        let c = &row.customer;
        row.sort_name = c.company_name.to_lowercase();
        row.search_text = format!("{} {} {}", row.sort_name, c.domain, c.country).to_lowercase();
    }
    rows
}

/// Indices of the rows matching `query` (every word, in any order), sorted.
pub fn select(rows: &[CustomerRow], query: &str, sort: SortBy) -> Vec<usize> {
    let words: Vec<String> = query.split_whitespace().map(|w| w.to_lowercase()).collect();
    let mut found: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            words
                .iter()
                .all(|w| rows[i].search_text.contains(w.as_str()))
        })
        .collect();
    let by_name = |a: &CustomerRow, b: &CustomerRow| a.sort_name.cmp(&b.sort_name);
    found.sort_by(|&i, &j| {
        let (a, b) = (&rows[i], &rows[j]);
        match sort {
            SortBy::Name => by_name(a, b),
            SortBy::Country => a
                .customer
                .country
                .cmp(&b.customer.country)
                .then_with(|| by_name(a, b)),
            SortBy::Subscriptions => b
                .subscriptions
                .cmp(&a.subscriptions)
                .then_with(|| by_name(a, b)),
        }
    });
    found
}

/// One page of a list: which rows, and "page X of Y".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// 1-based, clamped to the pages there are.
    pub number: usize,
    pub count: usize,
    pub first: usize,
    pub end: usize,
}

pub fn page(total: usize, per_page: usize, wanted: usize) -> Page {
    let count = total.div_ceil(per_page).max(1);
    let number = wanted.clamp(1, count);
    let first = (number - 1) * per_page;
    Page {
        number,
        count,
        first,
        end: (first + per_page).min(total),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use partnerdesk_core::catalog::BillingFrequency;
    use partnerdesk_core::command::NewIds;
    use partnerdesk_core::customer::Segment;
    use partnerdesk_core::sample_catalog::{sample_catalog, E3};
    use partnerdesk_core::settings::PartnerSettings;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2018, m, day).unwrap()
    }

    fn customer(n: u32, name: &str, country: &str) -> Customer {
        Customer {
            id: format!("00000000-0000-4000-8000-{n:012}"),
            company_name: name.into(),
            domain: format!("c{n}.onmicrosoft.com"),
            country: country.into(),
            segment: Segment::Commercial,
            reseller_mpn_id: None,
        }
    }

    fn book() -> Book {
        let mut b = Book::new(
            PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into()),
            sample_catalog(),
        );
        for (n, name, country) in [
            (1, "Contoso", "US"),
            (2, "Fabrikam", "NL"),
            (3, "Adatum", "US"),
        ] {
            b.execute(Command::CreateCustomer(customer(n, name, country)), d(1, 1))
                .unwrap();
        }
        b.execute(
            Command::Purchase {
                ids: NewIds {
                    subscription_id: "5ab50000-0000-4000-8000-000000000001".into(),
                    billing_id: "b1110000-0000-4000-8000-000000000001".into(),
                    order_id: "100000000000000001".into(),
                },
                customer_id: customer(2, "", "").id,
                offer_id: E3.into(),
                quantity: 3,
                frequency: BillingFrequency::Monthly,
                nickname: None,
            },
            d(2, 1),
        )
        .unwrap();
        b
    }

    #[test]
    fn rows_count_subscriptions_as_of_today() {
        let b = book();
        assert_eq!(customer_rows(&b, d(1, 31))[1].subscriptions, 0);
        assert_eq!(customer_rows(&b, d(2, 1))[1].subscriptions, 1);
        assert!(customer_rows(&b, NaiveDate::from_ymd_opt(2017, 12, 31).unwrap()).is_empty());
    }

    #[test]
    fn search_and_sort() {
        let rows = customer_rows(&book(), d(3, 1));
        let names = |found: Vec<usize>| -> Vec<String> {
            found
                .iter()
                .map(|&i| rows[i].customer.company_name.clone())
                .collect()
        };
        assert_eq!(
            names(select(&rows, "", SortBy::Name)),
            ["Adatum", "Contoso", "Fabrikam"]
        );
        assert_eq!(
            names(select(&rows, "us", SortBy::Country)),
            ["Adatum", "Contoso"]
        );
        assert_eq!(
            names(select(&rows, "", SortBy::Subscriptions))[0],
            "Fabrikam"
        );
        assert_eq!(
            names(select(&rows, "c2.onmicrosoft", SortBy::Name)),
            ["Fabrikam"]
        );
    }

    #[test]
    fn pages_are_clamped() {
        assert_eq!(
            page(0, 50, 1),
            Page {
                number: 1,
                count: 1,
                first: 0,
                end: 0
            }
        );
        assert_eq!(page(10_000, 50, 200).end, 10_000);
        assert_eq!(
            page(120, 50, 9),
            Page {
                number: 3,
                count: 3,
                first: 100,
                end: 120
            }
        );
    }
}
