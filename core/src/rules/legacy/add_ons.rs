//! Add-ons follow their base (SPEC C9, C10, §7): cancelling, reactivating or changing the
//! billing frequency of a base does the same to its add-ons, each with its own lines.

use crate::billing::derive::Derived;
use crate::model::command::Command;
use crate::model::subscription::{Status, SubscriptionView};
use crate::rules::context::{Accepted, CheckContext};

/// The command accepted for `base`, then the same command for each add-on that follows it.
pub(super) fn with_add_ons(
    ctx: &CheckContext<'_>,
    state: &Derived,
    base: &SubscriptionView,
) -> Vec<Accepted> {
    let mut accepted = ctx.accepted(Some(&base.customer_id));
    let add_ons = state
        .subscriptions
        .iter()
        .filter(|s| s.parent_id.as_deref() == Some(base.id.as_str()));
    for add_on in add_ons {
        if let Some(command) = followed_by(ctx.command, base, add_on) {
            accepted.push(Accepted {
                customer_id: Some(base.customer_id.clone()),
                command,
                caused_by: Some(0),
            });
        }
    }
    accepted
}

/// What `add_on` does when its base does `command`: active add-ons are cancelled and change
/// frequency with it; those suspended with it come back with it.
fn followed_by(
    command: &Command,
    base: &SubscriptionView,
    add_on: &SubscriptionView,
) -> Option<Command> {
    let subscription_id = add_on.id.clone();
    match command {
        Command::Cancel { .. } if add_on.status == Status::Active => Some(Command::Cancel {
            subscription_id,
            order: None,
        }),
        Command::Reactivate { .. }
            if add_on.status == Status::Suspended && add_on.suspended_on == base.suspended_on =>
        {
            Some(Command::Reactivate { subscription_id })
        }
        Command::ChangeFrequency { frequency, .. } if add_on.status == Status::Active => {
            Some(Command::ChangeFrequency {
                subscription_id,
                frequency: *frequency,
                order_id: None,
            })
        }
        _ => None,
    }
}
