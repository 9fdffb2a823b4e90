//! Issue 10 item 3, natively: tabs acting, reading, folding and closing (a reload is a closed
//! tab and a new one) in random orders on one memory storage, including two tabs that both read
//! and then both write ("the same instant"), and folds in steps with the other operations in
//! between (one at a time, as the lock has it; a reload of its tab ends it unfinished). Every
//! confirmed action is in the book a new tab loads; the book passes the whole history check;
//! every tab ends up showing it.

use super::backend::{lock, Backend};
use super::folding::{Fold, FoldStart};
use super::handle::Store;
use super::locks::{exclusive, OpenTabs};
use super::slot::BookLoad;
use super::test_support::now;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::Customer;
use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
use partnerdesk_core::storage::history_check::check_history;
use partnerdesk_core::NaiveDate;
use std::collections::BTreeSet;
use std::sync::Arc;

/// splitmix64: a seeded order of operations, with no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) % n
    }
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, 1).unwrap()
}

/// The k-th distinct customer: no two ever conflict, so none may be lost.
fn customer(k: usize) -> Customer {
    static TEMPLATE: std::sync::OnceLock<Command> = std::sync::OnceLock::new();
    let Command::CreateCustomer(mut c) = TEMPLATE.get_or_init(|| generated_customer(0)).clone()
    else {
        unreachable!("the generated book's first command creates a customer")
    };
    c.id = format!("c0ffee00-0000-4000-8000-{k:012}");
    c.company_name = format!("Customer {k}");
    c.domain = format!("customer{k}.example.com");
    c
}

fn create(store: &Store, k: usize) -> bool {
    store
        .commit_action(empty_book, |b| {
            b.execute(Command::CreateCustomer(customer(k)), day())
        })
        .is_ok()
}

/// Two tabs read, then both write: the interleaving no timing can rule out.
fn at_the_same_instant(first: &Store, second: &Store, k: usize) -> [bool; 2] {
    let read = |store: &Store| match store.sync().0 {
        BookLoad::Loaded(book) => book,
        _ => Arc::new(empty_book()),
    };
    let bases = [read(first), read(second)];
    let mut done = [false; 2];
    for (i, store) in [first, second].into_iter().enumerate() {
        let mut next = bases[i].as_ref().clone();
        if next
            .execute(Command::CreateCustomer(customer(k + i)), day())
            .is_ok()
        {
            let whole = !lock(&store.book).stored_book().is_some_and(|s| s.checked);
            done[i] = store.store_action(&bases[i], Arc::new(next), whole).is_ok();
        }
    }
    done
}

fn customers_in(book: &Book) -> BTreeSet<String> {
    book.events
        .iter()
        .filter_map(|e| match &e.command {
            Command::CreateCustomer(c) => Some(c.id.clone()),
            _ => None,
        })
        .collect()
}

/// A fold under way in tab `.0`, with the tabs open when it took the lock.
type InFlight = Option<(usize, Box<Fold>, OpenTabs)>;

fn complete(tabs: &[Store], in_flight: &mut InFlight) {
    if let Some((i, fold, open)) = in_flight.take() {
        let _ = tabs[i].complete_fold(*fold, &open);
    }
}

/// Begins a fold in tab `i`, one step of it done, or completes the one under way.
fn fold_in_steps(tabs: &[Store], i: usize, in_flight: &mut InFlight) {
    if in_flight.is_some() {
        return complete(tabs, in_flight);
    }
    let open = now(exclusive(&tabs[i].backend, |open| async move { open }));
    if let FoldStart::Writes(mut fold) = tabs[i].begin_fold() {
        fold.encoder.step(64);
        *in_flight = Some((i, fold, open));
    }
}

fn run(seed: u64) {
    let shared = Backend::shared_memory();
    let mut rng = Rng(seed);
    let mut tabs: Vec<Store> = (0..3).map(|_| Store::with(shared.clone())).collect();
    let mut confirmed = BTreeSet::new();
    let mut next = 0;
    let mut in_flight: InFlight = None;
    for _ in 0..40 {
        let i = rng.below(3) as usize;
        match rng.below(7) {
            0 | 1 => {
                if create(&tabs[i], next) {
                    confirmed.insert(customer(next).id);
                }
                next += 1;
            }
            2 => {
                let j = (i + 1 + rng.below(2) as usize) % 3;
                let done = at_the_same_instant(&tabs[i], &tabs[j], next);
                for (offset, ok) in done.into_iter().enumerate() {
                    if ok {
                        confirmed.insert(customer(next + offset).id);
                    }
                }
                next += 2;
            }
            3 => {
                // The lock: a fold waits for the one under way.
                complete(&tabs, &mut in_flight);
                tabs[i].fold_soon();
            }
            4 => tabs[i].refresh_from_other_tab(),
            5 => fold_in_steps(&tabs, i, &mut in_flight),
            // A reload: the tab closes and a new one opens; its fold, if any, ends unfinished.
            _ => {
                if in_flight.as_ref().is_some_and(|(tab, ..)| *tab == i) {
                    in_flight = None;
                }
                tabs[i] = Store::with(shared.clone());
            }
        }
    }
    complete(&tabs, &mut in_flight);
    let fresh = Store::with(shared.clone());
    fresh.fold_soon();
    let BookLoad::Loaded(book) = fresh.load_book() else {
        panic!("seed {seed}: the book must load");
    };
    let kept = customers_in(&book);
    let lost: Vec<_> = confirmed.difference(&kept).collect();
    assert!(lost.is_empty(), "seed {seed}: confirmed but lost: {lost:?}");
    assert_eq!(check_history(&book), Ok(()), "seed {seed}");
    for tab in &tabs {
        assert_eq!(
            tab.load_book(),
            BookLoad::Loaded(book.clone()),
            "seed {seed}"
        );
    }
}

#[test]
fn no_confirmed_action_is_lost_whatever_the_order_of_tabs_acting_folding_and_reloading() {
    for seed in 0..100 {
        run(seed);
    }
}
