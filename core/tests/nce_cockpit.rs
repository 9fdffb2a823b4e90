//! The dashboard's cockpit of a 2022 book: a price per year counted per month (N2), the chart's
//! months by invoice date (N7) with a renewal forecast (N11), windows closing (N14, N15).

mod nce_support;

use nce_support::book::book_after;
use nce_support::*;
use partnerdesk_core::billing::derive::derive_months;
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::nce::sample_catalog::{nce_sample_catalog, BUSINESS_STANDARD};
use partnerdesk_core::reports::board::board;
use partnerdesk_core::reports::cockpit::{cockpit, Cockpit, MonthKind, CHART_WINDOW};
use partnerdesk_core::NaiveDate;

fn cockpit_on(book: &Book, today: NaiveDate) -> Cockpit {
    let state = derive_months(book, today, CHART_WINDOW);
    cockpit(&state, &board(&state, &offer_catalog(book, today)))
}

/// 12 seats of Business Standard, one year paid up front at 150.00 a seat (N3's A), bought
/// on 4/3/2023.
fn yearly_book() -> Book {
    let bought = purchase(day(2023, 4, 3), BUSINESS_STANDARD, P1Y_ANNUAL, 12);
    book_after(&nce_sample_catalog(), &bought, &[]).0
}

#[test]
fn n2_a_yearly_price_counts_a_twelfth_per_month_in_the_monthly_recurring_amount() {
    let c = cockpit_on(&yearly_book(), day(2023, 6, 15));
    assert_eq!((c.customers, c.active_subscriptions, c.seats), (1, 1, 12));
    assert_eq!(c.monthly_recurring, money("150.00"));
}

#[test]
fn n7_n11_the_chart_dates_months_by_invoice_and_forecasts_the_renewal() {
    let c = cockpit_on(&yearly_book(), day(2023, 6, 15));
    assert_eq!(c.next_invoice_date, day(2023, 7, 8), "June's invoice");
    assert_eq!(c.next_invoice_number, "G202306001");
    let by_month = |y, m| {
        let found = c.months.iter().find(|x| x.month == day(y, m, 1)).unwrap();
        (found.kind, found.total.to_string(), found.height)
    };
    assert_eq!(c.months.first().unwrap().month, day(2023, 1, 1));
    assert_eq!(c.months.last().unwrap().month, day(2024, 6, 1));
    assert_eq!(
        by_month(2023, 5),
        (MonthKind::Invoiced, "1800.00".into(), 100)
    );
    assert_eq!(by_month(2023, 7), (MonthKind::Upcoming, "0.00".into(), 0));
    assert_eq!(by_month(2024, 4), (MonthKind::Forecast, "0.00".into(), 0));
    assert_eq!(
        by_month(2024, 5),
        (MonthKind::Forecast, "1800.00".into(), 100)
    );
}

#[test]
fn n14_n15_the_windows_closing_count_is_the_dashboards_list() {
    let book = yearly_book();
    let on_day = |d| cockpit_on(&book, day(2023, 4, d)).windows_closing;
    assert_eq!(on_day(5), 0, "the windows close on 4/9, 4 days away");
    assert_eq!(on_day(8), 2, "seats and cancellation, both until 4/9");
}
