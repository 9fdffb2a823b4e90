//! Stable sorting through one shared copy of the sort.
//!
//! `slice::sort_by` is generic over both the item and the comparison, so the wasm held one copy
//! of the whole sort per call site: 31 copies, 114 KB of code before wasm-opt. Here the sort
//! itself runs once, over positions, with the comparison behind a `dyn`; only the short step
//! that moves the items into their sorted places is generic, and only over the item.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they had (as `sort_by` does).
pub fn sort_stable_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    move_into_order(items, order);
}

/// Sorts `items` by the key `key_of` gives each, keeping equal keys in the order they had.
pub fn sort_stable_by_key<T, K: Ord>(items: &mut [T], key_of: impl Fn(&T) -> K) {
    sort_stable_by(items, |a, b| key_of(a).cmp(&key_of(b)));
}

/// The positions `0..len` in the order `compare` puts them, equal ones as they were.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Puts the item now at `order[k]` at position k, one cycle of the permutation at a time:
/// swaps only, so the items need not be `Clone` and nothing is allocated.
fn move_into_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut place = start;
        while order[place] != start {
            let from = order[place];
            items.swap(place, from);
            order[place] = place;
            place = from;
        }
        order[place] = place;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_stable_by_key(&mut items, |item| item.0);
        assert_eq!(
            items,
            vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]
        );
    }

    #[test]
    fn a_reversed_comparison_sorts_descending() {
        let mut items = vec![3, 1, 4, 1, 5, 9, 2, 6];
        sort_stable_by(&mut items, |a, b| b.cmp(a));
        assert_eq!(items, vec![9, 6, 5, 4, 3, 2, 1, 1]);
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn sorts_exactly_as_the_standard_stable_sort(
            items in proptest::collection::vec((0u8..6, proptest::prelude::any::<u16>()), 0..200)
        ) {
            let mut expected = items.clone();
            expected.sort_by_key(|a| a.0);
            let mut sorted = items;
            sort_stable_by(&mut sorted, |a, b| a.0.cmp(&b.0));
            proptest::prop_assert_eq!(sorted, expected);
        }
    }
}
