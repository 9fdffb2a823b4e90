//! Customers (SPEC §1): valid fields, a unique id and a unique domain.

use super::context::{unknown_customer, Accepted, CheckContext};
use crate::base::rule_error::RuleError;
use crate::billing::derive::{derive_customer, derive_events};
use crate::model::command::Command;
use crate::model::customer::Customer;

pub fn check_new_customer(
    ctx: &CheckContext<'_>,
    customer: &Customer,
) -> Result<Vec<Accepted>, RuleError> {
    check_customer_fields(customer)?;
    if customer_id_taken(ctx, &customer.id) {
        return Err(RuleError::new(
            "input",
            "A customer with this id exists already.",
        ));
    }
    check_unique_domain(ctx, customer)?;
    Ok(ctx.accepted(Some(&customer.id)))
}

pub fn check_customer_edit(
    ctx: &CheckContext<'_>,
    customer: &Customer,
) -> Result<Vec<Accepted>, RuleError> {
    check_customer_fields(customer)?;
    let exists = derive_customer(ctx.book, &customer.id, ctx.today)
        .customer(&customer.id)
        .is_some();
    if !exists {
        return Err(unknown_customer());
    }
    check_unique_domain(ctx, customer)?;
    Ok(ctx.accepted(Some(&customer.id)))
}

/// True when a customer was ever created with `id`.
fn customer_id_taken(ctx: &CheckContext<'_>, id: &str) -> bool {
    ctx.book
        .events
        .iter()
        .any(|e| matches!(&e.command, Command::CreateCustomer(c) if c.id == id))
}

fn check_customer_fields(customer: &Customer) -> Result<(), RuleError> {
    match customer.validate().into_iter().next() {
        Some(e) => Err(RuleError::new("input", e.message).at(&e.field)),
        None => Ok(()),
    }
}

fn check_unique_domain(ctx: &CheckContext<'_>, customer: &Customer) -> Result<(), RuleError> {
    let customer_events = ctx.book.events.iter().filter(|e| {
        matches!(
            e.command,
            Command::CreateCustomer(_) | Command::EditCustomer(_)
        )
    });
    let everyone = derive_events(ctx.book, customer_events, ctx.today, ctx.today, None);
    let domain = customer.domain.trim();
    let taken = everyone
        .customers
        .iter()
        .any(|other| other.id != customer.id && other.domain.eq_ignore_ascii_case(domain));
    if taken {
        return Err(RuleError::new(
            "input",
            format!("Another customer already uses the domain {domain}; each customer has its own domain."),
        )
        .at("domain"));
    }
    Ok(())
}
