//! New commerce seats rebuilt from the lines of a file, as Microsoft's documentation has
//! partners do it [NCE-BILL]: a seat change is a refund of the old count and a charge for the
//! new one, the two lines sharing a ReferenceId (N13, N14). Following each subscription's
//! events in order gives the seats it ends the month with.

use crate::base::money::Money;
use crate::model::recon_line::ReconLine;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// One line, as much of it as seats need.
#[derive(Clone, Debug)]
struct SeatLine {
    order_date: NaiveDate,
    reference_id: Arc<str>,
    cancels: bool,
    quantity: u32,
    amount: Money,
}

/// The lines of each subscription, taken as they are read.
#[derive(Clone, Debug, Default)]
pub struct SeatLedger {
    by_subscription: HashMap<Arc<str>, Vec<SeatLine>>,
}

/// A subscription's seats at the end of the month, and the amount of its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seats {
    pub seats: u32,
    pub amount: Money,
}

impl SeatLedger {
    /// Takes a line; a subscription's lines are kept in the order they come.
    pub fn add(&mut self, line: &ReconLine) {
        self.by_subscription
            .entry(Arc::clone(&line.subscription_id))
            .or_default()
            .push(SeatLine {
                order_date: line.order_date.unwrap_or(line.charge_start),
                reference_id: Arc::clone(&line.reference_id),
                cancels: line.charge_type.eq_ignore_ascii_case("cancelImmediate"),
                quantity: line.quantity,
                amount: line.amount,
            });
    }

    /// Each subscription's seats after its last event, by subscription id.
    pub fn seats(&self) -> BTreeMap<Arc<str>, Seats> {
        self.by_subscription
            .iter()
            .map(|(id, lines)| (Arc::clone(id), rebuild(lines)))
            .collect()
    }
}

/// The events of one subscription in order, each event being the lines of one ReferenceId:
/// after a cancellation no seat is left; otherwise the seats are those of the event's charge
/// line (the new count of a pair, the paid line of a conversion). Events go by OrderDate; on
/// one day, a pair whose refund is for the seats held goes next, so that the pairs chain up
/// whatever order the file lists them in.
fn rebuild(lines: &[SeatLine]) -> Seats {
    let mut days: BTreeMap<NaiveDate, Vec<Vec<&SeatLine>>> = BTreeMap::new();
    let mut event_of: HashMap<&str, (NaiveDate, usize)> = HashMap::new();
    for l in lines {
        let events = days.entry(l.order_date).or_default();
        // A line without a ReferenceId is an event of its own.
        let known = (!l.reference_id.is_empty())
            .then(|| event_of.get(&*l.reference_id))
            .flatten()
            .filter(|(day, _)| *day == l.order_date);
        match known {
            Some(&(_, at)) => events[at].push(l),
            None => {
                event_of.insert(&l.reference_id, (l.order_date, events.len()));
                events.push(vec![l]);
            }
        }
    }
    let mut seats = 0;
    for mut events in days.into_values() {
        while !events.is_empty() {
            let refund_of = |e: &Vec<&SeatLine>| {
                e.iter()
                    .find(|l| l.amount.is_negative())
                    .map(|l| l.quantity)
            };
            let next = events
                .iter()
                .position(|e| refund_of(e) == Some(seats))
                .or_else(|| events.iter().position(|e| refund_of(e).is_none()))
                .unwrap_or(0);
            seats = seats_after(&events.remove(next), seats);
        }
    }
    Seats {
        seats,
        amount: lines.iter().map(|l| l.amount).sum(),
    }
}

/// The seats after one event.
fn seats_after(event: &[&SeatLine], before: u32) -> u32 {
    if event.iter().any(|l| l.cancels) {
        return 0;
    }
    event
        .iter()
        .rev()
        .find(|l| l.amount > Money::ZERO)
        .or_else(|| event.iter().rev().find(|l| !l.amount.is_negative()))
        .map_or(before, |charge| charge.quantity)
}
