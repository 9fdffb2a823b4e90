//! What a command would do, without recording anything (issue: "a preview for every command").

use crate::base::money::Money;
use crate::base::rule_error::RuleError;
use crate::base::say::PreviewNote;
use crate::billing::billing_engine;
use crate::billing::commitment::{commitment, period_net, Commitment, PeriodNet};
use crate::billing::derive::{derive_events, Derived};
use crate::model::book::Book;
use crate::model::charge_line::ChargeLine;
use crate::model::command::Command;
use crate::model::event::Event;
use crate::model::status::Status;
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
    /// The dates and money of the command in words, with the figures of the formulas: of the
    /// subscriptions the command acts on, not of others changed the same day.
    pub notes: Vec<PreviewNote>,
    /// What the subscription commits the customer to after a purchase, conversion or change.
    pub commitment: Option<Commitment>,
    /// After a cancellation, what the customer still pays for the current period.
    pub period: Option<PeriodNet>,
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
            commitment: None,
            period: None,
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
    let (sub_before, sub_after) = (find(&before), find(&after));
    let acted_on: Vec<&str> = events
        .iter()
        .filter_map(|e| e.command.target_subscription())
        .collect();
    let period = match (command, target) {
        (Command::Cancel { .. }, Some(id)) => period_net(&after.lines, id, today),
        _ => None,
    };
    Ok(Preview {
        commitment: sub_after
            .as_ref()
            .filter(|a| commits_anew(sub_before.as_ref(), a))
            .and_then(commitment),
        period,
        added_lines: multiset_minus(&after.lines, &before.lines),
        removed_lines: multiset_minus(&before.lines, &after.lines),
        notes: after
            .notes
            .into_iter()
            .filter(|(id, _)| acted_on.contains(&id.as_str()))
            .map(|(_, note)| note)
            .collect(),
        before: sub_before,
        after: sub_after,
        events,
    })
}

/// True when the action starts or changes what the subscription commits the customer to.
fn commits_anew(before: Option<&SubscriptionView>, after: &SubscriptionView) -> bool {
    before.is_none_or(|b| {
        (b.quantity, b.unit_price, b.is_trial(), b.status)
            != (
                after.quantity,
                after.unit_price,
                after.is_trial(),
                after.status,
            )
    }) && after.status == Status::Active
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
