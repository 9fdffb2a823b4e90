//! Customers (SPEC §1): valid fields, a unique id and a unique domain. Every rules profile
//! checks customers alike, with this module.
//!
//! The ids and domains in use are read once into a `Directory`: one customer is checked
//! against the directory of the book, and a batch (an import of 50,000 customers) against one
//! directory that grows as it goes, so recording the batch is linear in its size.

use super::bounds::check_today;
use super::check::history_moves_forward;
use super::context::{unknown_customer, Accepted, CheckContext};
use crate::base::rule_error::RuleError;
use crate::base::say::BookRefusal;
use crate::model::book::Book;
use crate::model::command::Command;
use crate::model::corrections::Corrections;
use crate::model::customer::Customer;
use crate::model::event::Event;
use chrono::NaiveDate;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// The customer ids ever created, and who uses each domain as of a day. Borrowed from the
/// book while one customer is checked; owned by a batch that outlives it.
#[derive(Default)]
struct Directory<'a> {
    ids: HashSet<Cow<'a, str>>,
    /// Domains in ASCII lower case, as they compare.
    domains: HashMap<String, Cow<'a, str>>,
    /// When set, the one customer checked: only its id and its domain are kept, so that a
    /// book's ten thousand customers cost no copy and no hashing each.
    focus: Option<Focus>,
}

struct Focus {
    id: String,
    /// In ASCII lower case.
    domain: String,
}

impl<'a> Directory<'a> {
    fn of(book: &'a Book, today: NaiveDate) -> Directory<'a> {
        Directory::reading(book, today, Directory::default())
    }

    /// The directory of `book` for checking `customer` alone: whether its id is taken, and
    /// who uses its domain.
    fn for_one(book: &'a Book, today: NaiveDate, customer: &Customer) -> Directory<'a> {
        let focus = Focus {
            id: customer.id.clone(),
            domain: customer.domain.trim().to_ascii_lowercase(),
        };
        let directory = Directory {
            focus: Some(focus),
            ..Directory::default()
        };
        Directory::reading(book, today, directory)
    }

    fn reading(book: &'a Book, today: NaiveDate, mut directory: Directory<'a>) -> Directory<'a> {
        let corrections = Corrections::of(&book.events, today);
        let events = &book.events;
        for (i, e) in events.iter().enumerate() {
            if corrections.skips(e) {
                continue;
            }
            match &e.command {
                Command::CreateCustomer(c) => {
                    directory.add_id(&c.id);
                    if e.date <= today {
                        directory.set_domain(c, Cow::Borrowed(&c.id));
                    }
                }
                Command::EditCustomer(c)
                    if e.date <= today
                        && directory.edit_applies(c, || {
                            created_before(&events[..i], &corrections, &c.id)
                        }) =>
                {
                    directory.domains.retain(|_, owner| *owner != c.id);
                    directory.set_domain(c, Cow::Borrowed(&c.id));
                }
                // H3: a deleted customer's domain is free again; its id stays taken.
                Command::DeleteCustomer { customer_id } if e.date <= today => {
                    directory.domains.retain(|_, owner| owner != customer_id);
                }
                _ => {}
            }
        }
        directory
    }

    fn add_id(&mut self, id: &'a str) {
        if self.focus.as_ref().is_none_or(|f| f.id == id) {
            self.ids.insert(Cow::Borrowed(id));
        }
    }

    /// Whether an edit of `customer` changes the directory: its customer exists (`created`
    /// looks that up in the history, when only one customer's id is kept).
    fn edit_applies(&self, customer: &Customer, created: impl FnOnce() -> bool) -> bool {
        let Some(focus) = &self.focus else {
            return self.ids.contains(&*customer.id);
        };
        // Only an edit that moves the kept domain changes what is kept.
        let moves = self.domains.values().any(|owner| *owner == customer.id)
            || focus.domain.eq_ignore_ascii_case(customer.domain.trim());
        moves && (self.ids.contains(&*customer.id) || created())
    }

    /// The same directory, no longer borrowing the book.
    fn into_owned(self) -> Directory<'static> {
        Directory {
            ids: self
                .ids
                .into_iter()
                .map(|id| Cow::Owned(id.into_owned()))
                .collect(),
            domains: self
                .domains
                .into_iter()
                .map(|(domain, owner)| (domain, Cow::Owned(owner.into_owned())))
                .collect(),
            focus: self.focus,
        }
    }

    fn set_domain(&mut self, customer: &Customer, owner: Cow<'a, str>) {
        let domain = customer.domain.trim();
        let kept = self
            .focus
            .as_ref()
            .is_none_or(|f| f.domain.eq_ignore_ascii_case(domain));
        if kept {
            self.domains.insert(domain.to_ascii_lowercase(), owner);
        }
    }

