//! SPEC §1 and H3: a customer's id is unique and so is its domain, a deleted customer's domain
//! is free again. One customer is checked against the history read for its id and domain
//! alone, a batch against the directory of every customer: after random histories of
//! creations, edits, deletions and undone actions, both must answer alike.

use chrono::NaiveDate;
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::Customer;
use partnerdesk_core::rules::customers::record_new_customers;
use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
use proptest::prelude::*;
use std::sync::OnceLock;

fn customer(id: u8, domain: u8) -> Customer {
    static TEMPLATE: OnceLock<Customer> = OnceLock::new();
    let mut customer = TEMPLATE
        .get_or_init(|| match generated_customer(0) {
            Command::CreateCustomer(customer) => customer,
            _ => unreachable!("a generated customer"),
        })
        .clone();
    customer.id = format!("be7c0000-0000-4000-8000-{id:012}");
    // Case and spaces differ between spellings of one domain: they compare alike.
    customer.domain = match domain % 3 {
        0 => format!("shared{}.example.com", domain / 3),
        1 => format!(" Shared{}.Example.com", domain / 3),
        _ => format!("SHARED{}.example.COM ", domain / 3),
    };
    customer
}

/// One step of a random history: (kind, customer, domain).
fn command(book: &Book, (kind, id, domain): (u8, u8, u8)) -> Command {
    match kind % 4 {
        0 => Command::CreateCustomer(customer(id, domain)),
        1 => Command::EditCustomer(customer(id, domain)),
        2 => Command::DeleteCustomer {
            customer_id: customer(id, 0).id,
        },
        _ => Command::UndoAction {
            customer_id: customer(id, 0).id,
            seq: book.events.last().map_or(1, |e| e.seq),
        },
    }
}

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 3, 1).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn h3_one_customer_is_checked_as_a_batch_checks_it(
        steps in prop::collection::vec((0u8..4, 0u8..6, 0u8..12, 0i64..3), 0..40),
        new in (0u8..8, 0u8..12),
    ) {
        let mut book = empty_book();
        let mut today = start();
        for (kind, id, domain, later) in steps {
            today = add_days(today, later);
            let next = command(&book, (kind, id, domain));
            // Refused steps change nothing: the history holds what the rules accepted.
            let _ = book.execute(next, today);
        }
        let candidate = customer(new.0, new.1);
        let one = book
            .accept(Command::CreateCustomer(candidate.clone()), today)
            .map(|events| events.len())
            .map_err(|e| e.message);
        let batch = record_new_customers(&mut book.clone(), &[&candidate], today)
            .map(|events| events.len())
            .map_err(|(_, e)| e.message);
        prop_assert_eq!(one, batch);
    }
}
