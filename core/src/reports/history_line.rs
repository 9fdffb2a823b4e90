//! A line of a customer's history as data (`base::say::HistoryLine`), for the app to word in
//! the partner's language; `history` writes the same line in English.

use crate::base::say::{ActionLabel, Commitment, HistoryDetail, HistoryLine};
use crate::model::catalog::{BillingFrequency, Catalog};
use crate::model::command::Command;
use crate::model::event::Event;
use crate::model::nce::term::TermPlan;

/// The line of an undo of the event `seq` among `customer_events`.
pub(super) fn undo_line(seq: u64, customer_events: &[Event]) -> HistoryLine {
    let detail = match customer_events.iter().find(|e| e.seq == seq) {
        Some(undone) => HistoryDetail::Undid {
            action: undone.command.action_label(),
            on: undone.date,
        },
        None => HistoryDetail::Nothing,
    };
    HistoryLine {
        action: ActionLabel::ActionUndone,
        detail,
        with_base: false,
    }
}

/// One line of history as data.
pub fn history_line(event: &Event, catalog: &Catalog) -> HistoryLine {
    let offer = |id: &str| {
        catalog
            .offer(id)
            .map(|o| o.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let detail = match &event.command {
        Command::CreateCustomer(c) | Command::EditCustomer(c) => HistoryDetail::Customer {
            name: c.company_name.clone(),
            domain: c.domain.clone(),
            country: c.country.clone(),
        },
        Command::ChangePrice {
            offer_id,
            from,
            monthly,
            ..
        } => HistoryDetail::Price {
            offer: offer(offer_id),
            monthly: monthly.round2(),
            from: *from,
        },
        Command::AdoptSubscription(a) => HistoryDetail::Recorded {
            offer: offer(&a.offer_id),
            quantity: a.quantity,
            cadence: a.frequency.into(),
            start: a.term_start,
            end: a.term_end,
        },
        Command::ImportPriceList(plan) => HistoryDetail::PriceList {
            added: count(plan.added.len()),
            changed: count(plan.changed.len()),
            retired: count(plan.retired.len()),
        },
        subscription_command => subscription_detail(subscription_command, &offer),
    };
    HistoryLine {
        action: event.command.action_label(),
        detail,
        with_base: event.caused_by.is_some(),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What a command on a subscription did, in a few words.
fn subscription_detail(command: &Command, offer: &dyn Fn(&str) -> String) -> HistoryDetail {
    let commitment =
        |quantity: u32, frequency: BillingFrequency, term_plan: Option<TermPlan>| match term_plan {
            Some(tp) => Commitment::Seats {
                quantity,
                term_plan: tp.into(),
            },
            None => Commitment::Licenses {
                quantity,
                cadence: frequency.into(),
            },
        };
    match command {
        Command::SignUpTrial { offer_id, .. } => HistoryDetail::TrialOf {
            offer: offer(offer_id),
        },
        Command::ConvertTrial {
            target_offer_id,
            quantity,
            frequency,
            term_plan,
            ..
        } => HistoryDetail::ConvertedTo {
            offer: offer(target_offer_id),
            commitment: commitment(*quantity, *frequency, *term_plan),
        },
        Command::Purchase {
            offer_id,
            quantity,
            frequency,
            term_plan,
            ..
        } => HistoryDetail::Bought {
            offer: offer(offer_id),
            commitment: commitment(*quantity, *frequency, *term_plan),
        },
        Command::ScheduleChange { change, .. } => HistoryDetail::Scheduled {
            offer: offer(&change.offer_id),
            quantity: change.quantity,
            term_plan: change.term_plan.into(),
        },
        Command::BuyAddOn {
            offer_id, quantity, ..
        } => HistoryDetail::AddOn {
            offer: offer(offer_id),
            quantity: *quantity,
        },
        Command::SetAutoRenew { on, .. } => HistoryDetail::AutoRenew { on: *on },
        Command::ChangeFrequency { frequency, .. } => HistoryDetail::ToCadence {
            cadence: (*frequency).into(),
        },
        Command::ChangeQuantity {
            quantity,
            order: Some(_),
            ..
        } => HistoryDetail::ToSeats {
            quantity: *quantity,
        },
        Command::ChangeQuantity { quantity, .. } => HistoryDetail::ToLicenses {
            quantity: *quantity,
        },
        Command::SetNickname { nickname, .. } => HistoryDetail::Nickname {
            nickname: nickname.trim().to_string(),
        },
        _ => HistoryDetail::Nothing,
    }
}
