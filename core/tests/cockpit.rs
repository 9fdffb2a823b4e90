//! The dashboard's cockpit: its counts, the monthly recurring amount, the next invoice and the
//! chart's months, on small books whose figures are known, under both programs.

#[path = "common/mod.rs"]
mod common;

use common::*;
use partnerdesk_core::base::dates::first_of_month;
use partnerdesk_core::billing::derive::{derive, derive_current, derive_months};
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency::Monthly;
use partnerdesk_core::model::settings::RulesProfile::P2018;
use partnerdesk_core::reports::board::board;
use partnerdesk_core::reports::cockpit::{bar_height, cockpit, Cockpit, MonthKind, CHART_WINDOW};
use partnerdesk_core::{Money, NaiveDate};

fn cockpit_on(book: &Book, today: NaiveDate) -> Cockpit {
    let state = derive_months(book, today, CHART_WINDOW);
    cockpit(&state, &board(&state, &offer_catalog(book, today)))
}

/// Contoso buys 10 E3 seats at 30.00 a month on 6/1/2018 and signs up for a Teams trial on
/// 9/1/2018; the partner bills on the 15th.
fn legacy_book() -> Book {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 10);
    run(&mut b, d(9, 1, 2018), trial_sign_up(ADD_ON, TEAMS_TRIAL_ID));
    b
}

#[test]
fn the_cockpit_counts_customers_active_subscriptions_seats_and_trials_ending() {
    let c = cockpit_on(&legacy_book(), d(9, 25, 2018));
    assert_eq!(c.customers, 1);
    assert_eq!(
        c.active_subscriptions, 1,
        "a trial is not an active subscription"
    );
    assert_eq!(c.seats, 10);
    assert_eq!(c.monthly_recurring, money("300.00"));
    assert_eq!(c.trials_ending, 1, "the trial ends 10/1, within 7 days");
    assert_eq!(c.windows_closing, 0);
}

#[test]
fn the_cockpit_next_invoice_is_the_upcoming_invoice_of_the_full_derivation() {
    let b = legacy_book();
    let today = d(9, 25, 2018);
    let c = cockpit_on(&b, today);
    let upcoming = derive(&b, today).upcoming_invoice();
    assert_eq!(c.next_invoice_date, d(10, 15, 2018));
    assert_eq!(c.next_invoice_number, "PD20181015");
    assert_eq!(c.next_invoice_total, upcoming.total);
    assert_eq!(c.next_invoice_total, money("300.00"));
}

#[test]
fn the_chart_has_six_invoiced_months_the_upcoming_one_and_eleven_forecast() {
    let b = legacy_book();
    let today = d(9, 25, 2018);
    let c = cockpit_on(&b, today);
    let months: Vec<(NaiveDate, MonthKind)> = c.months.iter().map(|m| (m.month, m.kind)).collect();
    assert_eq!(months.len(), 18);
    assert_eq!(months[0], (d(4, 1, 2018), MonthKind::Invoiced));
    assert_eq!(months[5], (d(9, 1, 2018), MonthKind::Invoiced));
    assert_eq!(months[6], (d(10, 1, 2018), MonthKind::Upcoming));
    assert_eq!(months[7], (d(11, 1, 2018), MonthKind::Forecast));
    assert_eq!(months[17], (d(9, 1, 2019), MonthKind::Forecast));
    // The invoiced months are the issued invoices, to the cent.
    let issued = derive(&b, today).invoices();
    for m in &c.months[..6] {
        let invoice = issued
            .iter()
            .find(|i| first_of_month(i.billing_date) == m.month);
        let expected = invoice.map_or(Money::ZERO, |i| i.total);
        assert_eq!(m.total, expected, "{}", m.month);
    }
    let totals: Vec<String> = c.months.iter().map(|m| m.total.to_string()).collect();
    assert_eq!(&totals[..2], ["0.00", "0.00"], "nothing billed before June");
    assert!(totals[6..].iter().all(|t| t == "300.00"), "{totals:?}");
}

#[test]
fn the_chart_bars_are_percent_of_the_highest_month() {
    let c = cockpit_on(&legacy_book(), d(9, 25, 2018));
    let highest = c.months.iter().map(|m| m.total).max().unwrap();
    for m in &c.months {
        assert_eq!(m.height, bar_height(m.total, highest));
    }
    assert_eq!(c.months[0].height, 0);
    assert_eq!(c.months[6].height, bar_height(money("300.00"), highest));
    assert_eq!(bar_height(money("150.00"), money("300.00")), 50);
    assert_eq!(bar_height(money("1.00"), money("3.00")), 33);
    assert_eq!(bar_height(money("-20.00"), money("300.00")), 0);
    assert_eq!(bar_height(Money::ZERO, Money::ZERO), 0);
}

#[test]
fn the_dashboard_derivation_keeps_the_state_of_the_current_one() {
    let b = legacy_book();
    let today = d(9, 25, 2018);
    let window = derive_months(&b, today, CHART_WINDOW);
    let current = derive_current(&b, today);
    assert_eq!(window.subscriptions, current.subscriptions);
    assert_eq!(window.horizon, current.horizon);
    assert_eq!(window.upcoming_invoice(), current.upcoming_invoice());
}

#[test]
fn an_empty_book_has_an_empty_cockpit() {
    let mut b = book(15, "30", P2018);
    b.events.clear();
    let c = cockpit_on(&b, d(9, 25, 2018));
    assert_eq!((c.customers, c.active_subscriptions, c.seats), (0, 0, 0));
    assert_eq!(c.monthly_recurring, Money::ZERO);
    assert!(c.months.iter().all(|m| m.total.is_zero() && m.height == 0));
}
