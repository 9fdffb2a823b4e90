//! Issue 10 item 10: applying a customer import records exactly what the customers' commands
//! record one at a time, all or none, in one pass over the book (a command at a time read the
//! whole book for each customer: 1k/2k/4k rows took 0.46/1.5/3.9 s). `examples/bench_import`
//! times 50,000 rows.

use partnerdesk_core::imports::customer_import::plan_customer_import;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::Customer;
use partnerdesk_core::rules::customers::CustomerBatch;
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::NaiveDate;

fn csv(rows: usize, domain_of: impl Fn(usize) -> String) -> String {
    let mut text = "Company name,Domain,Country,Segment,Reseller MPN ID\n".to_string();
    for i in 0..rows {
        text.push_str(&format!(
            "Imported {i} Ltd.,{},NL,Commercial,\n",
            domain_of(i)
        ));
    }
    text
}

fn planned(text: &str) -> Vec<Command> {
    let mut n = 0;
    let customers = plan_customer_import(text, &[], &mut || {
        n += 1;
        format!("1a1a1a1a-0000-4000-8000-{n:012}")
    })
    .unwrap();
    customers.into_iter().map(Command::CreateCustomer).collect()
}

fn book_and_day() -> (Book, NaiveDate) {
    let book = generated_book(20, 1, 3);
    let day = book.last_event_date().unwrap();
    (book, day)
}

#[test]
fn an_imported_batch_records_what_one_command_at_a_time_records() {
    let (book, day) = book_and_day();
    let commands = planned(&csv(300, |i| format!("imported{i}.example.com")));
    let mut batch = book.clone();
    let recorded = batch.execute_all(commands.clone(), day).unwrap();
    let mut one_by_one = book.clone();
    for command in commands {
        one_by_one.execute(command, day).unwrap();
    }
    assert_eq!(batch, one_by_one);
    assert_eq!(recorded.len(), 300);
    assert_eq!(recorded[0].seq, book.events.len() as u64 + 1);
}

#[test]
fn a_batch_with_a_domain_in_use_is_refused_whole_at_its_customer() {
    let (book, day) = book_and_day();
    let taken = book
        .events
        .iter()
        .find_map(|e| match &e.command {
            Command::CreateCustomer(c) => Some(c.domain.to_uppercase()),
            _ => None,
        })
        .unwrap();
    let mut commands = planned(&csv(5, |i| format!("fresh{i}.example.com")));
    if let Command::CreateCustomer(Customer { domain, .. }) = &mut commands[3] {
        *domain = taken.clone();
    }
    let mut batch = book.clone();
    let (index, refusal) = batch.execute_all(commands.clone(), day).unwrap_err();
    assert_eq!(index, 3);
    assert_eq!(
        refusal.message,
        format!(
            "Another customer already uses the domain {taken}; each customer has its own domain."
        )
    );
    assert_eq!(batch, book, "nothing of the batch is recorded");
    let mut one_by_one = book.clone();
    let single = one_by_one.execute(commands[3].clone(), day).unwrap_err();
    assert_eq!(single, refusal);

    // A domain twice in the batch: the second is refused.
    let mut twice = planned(&csv(4, |i| format!("twice{i}.example.com")));
    if let Command::CreateCustomer(Customer { domain, .. }) = &mut twice[3] {
        *domain = "Twice1.example.com".into();
    }
    let (index, _) = book.clone().execute_all(twice, day).unwrap_err();
    assert_eq!(index, 3);
}

#[test]
fn a_batch_before_the_latest_recorded_day_is_refused_by_h1() {
    let (book, day) = book_and_day();
    let commands = planned(&csv(2, |i| format!("late{i}.example.com")));
    let earlier = day.pred_opt().unwrap();
    let (index, refusal) = book.clone().execute_all(commands, earlier).unwrap_err();
    assert_eq!((index, refusal.rule.as_str()), (0, "H1"));
}

#[test]
fn a_batch_checked_a_few_customers_at_a_time_records_the_same() {
    let (book, day) = book_and_day();
    let commands = planned(&csv(250, |i| format!("chunked{i}.example.com")));
    let customers: Vec<Customer> = commands
        .iter()
        .map(|c| match c {
            Command::CreateCustomer(c) => c.clone(),
            _ => unreachable!(),
        })
        .collect();
    let mut batch = CustomerBatch::new(&book, day).unwrap();
    for chunk in customers.chunks(40) {
        batch.add(chunk).unwrap();
    }
    assert_eq!(batch.len(), 250);
    let mut chunked = book.clone();
    assert!(batch.fits(&chunked));
    let recorded = batch.record(&mut chunked);
    let mut whole = book.clone();
    assert_eq!(whole.execute_all(commands, day).unwrap(), recorded);
    assert_eq!(chunked, whole);

    let mut other = book.clone();
    other
        .execute(
            planned(&csv(1, |_| "other.example.com".into()))[0].clone(),
            day,
        )
        .unwrap();
    assert!(!CustomerBatch::new(&book, day).unwrap().fits(&other));
}
