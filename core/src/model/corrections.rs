//! Corrections in the history: an undone action (H2) and what it set off are skipped by every
//! reader of the history, and a deleted customer (H3) is no longer listed. Nothing is removed:
//! the history shows both the action and its correction.

use crate::model::command::Command;
use crate::model::event::Event;
use chrono::NaiveDate;
use std::collections::HashSet;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Corrections {
    undone: HashSet<u64>,
    deleted: HashSet<String>,
}

impl Corrections {
    /// The corrections among `events` that took effect up to `today`.
    pub fn of<'a>(events: impl IntoIterator<Item = &'a Event>, today: NaiveDate) -> Corrections {
        let mut corrections = Corrections::default();
        for e in events.into_iter().take_while(|e| e.date <= today) {
            match &e.command {
                Command::UndoAction { seq, .. } => {
                    corrections.undone.insert(*seq);
                }
                Command::DeleteCustomer { customer_id } => {
                    corrections.deleted.insert(customer_id.clone());
                }
                _ => {}
            }
        }
        corrections
    }

    /// True when `event` was undone, or followed from an undone one (an add-on with its base).
    pub fn skips(&self, event: &Event) -> bool {
        !self.undone.is_empty()
            && (self.undone.contains(&event.seq)
                || event.caused_by.is_some_and(|c| self.undone.contains(&c)))
    }

    pub fn is_undone(&self, seq: u64) -> bool {
        self.undone.contains(&seq)
    }

    pub fn is_deleted(&self, customer_id: &str) -> bool {
        self.deleted.contains(customer_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::command::Command;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn event(seq: u64, d: u32, caused_by: Option<u64>, command: Command) -> Event {
        Event {
            seq,
            date: day(d),
            customer_id: Some("c1".into()),
            caused_by,
            command,
        }
    }

    fn cancel(seq: u64, caused_by: Option<u64>) -> Event {
        let command = Command::Cancel {
            subscription_id: format!("s{seq}"),
            order: None,
        };
        event(seq, 2, caused_by, command)
    }

    #[test]
    fn h2_an_undone_action_and_what_it_set_off_are_skipped_from_its_date() {
        let undo = event(
            4,
            3,
            None,
            Command::UndoAction {
                customer_id: "c1".into(),
                seq: 2,
            },
        );
        let events = [cancel(1, None), cancel(2, None), cancel(3, Some(2)), undo];
        let now = Corrections::of(&events, day(3));
        let skipped: Vec<u64> = events
            .iter()
            .filter(|e| now.skips(e))
            .map(|e| e.seq)
            .collect();
        assert_eq!(skipped, vec![2, 3]);
        let before = Corrections::of(&events, day(2));
        assert!(events.iter().all(|e| !before.skips(e)));
    }

    #[test]
    fn h3_a_deleted_customer_is_known_as_deleted() {
        let delete = Command::DeleteCustomer {
            customer_id: "c1".into(),
        };
        let corrections = Corrections::of(&[event(1, 2, None, delete)], day(2));
        assert!(corrections.is_deleted("c1"));
        assert!(!corrections.is_deleted("c2"));
    }
}
