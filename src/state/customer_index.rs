//! What the customers list shows, read straight from the history: each customer's current
//! details and how many subscriptions (trials and add-ons included) it has. Nothing is derived,
//! so the list stays quick with 10,000 customers; every rule still lives in the core.

use chrono::NaiveDate;
use partnerdesk_core::base::search_text::{push_folded, SearchWords};
use partnerdesk_core::base::stable_sort::sort_stable_by;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::corrections::Corrections;
use partnerdesk_core::model::customer::Customer;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// One customer of the list. It points into the book rather than copying the customer: with
/// 10,000 customers, one allocation per row instead of eight is most of the list's cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerRow {
    /// The event that last set the customer's details (its creation or latest edit).
    event: usize,
    pub subscriptions: usize,
    /// "name\ndomain\ncountry" in lower case without accents: what a search matches against,
    /// and the keys the list sorts by.
    search_text: String,
    name_end: usize,
    country_start: usize,
}

impl CustomerRow {
    /// The customer's details, from the book the row was read from.
    pub fn customer<'a>(&self, book: &'a Book) -> &'a Customer {
        match &book.events[self.event].command {
            Command::CreateCustomer(c) | Command::EditCustomer(c) => c,
            _ => unreachable!("a row points at a customer event"),
        }
    }

    fn name_key(&self) -> &str {
        &self.search_text[..self.name_end]
    }

    fn country_key(&self) -> &str {
        &self.search_text[self.country_start..]
    }
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

    pub fn parse(key: &str) -> SortBy {
        SortBy::ALL
            .into_iter()
            .find(|s| s.key() == key)
            .unwrap_or(SortBy::Name)
    }
}

/// FNV-1a: customer ids are hashed tens of thousands of times per list; SipHash's defence
/// against crafted keys buys nothing for ids the partner's own book holds.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Every customer that exists as of `today`, ordered by name.
pub fn customer_rows(book: &Book, today: NaiveDate) -> Vec<CustomerRow> {
    let mut rows: Vec<CustomerRow> = Vec::new();
    let mut index: HashMap<&str, usize, BuildHasherDefault<Fnv>> = HashMap::default();
    let corrections = Corrections::of(&book.events, today);
    for (n, e) in book
        .events
        .iter()
        .enumerate()
        .take_while(|(_, e)| e.date <= today)
        .filter(|(_, e)| !corrections.skips(e))
    {
        match &e.command {
            Command::CreateCustomer(c) => {
                index.insert(c.id.as_str(), rows.len());
                rows.push(CustomerRow {
                    event: n,
                    subscriptions: 0,
                    search_text: String::new(),
                    name_end: 0,
                    country_start: 0,
                });
            }
            Command::EditCustomer(c) => {
                if let Some(&i) = index.get(c.id.as_str()) {
                    rows[i].event = n;
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
    rows.retain(|row| !corrections.is_deleted(&row.customer(book).id));
    for row in &mut rows {
        let c = row.customer(book);
        let mut text = String::with_capacity(c.company_name.len() + c.domain.len() + 4);
        push_folded(&c.company_name, &mut text);
        row.name_end = text.len();
        text.push('\n');
        push_folded(&c.domain, &mut text);
        text.push('\n');
        row.country_start = text.len();
        push_folded(&c.country, &mut text);
        row.search_text = text;
    }
    // Sorted once here, so the usual view (by name) needs no sort, and the other sorts, being
    // stable, keep names in order among equals.
    sort_stable_by(&mut rows, |a, b| a.name_key().cmp(b.name_key()));
    rows
}

/// Indices of the rows matching `query` (every word, in any order), sorted.
pub fn select(rows: &[CustomerRow], query: &str, sort: SortBy) -> Vec<usize> {
    let words = SearchWords::new(query);
    let mut found: Vec<usize> = (0..rows.len())
        .filter(|&i| words.found_in(&rows[i].search_text))
        .collect();
    match sort {
        SortBy::Name => {}
        SortBy::Country => sort_stable_by(&mut found, |&i, &j| {
            rows[i].country_key().cmp(rows[j].country_key())
        }),
        SortBy::Subscriptions => sort_stable_by(&mut found, |&i, &j| {
            rows[j].subscriptions.cmp(&rows[i].subscriptions)
        }),
    }
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
    use partnerdesk_core::model::catalog::BillingFrequency;
    use partnerdesk_core::model::command::NewIds;
    use partnerdesk_core::model::customer::Segment;
    use partnerdesk_core::model::sample_catalog::{sample_catalog, E3};
    use partnerdesk_core::model::settings::PartnerSettings;

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
                    reference_id: None,
                },
                customer_id: customer(2, "", "").id,
                offer_id: E3.into(),
                quantity: 3,
                frequency: BillingFrequency::Monthly,
                nickname: None,
                term_plan: None,
            },
            d(2, 1),
        )
        .unwrap();
        b
    }

    #[test]
    fn rows_count_subscriptions_as_of_today() {
        let b = book();
        let fabrikam = |rows: Vec<CustomerRow>| {
            rows.into_iter()
                .find(|r| r.customer(&b).company_name == "Fabrikam")
                .unwrap()
                .subscriptions
        };
        assert_eq!(fabrikam(customer_rows(&b, d(1, 31))), 0);
        assert_eq!(fabrikam(customer_rows(&b, d(2, 1))), 1);
        assert!(customer_rows(&b, NaiveDate::from_ymd_opt(2017, 12, 31).unwrap()).is_empty());
    }

    #[test]
    fn an_edited_customer_is_found_and_sorted_by_its_new_name() {
        let mut b = book();
        let mut renamed = customer(1, "Zürich Öl AG", "CH");
        renamed.domain = "oel.onmicrosoft.com".into();
        b.execute(Command::EditCustomer(renamed), d(2, 2)).unwrap();
        let rows = customer_rows(&b, d(3, 1));
        let last = rows.last().unwrap();
        assert_eq!(last.customer(&b).company_name, "Zürich Öl AG");
        assert_eq!(select(&rows, "ÖL", SortBy::Name), vec![rows.len() - 1]);
        // Issue 14.9: accents and case are ignored both ways.
        assert_eq!(
            select(&rows, "zurich ol", SortBy::Name),
            vec![rows.len() - 1]
        );
        assert_eq!(select(&rows, "ZÜRICH", SortBy::Name), vec![rows.len() - 1]);
        assert_eq!(select(&rows, "ch", SortBy::Country), vec![rows.len() - 1]);
    }

    #[test]
    fn search_and_sort() {
        let b = book();
        let rows = customer_rows(&b, d(3, 1));
        let names = |found: Vec<usize>| -> Vec<String> {
            found
                .iter()
                .map(|&i| rows[i].customer(&b).company_name.clone())
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
