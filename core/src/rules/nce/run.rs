//! One subscription from its history: each partner action is checked, then applied, in the
//! order entered, after the automatic events of its day (N24). A refused action changes nothing.

use super::checks::{check_action, check_creation, CheckContext};
use crate::base::rule_error::RuleError;
use crate::base::say::NceActionRefusal;
use crate::billing::nce::action::{Creation, Dated, NceAction};
use crate::billing::nce::replay::{Explain, Note, Replay, ReplayContext};
use crate::model::charge_line::ChargeLine;
use crate::model::nce::subscription::NceSubscription;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::sync::Arc;

/// A subscription's history and the days it is looked at.
#[derive(Clone, Copy, Debug)]
pub struct SubscriptionHistory<'a> {
    pub creation: &'a Dated<Creation>,
    /// In the order the partner entered them, dated no earlier than the one before.
    pub actions: &'a [Dated<NceAction>],
    /// The day whose state is shown.
    pub today: NaiveDate,
    /// Lines are produced up to and including this OrderDate.
    pub horizon: NaiveDate,
}

/// An action that did not happen, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// Its place in `SubscriptionHistory::actions`.
    pub index: usize,
    pub day: NaiveDate,
    pub error: RuleError,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionOutcome {
    /// As of `today`.
    pub view: NceSubscription,
    pub lines: Vec<ChargeLine>,
    pub notes: Vec<Note>,
    pub refusals: Vec<Refusal>,
}

/// What one more action would produce: its lines and notes, or the refusal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub lines: Vec<ChargeLine>,
    pub notes: Vec<Note>,
}

fn start<'a>(
    partner_id: &'a str,
    ctx: &'a CheckContext<'a>,
    creation: &Dated<Creation>,
) -> Result<Replay<'a>, RuleError> {
    check_creation(ctx, creation.day, &creation.action)?;
    // A subscription run alone belongs to no customer and is billed without tax.
    let replay_ctx = ReplayContext {
        partner_id,
        customer_id: Arc::from(""),
        tax_percent: Decimal::ZERO,
        catalog: ctx.catalog,
        explain: Explain::EveryDay,
    };
    Replay::create(replay_ctx, creation)
}

/// Checks and applies one action; an action dated before the one before it is refused (N24).
fn step(
    replay: &mut Replay,
    ctx: &CheckContext,
    last_day: &mut NaiveDate,
    action: &Dated<NceAction>,
) -> Result<(), RuleError> {
    if action.day < *last_day {
        return Err(RuleError::new(
            "N24",
            "Actions are recorded in date order; date this one on or after the last.",
        )
        .saying(NceActionRefusal::DateOrder)
        .at("day"));
    }
    replay.advance_to(action.day, ctx);
    check_action(ctx, &replay.view(), action.day, &action.action)?;
    replay.apply(action.day, &action.action)?;
    *last_day = action.day;
    Ok(())
}

/// Replays one subscription. Err only when its creating action is refused.
pub fn run_subscription(
    partner_id: &str,
    ctx: &CheckContext,
    history: SubscriptionHistory,
) -> Result<SubscriptionOutcome, RuleError> {
    let mut replay = start(partner_id, ctx, history.creation)?;
    let mut last_day = history.creation.day;
    let mut refusals = Vec::new();
    let mut view_today = None;
    for (index, action) in history.actions.iter().enumerate() {
        if action.day > history.today && view_today.is_none() {
            replay.advance_to(history.today, ctx);
            view_today = Some(replay.view());
        }
        if let Err(error) = step(&mut replay, ctx, &mut last_day, action) {
            refusals.push(Refusal {
                index,
                day: action.day,
                error,
            });
        }
    }
    let view = view_today.unwrap_or_else(|| {
        replay.advance_to(history.today, ctx);
        replay.view()
    });
    replay.advance_to(history.horizon, ctx);
    let (mut lines, notes) = replay.into_parts();
    lines.retain(|l| l.order_date() <= history.horizon);
    Ok(SubscriptionOutcome {
        view,
        lines,
        notes,
        refusals,
    })
}

/// The lines and notes `next` would add after the history (its day's automatic events are not
/// part of it), or why it is refused. A refused history action stays refused here too.
pub fn preview_action(
    partner_id: &str,
    ctx: &CheckContext,
    history: SubscriptionHistory,
    next: &Dated<NceAction>,
) -> Result<Preview, RuleError> {
    let mut replay = start(partner_id, ctx, history.creation)?;
    let mut last_day = history.creation.day;
    for action in history.actions {
        // Refused history actions changed nothing; the preview skips them the same way.
        let _ = step(&mut replay, ctx, &mut last_day, action);
    }
    replay.advance_to(next.day.max(last_day), ctx);
    let (lines_before, notes_before) = (replay.lines().len(), replay.notes().len());
    step(&mut replay, ctx, &mut last_day, next)?;
    let (lines, notes) = replay.into_parts();
    Ok(Preview {
        lines: lines[lines_before..].to_vec(),
        notes: notes[notes_before..].to_vec(),
    })
}

/// The lines and notes of a creating action, or why it is refused.
pub fn preview_creation(
    partner_id: &str,
    ctx: &CheckContext,
    creation: &Dated<Creation>,
) -> Result<Preview, RuleError> {
    let (lines, notes) = start(partner_id, ctx, creation)?.into_parts();
    Ok(Preview { lines, notes })
}
