//! `/`: what needs the partner's attention across all customers, as of today, and the next
//! invoice. For a license-based book: trials ending within 7 days (Partner Center never warns,
//! T10), expired trials and what restores their data (T11), renewals in the next 30 days,
//! cancelled subscriptions nearing deletion (C10). For new commerce, `new_commerce`.

mod cockpit;
mod first_steps;
mod kept;
mod new_commerce;

use super::page_title;
use crate::components::book_notice::BookNotice;
use crate::components::format::date_text;
use crate::components::paged::Paged;
use crate::components::table_scroll::TableScroll;
use crate::forms::why_link::WhyLink;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use crate::state::views::{use_views, LegacyLists};
use crate::store::kept_figures::FIRST_ROWS;
use cockpit::{CockpitTiles, InvoiceChart, TileTargets};
use first_steps::FirstSteps;
pub use kept::KeptDashboard;
use leptos::prelude::*;
use new_commerce::{NceRows, NceSections};
use partnerdesk_core::model::subscription::Status;
use partnerdesk_core::reports::board::Board;
use partnerdesk_core::reports::cockpit::Cockpit;
use partnerdesk_core::reports::dashboard::{
    Dashboard as LegacyDashboard, DateRow, TrialRow, DELETION_WARNING_DAYS, RENEWAL_WINDOW_DAYS,
    TRIAL_WARNING_DAYS,
};
use partnerdesk_l10n::DashboardText as T;
use std::sync::Arc;

fn customer_link(id: &str, name: &str) -> impl IntoView {
    view! { <a href=format!("/customers/{id}")>{name.to_string()}</a> }
}

/// A captioned table with one header cell per column.
fn table<const N: usize>(
    caption: T,
    headers: [T; N],
    body: impl IntoView + 'static,
) -> impl IntoView {
    let language = use_language();
    let headers = headers
        .into_iter()
        .map(|h| view! { <th scope="col">{language.tr(h)}</th> })
        .collect_view();
    view! {
        <TableScroll label=language.tr(caption)>
        <table>
            <caption>{language.tr(caption)}</caption>
            <thead>
                <tr>{headers}</tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
        </TableScroll>
    }
}

fn trial_table(caption: T, rows: Vec<TrialRow>) -> impl IntoView {
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
            T::Customer,
            T::Trial,
            T::Expires,
            T::DaysLeft,
            T::ConvertOrBuy,
        ],
        body,
    )
}

fn ending_soon_table(rows: Vec<TrialRow>) -> impl IntoView {
    trial_table(T::TrialsEndingCaption, rows)
}

fn running_table(rows: Vec<TrialRow>) -> impl IntoView {
    trial_table(T::TrialsRunningCaption, rows)
}

fn expired_table(rows: Vec<TrialRow>) -> impl IntoView {
    let language = use_language();
    let body = rows
        .into_iter()
        .map(|r| {
            let restored_by = move || {
                let lang = language.get();
                let offers = r.next_offers.join(lang.text(T::Or));
                lang.fill(T::RestoredByPurchase, &[&offers])
            };
            view! {
                <tr>
                    <th scope="row">{customer_link(&r.customer_id, &r.customer_name)}</th>
                    <td>{r.offer_name}</td>
                    <td>{date_text(r.expires)}</td>
                    <td>{restored_by}</td>
                </tr>
            }
        })
        .collect_view();
    table(
        T::ExpiredTrials,
        [T::Customer, T::Trial, T::ExpiredOn, T::WhatRestores],
        body,
    )
}

fn date_table(caption: T, date_header: T, rows: Vec<DateRow>) -> impl IntoView {
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
        [T::Customer, T::Offer, date_header, T::DaysFromToday],
        body,
    )
}

fn renewals_table(rows: Vec<DateRow>) -> impl IntoView {
    date_table(T::RenewalsCaption, T::RenewalDate, rows)
}

