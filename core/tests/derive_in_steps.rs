//! Issue 13's "No long tasks" (no SPEC rule names it): the whole book derived a piece at a
//! time, with any budget a step, gives exactly what deriving it in one go gives, for every
//! line and for the dashboard's months, under the legacy and the new commerce profiles.

use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_both::DeriveBoth;
use partnerdesk_core::billing::derive_patch::{derive_span, LineSpan};
use partnerdesk_core::billing::derive_steps::{DeriveSteps, Progress};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use partnerdesk_core::storage::generated_book::generated_book;
use partnerdesk_core::storage::generated_nce_book::generated_nce_book;
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

const SPANS: [LineSpan; 2] = [LineSpan::Every, LineSpan::Months(CHART_WINDOW)];

/// Derives in steps of the budgets in turn (over again while not done); the derivation and
/// every progress reported.
fn in_steps(
    book: &Book,
    today: NaiveDate,
    span: LineSpan,
    budgets: &[usize],
) -> (Derived, Vec<Progress>) {
    let mut steps = DeriveSteps::new(book, today, span);
    let mut progress = Vec::new();
    for &budget in budgets.iter().cycle() {
        if steps.is_done() {
            break;
        }
        progress.push(steps.step(budget));
    }
    (steps.finish(), progress)
}

fn check(book: &Book, today: NaiveDate, budgets: &[usize]) {
    for span in SPANS {
        let (stepped, progress) = in_steps(book, today, span, budgets);
        assert_eq!(
            stepped,
            derive_span(book, today, span),
            "{span:?} in steps of {budgets:?}"
        );
        // Customers are counted once the events are sorted out, and only ever more are done.
        let of = progress.last().map_or(0, |p| p.of);
        assert!(progress
            .iter()
            .all(|p| p.of == of || p.of == 0 && p.done == 0));
        assert!(progress.windows(2).all(|w| w[0].done <= w[1].done));
        assert_eq!(progress.last().map(|p| p.done), Some(of));
    }
}

/// `check` of the one derivation serving both spans.
fn check_both(book: &Book, today: NaiveDate, budgets: &[usize]) {
    let mut both = DeriveBoth::new(book, today, CHART_WINDOW);
    for &budget in budgets.iter().cycle() {
        if both.is_done() {
            break;
        }
        both.step(budget);
    }
    let (every, months) = both.finish();
    assert_eq!(
        every,
        derive_span(book, today, SPANS[0]),
        "every line in steps of {budgets:?}"
    );
    assert_eq!(
        months,
        derive_span(book, today, SPANS[1]),
        "the chart's months in steps of {budgets:?}"
    );
}

fn budgets() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(0usize..40, 1..6)
}

/// Both checks on a generated book as of `days` after its last event.
fn check_generated(book: Book, days: i64, budgets: &[usize]) {
    let today = add_days(book.last_event_date().expect("a generated history"), days);
    check(&book, today, budgets);
    check_both(&book, today, budgets);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn issue13_derivation_in_steps_equals_derivation_at_once_legacy(
        seed in 0u64..1000, customers in 1u64..6, days in 0i64..120, budgets in budgets()
    ) {
        check_generated(generated_book(customers, 1, seed), days, &budgets);
    }

    #[test]
    fn issue13_derivation_in_steps_equals_derivation_at_once_new_commerce(
        seed in 0u64..1000, customers in 1u64..6, days in 0i64..120, budgets in budgets()
    ) {
        check_generated(generated_nce_book(customers, 1, seed), days, &budgets);
    }
}

/// A step sorts out at least one event or replays at least one customer whatever the budget,
/// so a derivation always ends; the customers counted are those with subscriptions.
#[test]
fn issue13_a_step_of_no_budget_still_replays_a_customer() {
    let book = generated_book(5, 1, 7);
    let today = book.last_event_date().expect("a generated history");
    let mut steps = DeriveSteps::new(&book, today, LineSpan::Every);
    while steps.progress().of == 0 {
        steps.step(0);
    }
    assert_eq!(steps.progress(), Progress { done: 0, of: 5 });
    assert_eq!(steps.step(0), Progress { done: 1, of: 5 });
    assert!(!steps.is_done());
}

/// The one derivation of both spans ends too when every step has no budget: its copy of the
/// window moves on by at least a subscription a step (it looped for ever once only the
/// subscriptions were left).
#[test]
fn issue13_both_spans_in_steps_of_no_budget_still_end() {
    let book = generated_book(3, 1, 11);
    let today = book.last_event_date().expect("a generated history");
    check_both(&book, today, &[0]);
}
