//! `/`: what needs the partner's attention across all customers, as of today, and the next
//! invoice. For a license-based book: trials ending within 7 days (Partner Center never warns,
//! T10), expired trials and what restores their data (T11), renewals in the next 30 days,
//! cancelled subscriptions nearing deletion (C10). For new commerce, `new_commerce`.

mod cockpit;
mod first_steps;
mod new_commerce;

use super::set_title;
use crate::components::book_notice::BookNotice;
use crate::components::format::date_text;
use crate::components::paged::Paged;
use crate::components::table_scroll::TableScroll;
use crate::forms::why_link::WhyLink;
use crate::state::book_state::use_book;
use crate::state::settings_context::use_settings;
use cockpit::{CockpitTiles, InvoiceChart, TileTargets};
use first_steps::FirstSteps;
use leptos::prelude::*;
use new_commerce::NceSections;
use partnerdesk_core::reports::board::{board, Board};
use partnerdesk_core::reports::cockpit::cockpit;
use partnerdesk_core::reports::dashboard::{
    Dashboard as LegacyDashboard, DateRow, TrialRow, DELETION_WARNING_DAYS, RENEWAL_WINDOW_DAYS,
    TRIAL_WARNING_DAYS,
};

fn customer_link(id: &str, name: &str) -> impl IntoView {
    view! { <a href=format!("/customers/{id}")>{name.to_string()}</a> }
}

/// A captioned table with one header cell per column.
fn table<const N: usize>(
    caption: &'static str,
    headers: [&'static str; N],
    body: impl IntoView + 'static,
) -> impl IntoView {
    let headers = headers
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    view! {
        <TableScroll label=caption>
        <table>
            <caption>{caption}</caption>
            <thead>
                <tr>{headers}</tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
        </TableScroll>
    }
}

fn trial_table(caption: &'static str, rows: Vec<TrialRow>) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr class:warning=r.ending_soon>
                    <th scope="row">{customer_link(&r.customer_id, &r.customer_name)}</th>
                    <td>{r.offer_name}</td>
                    <td>{date_text(r.expires)}</td>
                    <td class="num">{r.days_left}</td>
                    <td>{r.next_offers.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    table(
        caption,
        [
            "Customer",
            "Trial",
            "Expires",
            "Days left",
            "Convert to, or buy",
        ],
        body,
    )
}

fn ending_soon_table(rows: Vec<TrialRow>) -> impl IntoView {
    trial_table("Trials that end within 7 days", rows)
}

fn running_table(rows: Vec<TrialRow>) -> impl IntoView {
    trial_table("Every trial in progress, soonest end first", rows)
}

fn expired_table(rows: Vec<TrialRow>) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{customer_link(&r.customer_id, &r.customer_name)}</th>
                    <td>{r.offer_name}</td>
                    <td>{date_text(r.expires)}</td>
                    <td>
                        "Data can be restored by a purchase of " {r.next_offers.join(" or ")} "."
                    </td>
                </tr>
            }
        })
        .collect_view();
    table(
        "Expired trials",
        ["Customer", "Trial", "Expired on", "What restores its data"],
        body,
    )
}

fn date_table(
    caption: &'static str,
    date_header: &'static str,
    rows: Vec<DateRow>,
) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{customer_link(&r.customer_id, &r.customer_name)}</th>
                    <td>{r.offer_name}</td>
                    <td>{date_text(r.date)}</td>
                    <td class="num">{r.days}</td>
                </tr>
            }
        })
        .collect_view();
    table(
        caption,
        ["Customer", "Offer", date_header, "Days from today"],
        body,
    )
}

fn renewals_table(rows: Vec<DateRow>) -> impl IntoView {
    date_table("Renewals in the next 30 days", "Renewal date", rows)
}

fn deletions_table(rows: Vec<DateRow>) -> impl IntoView {
    date_table(
        "Cancelled subscriptions nearing deletion",
        "Last day to reactivate",
        rows,
    )
}