fn deletions_table(rows: Vec<DateRow>) -> impl IntoView {
    date_table(T::DeletionsCaption, T::LastDayToReactivate, rows)
}

#[component]
pub fn Dashboard() -> impl IntoView {
    page_title(T::Title);
    let language = use_language();
    let settings = use_settings();
    // Worked out once per derivation (`state::views`): opened again, the page only draws.
    let views = use_views();
    let board = views.board();
    let cockpit = views.cockpit();
    let currency = Signal::derive(move || settings.with(|s| s.currency.clone()));
    let empty = move || cockpit.with(|c| c.customers == 0);
    // Drawn again only when the program changes: the lists follow the derivation themselves.
    let license_based = Memo::new(move |_| board.with(|b| matches!(**b, Board::LicenseBased(_))));
    let lists = move || match license_based.get() {
        true => Lists::LicenseBased(views.legacy_lists().into()),
        false => Lists::NewCommerce(views.nce_lists().into()),
    };
    let partner = Signal::derive(move || settings.with(|s| s.name.clone()));
    let profile = Signal::derive(move || settings.with(|s| s.profile.label()));
    view! {
        <h1>{language.tr(T::Title)}</h1>
        <BookNotice />
        {facts(partner, profile)}
        <Show when=empty>
            <FirstSteps />
        </Show>
        <Figures cockpit currency lists=Signal::derive(lists) live=true />
    }
}

/// Whose book and under which rules.
fn facts(partner: Signal<String>, profile: Signal<&'static str>) -> impl IntoView {
    let language = use_language();
    view! {
        <dl class="facts">
            <dt>{language.tr(T::Partner)}</dt>
            <dd>{partner}</dd>
            <dt>{language.tr(T::RulesProfile)}</dt>
            <dd>{profile}</dd>
        </dl>
    }
}

/// The lists of the book's program, as the sections show them.
#[derive(Clone, Copy)]
enum Lists {
    LicenseBased(LegacyRows),
    NewCommerce(NceRows),
}

impl Lists {
    /// The first rows of the lists of `board` (store `kept_figures`).
    fn kept(board: &Board) -> Lists {
        match board {
            Board::LicenseBased(d) => Lists::LicenseBased(LegacyRows::kept(d)),
            Board::NewCommerce(d) => Lists::NewCommerce(NceRows::kept(d)),
        }
    }
}

/// The tiles, the chart and the lists: from the book's derivation (`live`), or from the
/// figures kept beside the book while it is read (no link that needs the app's router).
#[component]
fn Figures(
    #[prop(into)] cockpit: Signal<Arc<Cockpit>>,
    currency: Signal<String>,
    lists: Signal<Lists>,
    live: bool,
) -> impl IntoView {
    let targets = Signal::derive(move || tile_targets(&lists.get()));
    let sections = move || match lists.get() {
        Lists::LicenseBased(rows) => view! { <LicenseBasedSections rows live /> }.into_any(),
        Lists::NewCommerce(rows) => {
            let number = Signal::derive(move || cockpit.with(|c| c.next_invoice_number.clone()));
            view! { <NceSections rows number currency /> }.into_any()
        }
    };
    view! {
        <CockpitTiles cockpit currency targets />
        <InvoiceChart cockpit currency />
        {sections}
    }
}

/// Where the trials and windows tiles lead, and what they are called, in the book's program.
fn tile_targets(lists: &Lists) -> TileTargets {
    match lists {
        Lists::LicenseBased(_) => TileTargets {
            trials_label: T::TrialsEndingTile,
            trials_list: "#ending-heading",
            windows_label: T::WindowsClosingTile,
            windows_list: "#deletions-heading",
        },
        Lists::NewCommerce(_) => TileTargets {
            trials_label: T::TrialsConvertingTile,
            trials_list: "#conversions-heading",
            windows_label: T::NceWindowsTile,
            windows_list: "#windows-heading",
        },
    }
}

