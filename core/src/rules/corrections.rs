//! Corrections (PartnerDesk's own rules, docs/rules.md H2 and H3): the most recent action of a
//! customer taken back while no invoice has been issued since, and a customer without
//! subscriptions taken out of the book. Both are recorded; nothing is rewritten.

use super::context::{Accepted, CheckContext};
use crate::base::dates::us_date;
use crate::base::rule_error::RuleError;
use crate::base::say::BookRefusal;
use crate::billing::billing_engine;
use crate::model::book::Book;
use crate::model::command::Command;
use crate::model::corrections::Corrections;
use crate::model::event::Event;
use chrono::NaiveDate;

/// The check of a correction command, for every rules profile.
pub fn check_correction(ctx: &CheckContext<'_>) -> Result<Vec<Accepted>, RuleError> {
    match ctx.command {
        Command::UndoAction { customer_id, seq } => check_undo(ctx, customer_id, *seq),
        Command::DeleteCustomer { customer_id } => check_delete(ctx, customer_id),
        _ => Err(RuleError::new("input", "That is not a correction.")
            .saying(BookRefusal::NotACorrection)),
    }
}

/// The action of `customer_id` an undo would take back as of `today`: the latest one that is
/// neither undone, nor a correction, nor set off by another action.
pub fn last_undoable<'a>(
    book: &'a Book,
    customer_id: &'a str,
    today: NaiveDate,
) -> Option<&'a Event> {
    let events = book.customer_events(customer_id);
    let corrections = Corrections::of(events.clone(), today);
    events
        .take_while(|e| e.date <= today)
        .filter(|e| !corrections.skips(e) && e.caused_by.is_none())
        .filter(|e| !matches!(e.command, Command::UndoAction { .. }))
        .last()
}

/// H2: only the customer's most recent action, only while no invoice was issued after it.
fn check_undo(
    ctx: &CheckContext<'_>,
    customer_id: &str,
    seq: u64,
) -> Result<Vec<Accepted>, RuleError> {
    ctx.customer_state(customer_id)?;
    let last = last_undoable(ctx.book, customer_id, ctx.today)
        .filter(|e| e.seq == seq)
        .ok_or_else(|| {
            RuleError::new(
                "H2",
                "Only the customer's most recent action can be undone; the list of actions has changed, so look at the history again.",
            )
.saying(BookRefusal::OnlyMostRecentUndone)
        })?;
    if matches!(last.command, Command::CreateCustomer(_)) {
        return Err(RuleError::new(
            "H2",
            "The customer's only action is its creation; to take the customer out of the book, delete it.",
        )
.saying(BookRefusal::CreationNotUndone));
    }
    // The first invoice that can hold the action's lines: one dated on the action's day too.
    let engine = billing_engine(ctx.book.settings.profile);
    let day_before = last.date.pred_opt().unwrap_or(last.date);
    let first_invoice = engine.upcoming_billing_date(day_before, ctx.book.settings.billing_day);
    if first_invoice <= engine.closed_through(ctx.today) {
        return Err(RuleError::new(
            "H2",
            format!(
                "This action was taken on {} and the invoice of {} has been issued since; record the opposite action instead (for example, change the licenses back).",
                us_date(last.date),
                us_date(first_invoice)
            ),
        )
.saying(BookRefusal::InvoicedSince { taken: last.date, invoice: first_invoice }));
    }
    Ok(ctx.accepted(Some(customer_id)))
}

/// H3: a customer with subscriptions stays, because its invoices name it.
fn check_delete(ctx: &CheckContext<'_>, customer_id: &str) -> Result<Vec<Accepted>, RuleError> {
    let state = ctx.customer_state(customer_id)?;
    if state.subscriptions_of(customer_id).next().is_some() {
        return Err(RuleError::new(
            "H3",
            "This customer has subscriptions, which its invoices name, so it stays in the book; a customer can be deleted only before anything was bought or signed up for.",
        )
.saying(BookRefusal::CustomerHasSubscriptions));
    }
    Ok(ctx.accepted(Some(customer_id)))
}
