//! Text that a large file repeats, kept once: a reconciliation file of 100,000 lines names a
//! few thousand customers, subscriptions and offers over and over.

use crate::base::fast_hash::FastHashSet;
use std::sync::Arc;

#[derive(Clone, Debug, Default)]
pub struct SharedText {
    known: FastHashSet<Arc<str>>,
    /// The last text of each slot (a column of a file), which the next row mostly repeats.
    last: Vec<Option<Arc<str>>>,
}

impl SharedText {
    /// `text`, shared with every earlier text equal to it.
    pub fn share(&mut self, text: &str) -> Arc<str> {
        if let Some(known) = self.known.get(text) {
            return Arc::clone(known);
        }
        let new: Arc<str> = Arc::from(text);
        self.known.insert(Arc::clone(&new));
        new
    }

    /// `text` shared as by `share`; `slot` says where it comes from (a file's column), and a
    /// text equal to the slot's last one is found without a look-up.
    pub fn share_at(&mut self, slot: usize, text: &str) -> Arc<str> {
        self.through_slot(slot, text, true)
    }

    /// `text` shared with the slot's last text only: for text that repeats on neighbouring
    /// rows but is nearly unique in a file (a subscription's ids), where a look-up costs more
    /// than it saves.
    pub fn share_recent(&mut self, slot: usize, text: &str) -> Arc<str> {
        self.through_slot(slot, text, false)
    }

    fn through_slot(&mut self, slot: usize, text: &str, look_up: bool) -> Arc<str> {
        if slot >= self.last.len() {
            self.last.resize(slot + 1, None);
        }
        if let Some(last) = self.last[slot].as_ref().filter(|l| ***l == *text) {
            return Arc::clone(last);
        }
        let new = if look_up {
            self.share(text)
        } else {
            Arc::from(text)
        };
        self.last[slot] = Some(Arc::clone(&new));
        new
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_are_one_allocation() {
        let mut shared = SharedText::default();
        let a = shared.share("Contoso");
        let b = shared.share("Contoso");
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &shared.share("Fabrikam")));
        let c = shared.share_at(3, "Contoso");
        assert!(Arc::ptr_eq(&a, &c) && Arc::ptr_eq(&c, &shared.share_at(3, "Contoso")));
        assert_eq!(&*shared.share_at(3, "Fabrikam"), "Fabrikam");
        let d = shared.share_recent(4, "Contoso");
        assert!(!Arc::ptr_eq(&a, &d) && Arc::ptr_eq(&d, &shared.share_recent(4, "Contoso")));
    }
}
