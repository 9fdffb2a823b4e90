//! What the pages of a 2022 book show: each term and plan's price side by side (N1–N3), and the
//! dashboard's deadlines (N14, N15, T10/N20, N11, N31).

mod nce_support;

use nce_support::book::{book_after, nce_book, CUSTOMER};
use nce_support::*;
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::billing::nce::action::{Creation, Dated, NceAction};
use partnerdesk_core::billing::nce::pricing::price_options;
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::nce::sample_catalog::*;
use partnerdesk_core::model::nce::term::{BillingPlan, Term};
use partnerdesk_core::reports::nce_dashboard::{nce_dashboard, NceDashboard, Window};
use partnerdesk_core::{Money, NaiveDate};
use rust_decimal::Decimal;

fn board(book: &Book, today: NaiveDate) -> NceDashboard {
    nce_dashboard(&derive(book, today), &offer_catalog(book, today))
}

#[test]
fn n3_prices_side_by_side_show_the_monthly_term_and_monthly_billing_uplifts() {
    let catalog = nce_sample_catalog();
    let shown = |day: NaiveDate| -> Vec<(String, Money, Money, Money, Option<Decimal>)> {
        price_options(&catalog, BUSINESS_STANDARD, day, 10)
            .into_iter()
            .map(|o| {
                (
                    o.term_plan.label(),
                    o.unit_price,
                    o.per_month,
                    o.first_charge,
                    o.over_annual_percent,
                )
            })
            .collect()
    };
    let pct = |n: i64| Some(Decimal::from(n));
    assert_eq!(
        shown(day(2025, 5, 1)),
        [
            (
                "1 month, paid up front".into(),
                money("15.00"),
                money("15.00"),
                money("150.00"),
                pct(20)
            ),
            (
                "1 year, paid up front".into(),
                money("150.00"),
                money("12.50"),
                money("1500.00"),
                pct(0)
            ),
            (
                "1 year, billed monthly".into(),
                money("13.13"),
                money("13.13"),
                money("131.30"),
                pct(5)
            ),
        ]
    );
    let before = shown(day(2025, 3, 31));
    assert_eq!((before[2].1, before[2].4), (money("12.50"), pct(0)));
}

#[test]
fn n14_n15_windows_closing_within_two_days_are_listed_with_their_seats() {
    let catalog = nce_sample_catalog();
    let bought = purchase(day(2023, 4, 3), BUSINESS_PREMIUM, P1Y_MONTHLY, 10);
    let (book, _) = book_after(&catalog, &bought, &[seats(day(2023, 4, 20), 15, 1)]);
    let listed = |today| {
        board(&book, today)
            .windows_closing
            .into_iter()
            .map(|w| (w.window, w.row.date, w.row.days))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        listed(day(2023, 4, 8)),
        [
            (Window::SeatReduction { seats: 10 }, day(2023, 4, 9), 1),
            (Window::Cancellation, day(2023, 4, 9), 1)
        ]
    );
    assert_eq!(listed(day(2023, 4, 6)), []);
    assert_eq!(
        listed(day(2023, 4, 24)),
        [(Window::SeatReduction { seats: 5 }, day(2023, 4, 26), 2)]
    );
    assert_eq!(listed(day(2023, 4, 27)), []);
}

fn trial(on: NaiveDate) -> Dated<Creation> {
    Dated {
        day: on,
        action: Creation::TrialSignUp {
            subscription_id: SUB.into(),
            order_id: "0c000000-0000-4000-8000-000000000001".into(),
            offer_id: BUSINESS_PREMIUM_TRIAL.into(),
        },
    }
}

#[test]
fn t10_n20_trials_converting_by_themselves_within_7_days_with_their_first_charge() {
    let (book, _) = book_after(&nce_sample_catalog(), &trial(day(2025, 3, 10)), &[]);
    assert!(board(&book, day(2025, 4, 1)).conversions.is_empty());
    let conversions = board(&book, day(2025, 4, 2)).conversions;
    let c = &conversions[0];
    assert_eq!(
        (
            c.row.date,
            c.row.days,
            c.target_name.as_str(),
            c.seats,
            c.first_charge
        ),
        (
            day(2025, 4, 9),
            7,
            "Microsoft 365 Business Premium",
            25,
            Some(money("577.50"))
        )
    );
    assert_eq!(c.term_plan, combo(P1Y_MONTHLY));
    let off = [at(day(2025, 3, 20), NceAction::SetAutoRenew { on: false })];
    let (let_go, _) = book_after(&nce_sample_catalog(), &trial(day(2025, 3, 10)), &off);
    assert!(board(&let_go, day(2025, 4, 2)).conversions.is_empty());
}

fn buy(book: &mut Book, on: NaiveDate, id: &str, c: (Term, BillingPlan)) {
    let order = ids(7);
    let command = Command::Purchase {
        ids: NewIds {
            subscription_id: id.into(),
            billing_id: id.into(),
            order_id: order.order_id,
            reference_id: Some(order.reference_id),
        },
        customer_id: CUSTOMER.into(),
        offer_id: BUSINESS_STANDARD.into(),
        quantity: 2,
        frequency: combo(c).plan.frequency(),
        nickname: None,
        term_plan: Some(combo(c)),
    };
    book.execute(command, on).unwrap();
}

#[test]
fn n11_renewals_ahead_are_of_annual_and_three_year_terms_only() {
    let mut book = nce_book(&nce_sample_catalog(), day(2023, 1, 2));
    buy(
        &mut book,
        day(2023, 1, 10),
        "11111111-0000-4000-8000-000000000001",
        P1M,
    );
    buy(
        &mut book,
        day(2023, 1, 20),
        "22222222-0000-4000-8000-000000000002",
        P1Y_MONTHLY,
    );
    let renewals = board(&book, day(2024, 1, 1)).renewals;
    assert_eq!(
        renewals
            .iter()
            .map(|r| (r.subscription_id.as_str(), r.date, r.days))
            .collect::<Vec<_>>(),
        [("22222222-0000-4000-8000-000000000002", day(2024, 1, 20), 19)]
    );
}
