//! The dashboard of a new commerce book: windows closing within 2 days (seats that can still be
//! removed, terms that can still be cancelled), trials converting by themselves within 7 days
//! and what that will cost, renewals of annual and three-year terms, and what expired because a
//! renewal or conversion was refused, with the reason.

use super::{customer_link, expired_table, renewals_table, table};
use crate::components::format::{date_text, money_text};
use crate::components::paged::Paged;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;
use partnerdesk_core::reports::dashboard::RENEWAL_WINDOW_DAYS;
use partnerdesk_core::reports::nce_dashboard::{
    ConversionRow, NceDashboard, RefusedRow, Row, Window, WindowRow, CONVERSION_WARNING_DAYS,
    WINDOW_WARNING_DAYS,
};

fn who(row: &Row) -> impl IntoView {
    view! {
        <th scope="row">{customer_link(&row.customer_id, &row.customer_name)}</th>
        <td>{row.offer_name.clone()}</td>
    }
}

fn windows_table(rows: Vec<WindowRow>) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|w| {
            let what = match w.window {
                Window::SeatReduction { seats } => format!("Remove up to {seats} seats"),
                Window::Cancellation => "Cancel with a refund".to_string(),
            };
            view! {
                <tr class:warning=w.row.days == 0>
                    {who(&w.row)}
                    <td>{what}</td>
                    <td>{date_text(w.row.date)}</td>
                    <td class="num">{w.row.days}</td>
                </tr>
            }
        })
        .collect_view();
    table(
        "Seat and cancellation windows closing soon",
        [
            "Customer",
            "Subscription",
            "Still possible",
            "Last day",
            "Days left",
        ],
        body,
    )
}

fn conversions_table(rows: Vec<ConversionRow>) -> impl IntoView {
    let currency = use_settings().get_untracked().currency;
    let body = rows
        .into_iter()
        .map(|c| {
            let cost = c.first_charge.map_or_else(
                || "No price in force: it will expire".to_string(),
                |m| format!("{} {currency}", money_text(m)),
            );
            view! {
                <tr>
                    {who(&c.row)}
                    <td>{format!("{}, {} seats, {}", c.target_name, c.seats, c.term_plan.label())}</td>
                    <td>{date_text(c.row.date)}</td>
                    <td class="num">{c.row.days}</td>
                    <td class="num">{cost}</td>
                </tr>
            }
        })
        .collect_view();
    table(
        "Trials converting by themselves",
        [
            "Customer",
            "Trial",
            "Becomes",
            "Converts on",
            "Days left",
            "First charge",
        ],
        body,
    )
}

fn refused_table(rows: Vec<RefusedRow>) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    {who(&r.row)}
                    <td>{date_text(r.row.date)}</td>
                    <td>{r.reason}</td>
                </tr>
            }
        })
        .collect_view();
    table(
        "Expired instead of renewing or converting",
        ["Customer", "Subscription", "Expired on", "Why"],
        body,
    )
}

#[component]
pub fn NceSections(board: NceDashboard) -> impl IntoView {
    let windows = Signal::stored(board.windows_closing);
    let conversions = Signal::stored(board.conversions);
    let renewals = Signal::stored(board.renewals);
    let refused = Signal::stored(board.refused);
    let expired = Signal::stored(board.expired_trials);
    view! {
        <p class="hint">{format!("Next invoice: {}.", board.next_invoice_number)}</p>
        <section aria-labelledby="windows-heading">
            <h2 id="windows-heading">{format!("Windows closing within {WINDOW_WARNING_DAYS} days")}</h2>
            <p class="hint">"Seats can be removed only within 7 days of being added, and a term cancelled only within 7 days of its start; after that the customer pays to the renewal."</p>
            <Paged label="Pages of windows closing" items=windows empty="No window closes within 2 days." render=windows_table />
        </section>
        <section aria-labelledby="conversions-heading">
            <h2 id="conversions-heading">{format!("Trials converting by themselves within {CONVERSION_WARNING_DAYS} days")}</h2>
            <p class="hint">"Left alone, a trial with auto-renew on becomes a paid subscription on its 31st day. Turn auto-renew off to let it end."</p>
            <Paged label="Pages of conversions ahead" items=conversions empty="No trial converts within 7 days." render=conversions_table />
        </section>
        <section aria-labelledby="renewals-heading">
            <h2 id="renewals-heading">{format!("Annual and three-year renewals in the next {RENEWAL_WINDOW_DAYS} days")}</h2>
            <Paged label="Pages of renewals" items=renewals empty="No annual or three-year term renews in the next 30 days." render=renewals_table />
        </section>
        <section aria-labelledby="refused-heading">
            <h2 id="refused-heading">"Renewals and conversions refused"</h2>
            <Paged label="Pages of refused renewals" items=refused empty="Nothing expired for want of a renewal or conversion." render=refused_table />
        </section>
        <section aria-labelledby="expired-heading">
            <h2 id="expired-heading">"Expired trials"</h2>
            <Paged label="Pages of expired trials" items=expired empty="No expired trials." render=expired_table />
        </section>
    }
}
