//! The history in words: every recorded action with its date (issue: "a full history"), in
//! English and as data (`history_line`) for the app to word in the partner's language.

use super::history_line::{history_line, undo_line};
use crate::base::dates::us_date;
use crate::base::say::Say;
use crate::model::catalog::{BillingFrequency, Catalog};
use crate::model::command::Command;
use crate::model::corrections::Corrections;
use crate::model::event::Event;
use crate::model::nce::term::TermPlan;
use chrono::NaiveDate;

/// One recorded action in words, and whether a later correction took it back (H2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEntry {
    pub date: NaiveDate,
    /// The line in English.
    pub text: String,
    /// The line as data, for the app to word in the partner's language.
    pub say: Say,
    pub undone: bool,
}

/// `shown` (some of a customer's events, in order) up to `today`, in words; `customer_events`
/// (all of that customer's) say which were undone and what each undo took back.
pub fn history_entries(
    shown: &[Event],
    customer_events: &[Event],
    catalog: &Catalog,
    today: NaiveDate,
) -> Vec<HistoryEntry> {
    let corrections = Corrections::of(customer_events, today);
    shown
        .iter()
        .take_while(|e| e.date <= today)
        .map(|e| {
            let (text, line) = match &e.command {
                Command::UndoAction { seq, .. } => (
                    undo_text(*seq, customer_events),
                    undo_line(*seq, customer_events),
                ),
                _ => (describe(e, catalog), history_line(e, catalog)),
            };
            HistoryEntry {
                date: e.date,
                text,
                say: line.into(),
                undone: corrections.skips(e),
            }
        })
        .collect()
}

fn undo_text(seq: u64, customer_events: &[Event]) -> String {
    match customer_events.iter().find(|e| e.seq == seq) {
        Some(undone) => format!(
            "Action undone: {} of {}",
            undone.command.action_name(),
            us_date(undone.date)
        ),
        None => "Action undone".to_string(),
    }
}

/// Seats and how they are committed: new commerce's term and plan, or a legacy frequency.
fn commitment(quantity: u32, frequency: BillingFrequency, term_plan: Option<TermPlan>) -> String {
    match term_plan {
        Some(tp) => format!("{quantity} seats, {}", tp.label()),
        None => format!(
            "{quantity} licenses, billed {}",
            frequency.label().to_lowercase()
        ),
    }
}

/// One line of history: what was done, in the partner's words.
pub fn describe(event: &Event, catalog: &Catalog) -> String {
    let offer = |id: &str| {
        catalog
            .offer(id)
            .map(|o| o.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let detail = match &event.command {
        Command::CreateCustomer(c) | Command::EditCustomer(c) => {
            format!("{} ({}, {})", c.company_name, c.domain, c.country)
        }
        Command::ChangePrice {
            offer_id,
            from,
            monthly,
            ..
        } => format!(
            "{}: {} per license per month from {}",
            offer(offer_id),
            monthly.round2(),
            us_date(*from)
        ),
        Command::AdoptSubscription(a) => format!(
            "{}, {} licenses, billed {}, term {} to {}",
            offer(&a.offer_id),
            a.quantity,
            a.frequency.label().to_lowercase(),
            us_date(a.term_start),
            us_date(a.term_end)
        ),
        Command::ImportPriceList(plan) => format!(
            "{} offers added, {} prices changed, {} offers retired",
            plan.added.len(),
            plan.changed.len(),
            plan.retired.len()
        ),
        subscription_command => subscription_detail(subscription_command, &offer),
    };
    let cause = if event.caused_by.is_some() {
        " (with its base subscription)"
    } else {
        ""
    };
    if detail.is_empty() {
        format!("{}{cause}", event.command.action_name())
    } else {
        format!("{}: {detail}{cause}", event.command.action_name())
    }
}

/// What a command on a subscription did, in a few words.
fn subscription_detail(command: &Command, offer: &dyn Fn(&str) -> String) -> String {
    match command {
        Command::SignUpTrial { offer_id, .. } => format!("{}, 25 licenses", offer(offer_id)),
        Command::ConvertTrial {
            target_offer_id,
            quantity,
            frequency,
            term_plan,
            ..
        } => format!(
            "to {}, {}",
            offer(target_offer_id),
            commitment(*quantity, *frequency, *term_plan)
        ),
        Command::Purchase {
            offer_id,
            quantity,
            frequency,
            term_plan,
            ..
        } => format!(
            "{}, {}",
            offer(offer_id),
            commitment(*quantity, *frequency, *term_plan)
        ),
        Command::ScheduleChange { change, .. } => format!(
            "{}, {} seats, {}",
            offer(&change.offer_id),
            change.quantity,
            change.term_plan.label()
        ),
        Command::BuyAddOn {
            offer_id, quantity, ..
        } => format!("{}, {} licenses", offer(offer_id), quantity),
        Command::SetAutoRenew { on, .. } => (if *on { "on" } else { "off" }).to_string(),
        Command::ChangeFrequency { frequency, .. } => {
            format!("to {}", frequency.label().to_lowercase())
        }
        Command::ChangeQuantity {
            quantity,
            order: Some(_),
            ..
        } => format!("to {quantity} seats"),
        Command::ChangeQuantity { quantity, .. } => format!("to {quantity} licenses"),
        Command::SetNickname { nickname, .. } => format!("\"{}\"", nickname.trim()),
        _ => String::new(),
    }
}
