//! The whole book derived a piece at a time (issue 13, "No long tasks"): its events sorted out
//! some thousands a step, then a few hundred customers' subscriptions replayed a step, then
//! their lines merged by billing date a few dates a step, so that the app can derive a large
//! book between turns of the event loop instead of in one task the page can't answer during.
//! The result is exactly `derive_span`'s (core/tests/derive_in_steps.rs checks it with random
//! budgets).
//!
//! A customer's subscriptions are replayed together: new commerce replays a customer's
//! subscriptions as one, and a license-based add-on follows its base's terms (A3). Customers
//! don't read each other's events, which is also what the incremental derivation
//! (`derive_patch`) rests on.

use super::derive::{month_bounds, split_replays, upcoming_billing_date, Basis, Derived};
use super::derive_group::{Grouped, Grouping};
use super::derive_patch::LineSpan;
use super::engine::{Program, Replay, SubscriptionEvents};
use super::line_merge::LineMerge;
use crate::base::fast_hash::FastHashMap;
use crate::base::say::PreviewNote;
use crate::model::book::Book;
use crate::model::command::Command;
use crate::model::customer::Customer;
use crate::model::event::Event;
use crate::model::subscription::SubscriptionView;
use chrono::NaiveDate;
use std::ops::RangeInclusive;
use std::slice::Iter;

/// Events sorted out, and lines merged, for one unit of work (a subscription replayed): what
/// takes about as long natively on the generated books.
const EVENTS_PER_WORK: usize = 40;
const LINES_PER_WORK: usize = 40;

/// How far a derivation in steps has come: customers replayed, of all who have subscriptions
/// (both 0 while the events are being sorted out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub of: usize,
}

enum Stage<'a> {
    Sorting(Grouping<'a, Iter<'a, Event>>),
    Replaying(Replaying<'a>),
    Merging {
        subscriptions: Vec<SubscriptionView>,
        notes: Vec<(String, PreviewNote)>,
        merge: LineMerge,
    },
}

/// The subscriptions being replayed a few customers at a time.
struct Replaying<'a> {
    subscriptions: Vec<SubscriptionEvents<'a>>,
    /// Each customer's subscriptions (their places in `subscriptions`), the customers in the
    /// order their first subscription began.
    blocks: Vec<Vec<usize>>,
    next_block: usize,
    /// License-based books replay subscriptions in the order they began.
    in_order_begun: bool,
    /// License-based: by the subscription's place, the order of the replays at once. New
    /// commerce's come customer by customer, as the blocks do: in the order replayed.
    replays: Vec<Option<Replay>>,
    /// The replays' lines prepared to merge as they come.
    merge: LineMerge,
}

/// A derivation of `book` as of a day, run a step at a time with `step`.
pub struct DeriveSteps<'a> {
    basis: Basis<'a>,
    book: &'a Book,
    today: NaiveDate,
    /// The upcoming invoice's billing date (`Derived::horizon`).
    horizon: NaiveDate,
    customers: Vec<Customer>,
    /// Customers replayed, once all are.
    replayed: usize,
    stage: Stage<'a>,
}

impl<'a> DeriveSteps<'a> {
    /// The derivation `derive_span(book, today, span)`, nothing done yet.
    pub fn new(book: &'a Book, today: NaiveDate, span: LineSpan) -> DeriveSteps<'a> {
        match span {
            LineSpan::Every => {
                let upcoming = upcoming_billing_date(book, today);
                DeriveSteps::with_lines(book, today, upcoming, NaiveDate::MIN..=upcoming)
            }
            LineSpan::Months(window) => {
                let (upcoming, from, until) = month_bounds(book, today, window);
                DeriveSteps::with_lines(book, today, upcoming, from..=until)
            }
        }
    }

    /// The book as of `today` with the lines billed on the days of `lines`; `horizon` is the
    /// upcoming invoice's billing date.
    pub(super) fn with_lines(
        book: &'a Book,
        today: NaiveDate,
        horizon: NaiveDate,
        lines: RangeInclusive<NaiveDate>,
    ) -> DeriveSteps<'a> {
        DeriveSteps {
            basis: Basis::new(book, today, *lines.end(), *lines.start(), None),
            book,
            today,
            horizon,
            customers: Vec::new(),
            replayed: 0,
            stage: Stage::Sorting(Grouping::new(book.events.iter(), today)),
        }
    }

    /// Does about `work` units of the derivation: a unit is a subscription replayed, or as
    /// long a time of sorting out events or merging lines. At least one customer a step.
    pub fn step(&mut self, work: usize) -> Progress {
        match &mut self.stage {
            Stage::Sorting(grouping) => {
                if grouping.feed(work.saturating_mul(EVENTS_PER_WORK).max(1)) {
                    self.start_replays();
                }
            }
            Stage::Replaying(_) => self.replay_customers(work),
            Stage::Merging { merge, .. } => {
                merge.step(work.saturating_mul(LINES_PER_WORK));
            }
        }
        self.progress()
    }

