//! The dashboard of a new commerce book: windows closing within 2 days (seats that can still be
//! removed, terms that can still be cancelled), trials converting by themselves within 7 days
//! and what that will cost, renewals of annual and three-year terms, and what expired because a
//! renewal or conversion was refused, with the reason.

use super::{customer_link, expired_table, paged, renewals_table, table};
use crate::components::format::{date_text, money_in};
use crate::state::language::use_language;
use crate::state::views::NceLists;
use leptos::prelude::*;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::reports::dashboard::{DateRow, TrialRow, RENEWAL_WINDOW_DAYS};
use partnerdesk_core::reports::nce_dashboard::{
    ConversionRow, NceDashboard, RefusedRow, Row, Window, WindowRow, CONVERSION_WARNING_DAYS,
    WINDOW_WARNING_DAYS,
};
use partnerdesk_l10n::{DashboardText as T, Lang};

fn who(row: &Row) -> impl IntoView {
    view! {
        <th scope="row">{customer_link(&row.customer_id, &row.customer_name)}</th>
        <td>{row.offer_name.clone()}</td>
    }
}

fn windows_table(rows: Vec<WindowRow>) -> impl IntoView {
    let language = use_language();
    let body = rows
        .into_iter()
        .map(|w| {
            let what = move || {
                let lang = language.get();
                match w.window {
                    Window::SeatReduction { seats } => {
                        lang.fill(T::RemoveUpTo, &[&seats.to_string()])
                    }
                    Window::Cancellation => lang.text(T::CancelWithRefund).to_string(),
                }
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
        T::WindowsCaption,
        [
            T::Customer,
            T::Subscription,
            T::StillPossible,
            T::LastDay,
            T::DaysLeft,
        ],
        body,
    )
}

fn conversions_table(rows: Vec<ConversionRow>, currency: Signal<String>) -> impl IntoView {
    let currency = currency.get_untracked();
    let language = use_language();
    let body = rows
        .into_iter()
        .map(|c| {
            let currency = currency.clone();
            let cost = move || {
                c.first_charge.map_or_else(
                    || language.get().text(T::NoPriceInForce).to_string(),
                    |m| money_in(m, &currency),
                )
            };
            let becomes = move || {
                language.get().fill(
                    T::Becomes,
                    &[&c.target_name, &c.seats.to_string(), &c.term_plan.label()],
                )
            };
            view! {
                <tr>
                    {who(&c.row)}
                    <td>{becomes}</td>
                    <td>{date_text(c.row.date)}</td>
                    <td class="num">{c.row.days}</td>
                    <td class="num">{cost}</td>
                </tr>
            }
        })
        .collect_view();
    table(
        T::ConversionsCaption,
        [
            T::Customer,
            T::Trial,
            T::BecomesHeader,
            T::ConvertsOn,
            T::DaysLeft,
            T::FirstCharge,
        ],
        body,
    )
}

fn refused_table(rows: Vec<RefusedRow>, why_in: WhyIn) -> impl IntoView {
    let language = use_language();
    let body = rows
        .into_iter()
        .map(|r| {
            let why = r.why;
            view! {
                <tr>
                    {who(&r.row)}
                    <td>{date_text(r.row.date)}</td>
                    <td>{move || why_in(language.get(), &why)}</td>
                </tr>
            }
        })
        .collect_view();
    table(
        T::RefusedCaption,
        [T::Customer, T::Subscription, T::ExpiredOn, T::Why],
        body,
    )
}

/// A refusal's reason in a language.
type WhyIn = fn(Lang, &RuleError) -> String;

/// New commerce's dashboard lists (N14, N15, N20, N31, T11), as `NceLists` or kept.
#[derive(Clone, Copy)]
pub(super) struct NceRows {
    windows: Signal<Vec<WindowRow>>,
    conversions: Signal<Vec<ConversionRow>>,
    renewals: Signal<Vec<DateRow>>,
    refused: Signal<Vec<RefusedRow>>,
    expired: Signal<Vec<TrialRow>>,
    /// The live lists word a refusal in the partner's language; the kept ones hold its English
    /// words only, and writing them so keeps the writer of every refusal out of the first load.
    why_in: WhyIn,
}

impl From<NceLists> for NceRows {
    fn from(lists: NceLists) -> NceRows {
        NceRows {
            windows: lists.windows.into(),
            conversions: lists.conversions.into(),
            renewals: lists.renewals.into(),
            refused: lists.refused.into(),
            expired: lists.expired.into(),
            why_in: Lang::refusal,
        }
    }
}

impl NceRows {
    pub(super) fn kept(d: &NceDashboard) -> NceRows {
        NceRows {
            windows: Signal::stored(d.windows_closing.clone()),
            conversions: Signal::stored(d.conversions.clone()),
            renewals: Signal::stored(d.renewals.clone()),
            refused: Signal::stored(d.refused.clone()),
            expired: Signal::stored(d.expired_trials.clone()),
            why_in: |_, why| why.message.clone(),
        }
    }
}

#[component]
pub(super) fn NceSections(
    rows: NceRows,
    /// The next invoice's number.
    number: Signal<String>,
    currency: Signal<String>,
) -> impl IntoView {
    let NceRows {
        windows,
        conversions,
        renewals,
        refused,
        expired,
        why_in,
    } = rows;
    let conversions_table = move |rows| conversions_table(rows, currency);
    let language = use_language();
    let days = move |key: T, n: i64| language.get().fill(key, &[&n.to_string()]);
    view! {
        <p class="hint">{move || language.get().fill(T::NextInvoiceNumber, &[&number.get()])}</p>
        <section aria-labelledby="windows-heading">
            <h2 id="windows-heading">{move || days(T::WindowsWithin, WINDOW_WARNING_DAYS)}</h2>
            <p class="hint">{language.tr(T::WindowsHint)}</p>
            {paged(T::PagesWindows, windows, T::NoWindow, windows_table)}
        </section>
        <section aria-labelledby="conversions-heading">
            <h2 id="conversions-heading">{move || days(T::ConvertingWithin, CONVERSION_WARNING_DAYS)}</h2>
            <p class="hint">{language.tr(T::ConvertingHint)}</p>
            {paged(T::PagesConversions, conversions, T::NoConversion, conversions_table)}
        </section>
        <section aria-labelledby="renewals-heading">
            <h2 id="renewals-heading">{move || days(T::TermRenewalsWithin, RENEWAL_WINDOW_DAYS)}</h2>
            {paged(T::PagesRenewals, renewals, T::NoTermRenewals, renewals_table)}
        </section>
        <section aria-labelledby="refused-heading">
            <h2 id="refused-heading">{language.tr(T::RefusedHeading)}</h2>
            {paged(T::PagesRefused, refused, T::NoRefused, move |rows| refused_table(rows, why_in))}
        </section>
        <section aria-labelledby="expired-heading">
            <h2 id="expired-heading">{language.tr(T::ExpiredTrials)}</h2>
            {paged(T::PagesExpired, expired, T::NoExpiredTrials, expired_table)}
        </section>
    }
}