#[component]
pub fn Dashboard() -> impl IntoView {
    set_title("Dashboard");
    let book = use_book();
    let settings = use_settings();
    let board = Memo::new(move |_| {
        book.current()
            .with(|state| book.catalog().with(|catalog| board(state, catalog)))
    });
    // From the same derivation as the board: the dashboard replays the book once.
    let cockpit = Memo::new(move |_| {
        book.current()
            .with(|state| board.with(|b| cockpit(state, b)))
    });
    let currency = Signal::derive(move || settings.with(|s| s.currency.clone()));
    let targets = Signal::derive(move || board.with(tile_targets));
    let empty = move || cockpit.with(|c| c.customers == 0);
    let sections = move || match board.get() {
        Board::LicenseBased(d) => view! { <LicenseBasedSections board=d /> }.into_any(),
        Board::NewCommerce(d) => view! { <NceSections board=d /> }.into_any(),
    };
    view! {
        <h1>"Dashboard"</h1>
        <BookNotice />
        <dl class="facts">
            <dt>"Partner"</dt>
            <dd>{move || settings.with(|s| s.name.clone())}</dd>
            <dt>"Rules profile"</dt>
            <dd>{move || settings.with(|s| s.profile.label())}</dd>
        </dl>
        <Show when=empty>
            <FirstSteps />
        </Show>
        <CockpitTiles cockpit currency targets />
        <InvoiceChart cockpit currency />
        {sections}
    }
}

/// Where the trials and windows tiles lead, and what they are called, in the book's program.
fn tile_targets(board: &Board) -> TileTargets {
    match board {
        Board::LicenseBased(_) => TileTargets {
            trials_label: "Trials ending within 7 days",
            trials_list: "#ending-heading",
            windows_label: "Reactivation windows closing",
            windows_list: "#deletions-heading",
        },
        Board::NewCommerce(_) => TileTargets {
            trials_label: "Trials converting within 7 days",
            trials_list: "#conversions-heading",
            windows_label: "Seat and cancellation windows closing",
            windows_list: "#windows-heading",
        },
    }
}

/// The license-based partner's worries (T10–T12, C10, C11).
#[component]
fn LicenseBasedSections(board: LegacyDashboard) -> impl IntoView {
    let running: Vec<TrialRow> = board
        .trials
        .iter()
        .filter(|t| t.status == partnerdesk_core::model::subscription::Status::Trial)
        .cloned()
        .collect();
    let ending = Signal::stored(board.trials_ending_soon);
    let expired = Signal::stored(board.expired_trials);
    let renewals = Signal::stored(board.renewals);
    let deletions = Signal::stored(board.nearing_deletion);
    let running = Signal::stored(running);
    view! {
        <section aria-labelledby="ending-heading">
            <h2 id="ending-heading">{format!("Trials ending within {TRIAL_WARNING_DAYS} days")}</h2>
            <p class="hint">"Partner Center never warns of these; convert them or buy a compatible offer before they end."</p>
            <Paged label="Pages of trials ending soon" items=ending empty="No trial ends within 7 days." render=ending_soon_table />
        </section>
        <section aria-labelledby="expired-heading">
            <h2 id="expired-heading">"Expired trials"</h2>
            <Paged label="Pages of expired trials" items=expired empty="No expired trials." render=expired_table />
        </section>
        <section aria-labelledby="renewals-heading">
            <h2 id="renewals-heading">{format!("Renewals in the next {RENEWAL_WINDOW_DAYS} days")}</h2>
            <Paged label="Pages of renewals" items=renewals empty="No renewals in the next 30 days." render=renewals_table />
        </section>
        <section aria-labelledby="deletions-heading">
            <h2 id="deletions-heading">"Cancelled subscriptions nearing deletion"</h2>
            <p class="hint">
                {format!("Suspended subscriptions within {DELETION_WARNING_DAYS} days of the end of their 90 days to reactivate.")}
                <WhyLink rule="C10" />
            </p>
            <Paged label="Pages of deletions ahead" items=deletions empty="No cancelled subscription is nearing deletion." render=deletions_table />
        </section>
        <section aria-labelledby="trials-heading">
            <h2 id="trials-heading">"All trials in progress"</h2>
            <Paged label="Pages of trials in progress" items=running empty="No trials in progress." render=running_table />
        </section>
    }
}
