//! One customer's subscriptions replayed together, day by day (N24): first the automatic events
//! of every subscription in the order they began, then the partner's actions in the order they
//! were entered. A renewal or an automatic conversion is checked against the customer's other
//! subscriptions as they stand at that moment (N26, N31), and an add-on is co-termed to its
//! base's calendar on the day it is bought (N23).

use super::action::{action_of, creation_of, Dated};
use super::replay::{Note, Replay, ReplayContext};
use crate::base::say::PreviewNote;
use crate::model::command::Command;
use crate::model::event::Event;
use crate::model::nce::limits::{CheckContext, OtherSubscription};
use crate::model::nce::subscription::NceSubscription;
use chrono::NaiveDate;

/// A subscription of the customer, once its creating event has been replayed.
pub(super) struct Member<'a> {
    pub id: &'a str,
    pub replay: Replay<'a>,
    /// The order of its creating action (the subscription's Order ID).
    pub order_id: String,
    pub parent_id: Option<String>,
    pub nickname: Option<String>,
    /// As it stood at the end of the day asked for.
    pub view_today: Option<NceSubscription>,
}

pub(super) struct CustomerReplay<'a> {
    ctx: ReplayContext<'a>,
    country: &'a str,
    pub members: Vec<Member<'a>>,
}

impl<'a> CustomerReplay<'a> {
    pub fn new(ctx: ReplayContext<'a>, country: &'a str) -> CustomerReplay<'a> {
        CustomerReplay {
            ctx,
            country,
            members: Vec::new(),
        }
    }

    /// Replays `events` (the customer's subscription events, in the order entered) up to
    /// `today`, keeps each subscription's state of that day, then runs on to `until`.
    pub fn run(&mut self, events: &[&'a Event], today: NaiveDate, until: NaiveDate) {
        for event in events {
            self.advance_all(event.date);
            self.record(event);
        }
        self.advance_all(today);
        for m in &mut self.members {
            m.view_today = Some(m.replay.view());
        }
        self.advance_all(until.max(today));
    }

    /// The customer's other subscriptions, as they stand now, that a renewal or conversion of
    /// the `index`-th is checked against: those of its offer or of a trial's targets (P5, T4,
    /// N26, N31).
    fn others_than(&self, index: usize) -> Vec<OtherSubscription> {
        let view = &self.members[index].replay.view;
        let targets = self
            .ctx
            .catalog
            .offer(&view.offer_id)
            .map_or(&[][..], |o| o.conversion_targets.as_slice());
        let concerns = |id: &str| id == view.offer_id || targets.iter().any(|t| t == id);
        self.members
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != index)
            .map(|(_, m)| &m.replay.view)
            .filter(|o| concerns(&o.offer_id) || o.trial_offer_id.as_deref().is_some_and(concerns))
            .map(OtherSubscription::of)
            .collect()
    }

    /// Runs every subscription's automatic events up to and including `to`, day by day, in
    /// the order the subscriptions began.
    fn advance_all(&mut self, to: NaiveDate) {
        // Each subscription's next automatic day, worked out again only when it has advanced
        // (advancing one leaves the others' days as they were).
        let mut next_days: Vec<Option<NaiveDate>> = self
            .members
            .iter()
            .map(|m| m.replay.next_automatic_day())
            .collect();
        while let Some(day) = next_days
            .iter()
            .flatten()
            .copied()
            .filter(|d| *d <= to)
            .min()
        {
            for (index, next_day) in next_days.iter_mut().enumerate() {
                if *next_day != Some(day) {
                    continue;
                }
                let replay = &self.members[index].replay;
                // Only a renewal or a conversion asks about the others.
                let others = if replay.view.renewal_day() == day {
                    self.others_than(index)
                } else {
                    Vec::new()
                };
                let guard = self.guard(&others);
                self.members[index].replay.advance_to(day, &guard);
                *next_day = self.members[index].replay.next_automatic_day();
            }
        }
        let guard = self.guard(&[]);
        for m in &mut self.members {
            m.replay.advance_to(to, &guard);
        }
    }

    fn guard<'g>(&self, others: &'g [OtherSubscription]) -> CheckContext<'g>
    where
        'a: 'g,
    {
        CheckContext {
            catalog: self.ctx.catalog,
            country: self.country,
            others,
        }
    }

    /// One recorded command: a subscription starts, or a partner action applies.
    fn record(&mut self, event: &'a Event) {
        let Some(id) = event.command.target_subscription() else {
            return;
        };
        let day = event.date;
        if let Some(member) = self.members.iter_mut().find(|m| m.id == id) {
            match &event.command {
                Command::SetNickname { nickname, .. } => member.nickname = Some(nickname.clone()),
                command => {
                    if let Some(action) = action_of(command) {
                        // Recorded actions were accepted; one that no longer applies changes nothing.
                        let _ = member.replay.apply(day, &action);
                    }
                }
            }
            return;
        }
        let parent_id = match &event.command {
            Command::BuyAddOn { parent_id, .. } => Some(parent_id.clone()),
            Command::AdoptSubscription(adopted) => adopted.parent_id.clone(),
            _ => None,
        };
        let base = parent_id.as_deref().and_then(|p| {
            let base = self.members.iter().find(|m| m.id == p)?;
            base.replay.view.calendar()
        });
        let Some(action) = creation_of(&event.command, base) else {
            return;
        };
        let (order_id, nickname) = match &event.command {
            Command::Purchase { ids, nickname, .. } => (ids.order_id.clone(), nickname.clone()),
            Command::BuyAddOn { ids, .. } | Command::SignUpTrial { ids, .. } => {
                (ids.order_id.clone(), None)
            }
            Command::AdoptSubscription(adopted) => {
                (adopted.ids.order_id.clone(), adopted.nickname.clone())
            }
            _ => return,
        };
        if let Ok(replay) = Replay::create(self.ctx.clone(), &Dated { day, action }) {
            self.members.push(Member {
                id,
                replay,
                order_id,
                parent_id,
                nickname,
                view_today: None,
            });
        }
    }
}

/// The notes of `day` only: what a preview explains.
pub(super) fn notes_of(notes: &[Note], day: Option<NaiveDate>) -> Vec<PreviewNote> {
    notes
        .iter()
        .filter(|n| Some(n.day) == day)
        .map(|n| n.note.clone())
        .collect()
}
