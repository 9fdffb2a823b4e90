//! Benchmark: a customer import of 50,000 rows, natively. Prints figures, asserts nothing.
//! `cargo run --release -p partnerdesk-core --example bench_import [rows]`
//!
//! Checking the file (the preview) and applying it (one recorded action), on an empty book and
//! on the generated 10,000-customer book; then, for comparison, a command at a time for a
//! few thousand rows, as applying worked before (quadratic).

use partnerdesk_core::imports::customer_import::plan_customer_import;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::Customer;
use partnerdesk_core::storage::generated_book::{empty_book, generated_book};
use std::time::Instant;

fn csv(rows: usize) -> String {
    let mut text = "Company name,Domain,Country,Segment,Reseller MPN ID\n".to_string();
    for i in 0..rows {
        text.push_str(&format!(
            "Imported {i} Ltd.,imported{i}.example.com,NL,Commercial,\n"
        ));
    }
    text
}

fn existing(book: &Book) -> Vec<Customer> {
    book.events
        .iter()
        .filter_map(|e| match &e.command {
            Command::CreateCustomer(c) => Some(c.clone()),
            _ => None,
        })
        .collect()
}

fn millis(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1e3
}

/// Checks and applies `rows` rows on `book`; (check ms, apply ms).
fn import(book: &Book, rows: usize) -> (f64, f64) {
    let text = csv(rows);
    let day = book
        .last_event_date()
        .unwrap_or_else(|| chrono_day(2018, 6, 1));
    let t = Instant::now();
    let mut n = 0u64;
    let customers = plan_customer_import(&text, &existing(book), &mut || {
        n += 1;
        format!("1a1a1a1a-0000-4000-8000-{n:012}")
    })
    .expect("the generated file is valid");
    let check = millis(t);
    let commands: Vec<Command> = customers.into_iter().map(Command::CreateCustomer).collect();
    let mut target = book.clone();
    let t = Instant::now();
    target
        .execute_all(commands, day)
        .expect("the rows are new customers");
    (check, millis(t))
}

fn chrono_day(y: i32, m: u32, d: u32) -> partnerdesk_core::NaiveDate {
    partnerdesk_core::NaiveDate::from_ymd_opt(y, m, d).expect("a day")
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50_000);
    let (check, apply) = import(&empty_book(), rows);
    println!("{rows} rows on an empty book: check {check:.0} ms, apply {apply:.0} ms");
    let large = generated_book(10_000, 1, 42);
    let (check, apply) = import(&large, rows);
    println!("{rows} rows on the 10,000-customer book: check {check:.0} ms, apply {apply:.0} ms");
    for n in [1_000, 2_000, 4_000] {
        let mut book = empty_book();
        let day = chrono_day(2018, 6, 1);
        let t = Instant::now();
        for (i, c) in existing(&generated_book(n, 1, 9)).into_iter().enumerate() {
            let c = Customer {
                domain: format!("one{i}.example.com"),
                ..c
            };
            book.execute(Command::CreateCustomer(c), day)
                .expect("a new customer");
        }
        println!("a command at a time, {n} rows: {:.0} ms", millis(t));
    }
}