    fn check_new(&self, customer: &Customer) -> Result<(), RuleError> {
        check_customer_fields(customer)?;
        if self.ids.contains(&*customer.id) {
            return Err(
                RuleError::new("input", "A customer with this id exists already.")
                    .saying(BookRefusal::CustomerIdTaken),
            );
        }
        self.check_unique_domain(customer)
    }

    fn check_unique_domain(&self, customer: &Customer) -> Result<(), RuleError> {
        let domain = customer.domain.trim();
        let owner = self.domains.get(&domain.to_ascii_lowercase());
        if owner.is_some_and(|id| *id != customer.id) {
            return Err(RuleError::new(
                "input",
                format!("Another customer already uses the domain {domain}; each customer has its own domain."),
            )
.saying(BookRefusal::DomainTaken { domain: domain.to_string() })
            .at("domain"));
        }
        Ok(())
    }
}

/// Whether a customer `id` was created among `events`, as the corrections leave them.
fn created_before(events: &[Event], corrections: &Corrections, id: &str) -> bool {
    events.iter().any(|e| {
        !corrections.skips(e) && matches!(&e.command, Command::CreateCustomer(c) if c.id == id)
    })
}

pub fn check_new_customer(
    ctx: &CheckContext<'_>,
    customer: &Customer,
) -> Result<Vec<Accepted>, RuleError> {
    Directory::for_one(ctx.book, ctx.today, customer).check_new(customer)?;
    Ok(ctx.accepted(Some(&customer.id)))
}

pub fn check_customer_edit(
    ctx: &CheckContext<'_>,
    customer: &Customer,
) -> Result<Vec<Accepted>, RuleError> {
    check_customer_fields(customer)?;
    let directory = Directory::for_one(ctx.book, ctx.today, customer);
    if !directory.ids.contains(&*customer.id) {
        return Err(unknown_customer());
    }
    directory.check_unique_domain(customer)?;
    Ok(ctx.accepted(Some(&customer.id)))
}

fn check_customer_fields(customer: &Customer) -> Result<(), RuleError> {
    match customer.validate().into_iter().next() {
        Some(e) => {
            let mut refusal = RuleError::new("input", e.message).at(&e.field);
            refusal.say = e.say.map(Box::new);
            Err(refusal)
        }
        None => Ok(()),
    }
}

/// Records `customers` as of `today`, each checked as `check_new_customer` checks one, as one
/// action: all are recorded, or none. A refusal names the index of the customer refused.
pub fn record_new_customers(
    book: &mut Book,
    customers: &[&Customer],
    today: NaiveDate,
) -> Result<Vec<Event>, (usize, RuleError)> {
    let mut batch = CustomerBatch::new(book, today).map_err(|e| (0, e))?;
    batch.add(customers.iter().copied())?;
    Ok(batch.record(book))
}

/// New customers checked a few thousand at a time against one directory of the book, then
/// recorded at once: `record_new_customers` for a page that shows its progress.
pub struct CustomerBatch {
    directory: Directory<'static>,
    today: NaiveDate,
    first_seq: u64,
    /// The book's events when the batch began: `record` appends to that book only.
    base_events: usize,
    events: Vec<Event>,
}

impl CustomerBatch {
    /// A batch recorded on `book` as of `today`, or why nothing can be recorded today.
    pub fn new(book: &Book, today: NaiveDate) -> Result<CustomerBatch, RuleError> {
        check_today(today)?;
        history_moves_forward(book, today)?;
        Ok(CustomerBatch {
            directory: Directory::of(book, today).into_owned(),
            today,
            first_seq: book.events.last().map_or(1, |e| e.seq + 1),
            base_events: book.events.len(),
            events: Vec::new(),
        })
    }

    /// Customers checked so far.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Checks the next `customers`; a refusal names the customer's index in the whole batch.
    pub fn add<'a>(
        &mut self,
        customers: impl IntoIterator<Item = &'a Customer>,
    ) -> Result<(), (usize, RuleError)> {
        for customer in customers {
            let index = self.events.len();
            self.directory.check_new(customer).map_err(|e| (index, e))?;
            self.directory.ids.insert(Cow::Owned(customer.id.clone()));
            self.directory
                .set_domain(customer, Cow::Owned(customer.id.clone()));
            self.events.push(Event {
                seq: self.first_seq + index as u64,
                date: self.today,
                customer_id: Some(customer.id.clone()),
                caused_by: None,
                command: Command::CreateCustomer(customer.clone()),
            });
        }
        Ok(())
    }

    /// Whether `book` is still the book the batch was checked against.
    pub fn fits(&self, book: &Book) -> bool {
        book.events.len() == self.base_events
            && book.events.last().map_or(1, |e| e.seq + 1) == self.first_seq
    }

    /// Appends the checked customers to `book`, which must be the book of `new` (`fits`), and
    /// returns the recorded events.
    pub fn record(self, book: &mut Book) -> Vec<Event> {
        book.events.extend(self.events.iter().cloned());
        self.events
    }
}
