//! What a command would do, without recording anything (issue: "a preview for every command").

use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::billing::billing_engine;
use crate::billing::derive::{derive_events, Derived};
use crate::model::book::Book;
use crate::model::charge_line::ChargeLine;
use crate::model::command::Command;
use crate::model::event::Event;
use crate::model::subscription::SubscriptionView;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// The events the command would record (with those it sets off).
    pub events: Vec<Event>,
    /// The subscription acted on, before and after (None when it does not exist yet).
    pub before: Option<SubscriptionView>,
    pub after: Option<SubscriptionView>,
    /// Charge lines the command adds, each with the billing date of its invoice.
    pub added_lines: Vec<ChargeLine>,
    /// Charge lines that were expected and no longer will be (a cycle fee after a cancellation).
    pub removed_lines: Vec<ChargeLine>,
    /// The dates and money of the command in words, with the figures of the formulas.
    pub notes: Vec<String>,
}

impl Preview {
    /// The net effect on the partner's invoices.
    pub fn net_amount(&self) -> Money {
        let added: Money = self.added_lines.iter().map(|l| l.amount).sum();
        let removed: Money = self.removed_lines.iter().map(|l| l.amount).sum();
        (added - removed).round2()
    }
}

pub fn preview(book: &Book, command: &Command, today: NaiveDate) -> Result<Preview, RuleError> {
    let events = book.accept(command.clone(), today)?;
    let Some(customer) = events.first().and_then(|e| e.customer_id.clone()) else {
        // Catalog actions touch no invoice before their effective date; nothing to derive.
        return Ok(Preview {
            events,
            before: None,
            after: None,
            added_lines: Vec::new(),
            removed_lines: Vec::new(),
            notes: Vec::new(),
        });
    };
    let settings = &book.settings;
    let horizon = billing_engine(settings.profile).preview_horizon(today, settings.billing_day);
    let before = derive_events(book, book.customer_events(&customer), today, horizon, None);
    let after = derive_events(
        book,
        book.customer_events(&customer).chain(events.iter()),
        today,
        horizon,
        Some(today),
    );
    let target = command.target_subscription();
    let find = |d: &Derived| target.and_then(|id| d.subscription(id).cloned());
    Ok(Preview {
        before: find(&before),
        after: find(&after),
        added_lines: multiset_minus(&after.lines, &before.lines),
        removed_lines: multiset_minus(&before.lines, &after.lines),
        notes: after.notes,
        events,
    })
}

/// The lines of `a` that `b` does not have, counting repeats.
fn multiset_minus(a: &[ChargeLine], b: &[ChargeLine]) -> Vec<ChargeLine> {
    let mut left: Vec<Option<&ChargeLine>> = b.iter().map(Some).collect();
    a.iter()
        .filter(
            |line| match left.iter_mut().find(|x| x.is_some_and(|l| l == *line)) {
                Some(slot) => {
                    *slot = None;
                    false
                }
                None => true,
            },
        )
        .cloned()
        .collect()
}
