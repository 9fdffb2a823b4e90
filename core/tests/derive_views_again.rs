//! Issue 13's views made again after a patch of the derivation (no SPEC rule names it): Billing's
//! invoice list, made from the one of an earlier derivation and what changed since (over several
//! patches in a row), is exactly the one made from scratch; what a patch says it changed covers
//! every difference; Billing's count of trials is the trial pipeline's.

mod derive_support;

use derive_support::*;
use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_change::Change;
use partnerdesk_core::billing::derive_patch::{derive_span, patch_noting, LineSpan};
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::charge_line::ChargeLine;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use partnerdesk_core::reports::dashboard::{trial_count, trial_rows};
use partnerdesk_core::reports::invoice_list::{invoice_list, invoice_list_again, InvoiceList};
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

const MONTHS: LineSpan = LineSpan::Months(CHART_WINDOW);

/// Every billing date whose lines differ between `previous` and `now`, and every customer whose
/// details or subscriptions differ, is one `change` tells.
fn assert_change_tells(previous: &Derived, now: &Derived, change: &Change) {
    for date in previous
        .lines
        .iter()
        .chain(&now.lines)
        .map(|l| l.billing_date)
    {
        let same = lines_on(previous, date).eq(lines_on(now, date));
        assert!(
            same || change.has_date(date),
            "{date} not told in {change:?}"
        );
    }
    for id in previous
        .customers
        .iter()
        .chain(&now.customers)
        .map(|c| &c.id)
    {
        let same = previous.customer(id) == now.customer(id)
            && previous.subscriptions_of(id).eq(now.subscriptions_of(id));
        assert!(
            same || change.has_customer(id),
            "{id} not told in {change:?}"
        );
    }
}

fn lines_on(state: &Derived, date: NaiveDate) -> impl Iterator<Item = &ChargeLine> {
    state.lines.iter().filter(move |l| l.billing_date == date)
}

/// Billing's invoice list as made of one derivation, and what changed in its lines since.
struct Made {
    list: InvoiceList,
    every: Change,
}

impl Made {
    fn of(every: &Derived) -> Made {
        Made {
            list: invoice_list(every),
            every: Change::default(),
        }
    }
}

/// Both spans of `book` and the invoice list made of them; after each step both patched, or derived
/// again, and the views made again from those made earlier are those made from scratch.
fn check_steps(mut book: Book, mut today: NaiveDate, steps: &[Step]) {
    let mut every = derive_span(&book, today, LineSpan::Every);
    let mut months = derive_span(&book, today, MONTHS);
    let mut made = Made::of(&every);
    for (n, &step) in steps.iter().enumerate() {
        let before = book.clone();
        match command(step, &book, &every, n as u64 + 1) {
            Some(c) => {
                let _refused_or_recorded = book.execute(c, today);
            }
            None => today = add_days(today, i64::from(step.3 % 40)),
        }
        let catalog = offer_catalog(&book, today);
        let both = patch_noting(every.clone(), &before, &book, today, LineSpan::Every)
            .zip(patch_noting(months.clone(), &before, &book, today, MONTHS));
        let Some(((e, every_change), (m, months_change))) = both else {
            every = derive_span(&book, today, LineSpan::Every);
            months = derive_span(&book, today, MONTHS);
            made = Made::of(&every);
            continue;
        };
        assert_change_tells(&every, &e, &every_change);
        assert_change_tells(&months, &m, &months_change);
        (every, months) = (e, m);
        made.every = std::mem::take(&mut made.every).then(&every_change);
        let list = invoice_list_again(&made.list, &every, &made.every);
        assert_eq!(list, invoice_list(&every), "step {n}: {step:?}");
        // Told more than changed (an issued invoice too), the list comes out the same.
        let issued = made.list.issued.iter().map(|s| s.billing_date);
        let more = Change {
            dates: issued.skip(usize::from(step.2) % 3).take(1).collect(),
            ..Change::default()
        };
        let list = invoice_list_again(&made.list, &every, &made.every.clone().then(&more));
        assert_eq!(list, invoice_list(&every), "step {n}: {step:?}, {more:?}");
        let listed = trial_rows(&every, &catalog, every.subscriptions.iter());
        assert_eq!(trial_count(&every), listed.len());
        // The views not looked at on some steps are made again over several patches.
        if step.1 % 3 == 0 {
            made = Made::of(&every);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn issue13_views_made_again_equal_views_from_scratch_legacy(seed in 0u64..1000, s in steps()) {
        let (book, today) = legacy_book(seed);
        check_steps(book, today, &s);
    }

    #[test]
    fn issue13_views_made_again_equal_views_from_scratch_new_commerce(seed in 0u64..1000, s in steps()) {
        let (book, today) = nce_book(seed);
        check_steps(book, today, &s);
    }
}
