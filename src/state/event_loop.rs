//! Long work done in steps: the store's `next_turn`, which the store's own fold uses too.

pub use crate::store::event_loop::next_turn;