/// The license-based dashboard's lists (T10-T12, C10), as `LegacyLists` or kept.
#[derive(Clone, Copy)]
struct LegacyRows {
    ending: Signal<Vec<TrialRow>>,
    expired: Signal<Vec<TrialRow>>,
    renewals: Signal<Vec<DateRow>>,
    deletions: Signal<Vec<DateRow>>,
    running: Signal<Vec<TrialRow>>,
}

impl From<LegacyLists> for LegacyRows {
    fn from(lists: LegacyLists) -> LegacyRows {
        LegacyRows {
            ending: lists.ending.into(),
            expired: lists.expired.into(),
            renewals: lists.renewals.into(),
            deletions: lists.deletions.into(),
            running: lists.running.into(),
        }
    }
}

impl LegacyRows {
    fn kept(d: &LegacyDashboard) -> LegacyRows {
        let running = d.trials.iter().filter(|t| t.status == Status::Trial);
        LegacyRows {
            ending: Signal::stored(d.trials_ending_soon.clone()),
            expired: Signal::stored(d.expired_trials.clone()),
            renewals: Signal::stored(d.renewals.clone()),
            deletions: Signal::stored(d.nearing_deletion.clone()),
            running: Signal::stored(running.cloned().collect()),
        }
    }
}

/// The license-based partner's worries (T10–T12, C10, C11); the rules link only in the app.
#[component]
fn LicenseBasedSections(rows: LegacyRows, live: bool) -> impl IntoView {
    let LegacyRows {
        ending,
        expired,
        renewals,
        deletions,
        running,
    } = rows;
    let language = use_language();
    let days = move |key: T, n: i64| language.get().fill(key, &[&n.to_string()]);
    view! {
        <section aria-labelledby="ending-heading">
            <h2 id="ending-heading">{move || days(T::TrialsEndingWithin, TRIAL_WARNING_DAYS)}</h2>
            <p class="hint">{language.tr(T::NeverWarns)}</p>
            {paged(T::PagesEnding, ending, T::NoTrialEnds, ending_soon_table)}
        </section>
        <section aria-labelledby="expired-heading">
            <h2 id="expired-heading">{language.tr(T::ExpiredTrials)}</h2>
            {paged(T::PagesExpired, expired, T::NoExpiredTrials, expired_table)}
        </section>
        <section aria-labelledby="renewals-heading">
            <h2 id="renewals-heading">{move || days(T::RenewalsWithin, RENEWAL_WINDOW_DAYS)}</h2>
            {paged(T::PagesRenewals, renewals, T::NoRenewals, renewals_table)}
        </section>
        <section aria-labelledby="deletions-heading">
            <h2 id="deletions-heading">{language.tr(T::DeletionsCaption)}</h2>
            <p class="hint">
                {move || days(T::SuspendedWithin, DELETION_WARNING_DAYS)}
                {live.then(|| view! { <WhyLink rule="C10" /> })}
            </p>
            {paged(T::PagesDeletions, deletions, T::NoDeletions, deletions_table)}
        </section>
        <section aria-labelledby="trials-heading">
            <h2 id="trials-heading">{language.tr(T::AllTrials)}</h2>
            {paged(T::PagesTrials, running, T::NoTrials, running_table)}
        </section>
    }
}

/// A list shown a page at a time, its pager's label and empty text in the app's language:
/// made again when the language changes. 25 rows a page: the dashboard's lists together drew
/// 118 rows at 50 a page on the generated 10,000-customer book, half its opening time.
fn paged<R, V, Row>(label: T, items: Signal<Vec<Row>>, empty: T, render: R) -> impl IntoView
where
    Row: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    R: Fn(Vec<Row>) -> V + Copy + Send + Sync + 'static,
{
    let language = use_language();
    move || {
        let lang = language.get();
        view! {
            <Paged label=lang.text(label) items per_page=FIRST_ROWS empty=lang.text(empty) render />
        }
    }
}
