//! Text that a large file repeats, kept once: a reconciliation file of 100,000 lines names a
//! few thousand customers, subscriptions and offers over and over.

use std::collections::HashSet;
use std::sync::Arc;

#[derive(Clone, Debug, Default)]
pub struct SharedText {
    known: HashSet<Arc<str>>,
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
    }
}