    pub fn progress(&self) -> Progress {
        match &self.stage {
            Stage::Sorting(_) => Progress { done: 0, of: 0 },
            Stage::Replaying(r) => Progress {
                done: r.next_block,
                of: r.blocks.len(),
            },
            Stage::Merging { .. } => Progress {
                done: self.replayed,
                of: self.replayed,
            },
        }
    }

    /// Whether every step is done: `finish` then gives the derivation at once.
    pub fn is_done(&self) -> bool {
        matches!(&self.stage, Stage::Merging { merge, .. } if merge.is_done())
    }

    /// The derivation, its remaining steps done at once.
    pub fn finish(mut self) -> Derived {
        while !self.is_done() {
            self.step(usize::MAX);
        }
        let Stage::Merging {
            subscriptions,
            notes,
            merge,
        } = self.stage
        else {
            unreachable!("done only once merging")
        };
        Derived {
            profile: self.book.settings.profile,
            today: self.today,
            horizon: self.horizon,
            customers: self.customers,
            subscriptions,
            lines: merge.into_lines(),
            notes,
        }
    }

    /// The events sorted out: the customers taken, their subscriptions in blocks to replay.
    fn start_replays(&mut self) {
        let placeholder = Stage::Replaying(Replaying {
            subscriptions: Vec::new(),
            blocks: Vec::new(),
            next_block: 0,
            in_order_begun: false,
            replays: Vec::new(),
            merge: LineMerge::default(),
        });
        let Stage::Sorting(grouping) = std::mem::replace(&mut self.stage, placeholder) else {
            return;
        };
        let grouped = grouping.finish();
        let in_order_begun = self.basis.engine().program() == Program::LicenseBased;
        let blocks = customer_blocks(&grouped, in_order_begun);
        let mut replays = Vec::new();
        if in_order_begun {
            replays.resize_with(grouped.subscriptions.len(), || None);
        }
        self.customers = grouped.customers;
        self.stage = Stage::Replaying(Replaying {
            subscriptions: grouped.subscriptions,
            blocks,
            next_block: 0,
            in_order_begun,
            replays,
            merge: LineMerge::default(),
        });
    }

    /// Replays the next customers' subscriptions, about `work` of them; once all are, their
    /// lines are set to merge.
    fn replay_customers(&mut self, work: usize) {
        let Stage::Replaying(r) = &mut self.stage else {
            return;
        };
        let mut places = Vec::new();
        while let Some(block) = r.blocks.get(r.next_block) {
            if places.len() >= work.max(1) {
                break;
            }
            places.extend_from_slice(block);
            r.next_block += 1;
        }
        let chunk: Vec<SubscriptionEvents<'a>> = places
            .iter()
            .map(|&i| SubscriptionEvents {
                id: r.subscriptions[i].id,
                events: std::mem::take(&mut r.subscriptions[i].events),
            })
            .collect();
        let input = self.basis.input(&self.customers);
        let mut replays = self.basis.engine().replay_all(&chunk, &input);
        for replay in &mut replays {
            r.merge.prepare(&mut replay.lines);
        }
        if !r.in_order_begun {
            r.replays.extend(replays.into_iter().map(Some));
        } else {
            // In the order given, less the subscriptions left out: matched by id.
            let mut given = places.iter().zip(&chunk);
            for replay in replays {
                let place = given.find(|(_, s)| s.id == replay.view.id).map(|(&i, _)| i);
                if let Some(i) = place {
                    r.replays[i] = Some(replay);
                }
            }
        }
        if r.next_block == r.blocks.len() {
            self.replayed = r.blocks.len();
            let split = split_replays(r.replays.drain(..).flatten());
            let mut merge = std::mem::take(&mut r.merge);
            merge.start(split.runs);
            self.stage = Stage::Merging {
                subscriptions: split.views,
                notes: split.notes,
                merge,
            };
        }
    }
}

/// Each customer's subscriptions (their places), the customers in the order their first
/// subscription began; a license-based add-on with its base, whose terms it follows (A3).
fn customer_blocks(grouped: &Grouped<'_>, follow_bases: bool) -> Vec<Vec<usize>> {
    let mut blocks: Vec<Vec<usize>> = Vec::new();
    let mut block_of_customer: FastHashMap<Option<&str>, usize> = FastHashMap::default();
    let mut block_of: Vec<usize> = Vec::with_capacity(grouped.subscriptions.len());
    for (i, sub) in grouped.subscriptions.iter().enumerate() {
        let first = sub.events.first();
        let base = first
            .filter(|_| follow_bases)
            .and_then(|e| match &e.command {
                Command::BuyAddOn { parent_id, .. } => grouped.places.get(parent_id.as_str()),
                _ => None,
            });
        let block = match base.and_then(|&b| block_of.get(b)) {
            Some(&block) => block,
            None => {
                let customer = first.and_then(|e| e.customer_id.as_deref());
                *block_of_customer.entry(customer).or_insert_with(|| {
                    blocks.push(Vec::new());
                    blocks.len() - 1
                })
            }
        };
        block_of.push(block);
        blocks[block].push(i);
    }
    blocks
}
