//! The top of the dashboard: the core's cockpit figures as tiles, each a link to its list, and
//! the invoice totals of the chart's months as bars, with the same figures as a table.

use crate::components::format::{count_text, date_text, money_in, money_text, month_text};
use crate::components::table_scroll::TableScroll;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::reports::cockpit::{ChartMonth, Cockpit, MonthKind};
use partnerdesk_l10n::DashboardText as T;
use std::sync::Arc;

/// The list behind each tile that is on the dashboard itself.
#[derive(Clone)]
pub struct TileTargets {
    pub trials_label: T,
    pub trials_list: &'static str,
    pub windows_label: T,
    pub windows_list: &'static str,
}

fn tile(href: &'static str, figure: String, label: String, id: &'static str) -> impl IntoView {
    view! {
        <li class="tile">
            <a href=href data-tile=id>
                // `invoice-total` marks the next invoice's total, as on the other pages.
                <span class="tile-figure" class:invoice-total=id == "next-invoice">{figure}</span>
                <span class="tile-label">{label}</span>
            </a>
        </li>
    }
}

#[component]
pub fn CockpitTiles(
    cockpit: Signal<Arc<Cockpit>>,
    currency: Signal<String>,
    targets: Signal<TileTargets>,
) -> impl IntoView {
    let language = use_language();
    let tiles = move || {
        let t = targets.get();
        let lang = language.get();
        let label = |key: T| lang.text(key).to_string();
        let money = |amount| money_in(amount, &currency.get());
        cockpit.with(|c| {
            let count = |n: usize| count_text(n as u64);
            let next = lang.fill(T::NextInvoiceOn, &[&date_text(c.next_invoice_date)]);
            view! {
                {tile("/customers", count(c.customers), label(T::Customers), "customers")}
                {tile("/customers", count(c.active_subscriptions), label(T::ActiveSubscriptions), "active")}
                {tile("/customers", count_text(c.seats), label(T::Seats), "seats")}
                {tile("/billing", money(c.monthly_recurring), label(T::MonthlyRecurring), "monthly")}
                {tile("/billing", money(c.next_invoice_total), next, "next-invoice")}
                {tile(t.trials_list, count(c.trials_ending), label(t.trials_label), "trials")}
                {tile(t.windows_list, count(c.windows_closing), label(t.windows_label), "windows")}
            }
        })
    };
    view! {
        <section aria-labelledby="cockpit-heading">
            <h2 id="cockpit-heading">{language.tr(T::AtAGlance)}</h2>
            <ul class="tiles">{tiles}</ul>
        </section>
    }
}

fn kind_text(kind: MonthKind) -> T {
    match kind {
        MonthKind::Invoiced => T::Invoiced,
        MonthKind::Upcoming => T::UpcomingAsItStands,
        MonthKind::Forecast => T::Forecast,
    }
}

fn kind_class(kind: MonthKind) -> &'static str {
    match kind {
        MonthKind::Invoiced => "bar invoiced",
        MonthKind::Upcoming => "bar upcoming",
        MonthKind::Forecast => "bar forecast",
    }
}

/// Each bar's slot in the drawing's units; a bar's height is the core's percent.
const SLOT: usize = 10;
const BAR: usize = 7;

fn bars(months: &[ChartMonth]) -> impl IntoView {
    months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let x = i * SLOT + (SLOT - BAR) / 2;
            view! {
                <rect
                    class=kind_class(m.kind)
                    x=x
                    y=100 - m.height
                    width=BAR
                    height=m.height
                />
            }
        })
        .collect_view()
}

fn month_rows(months: &[ChartMonth]) -> impl IntoView {
    let language = use_language();
    months
        .iter()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{month_text(m.month)}</th>
                    <td>{language.tr(kind_text(m.kind))}</td>
                    <td class="num">{money_text(m.total)}</td>
                </tr>
            }
        })
        .collect_view()
}

/// Invoice totals month by month: an SVG for the eye, the same figures as a table.
#[component]
pub fn InvoiceChart(cockpit: Signal<Arc<Cockpit>>, currency: Signal<String>) -> impl IntoView {
    let language = use_language();
    let width = move || cockpit.with(|c| c.months.len() * SLOT);
    let first_and_last = move || {
        cockpit.with(|c| match (c.months.first(), c.months.last()) {
            (Some(first), Some(last)) => language.get().fill(
                T::ChartSummary,
                &[&month_text(first.month), &month_text(last.month)],
            ),
            _ => String::new(),
        })
    };
    view! {
        <section aria-labelledby="chart-heading" class="invoice-chart">
            <h2 id="chart-heading">{language.tr(T::ChartHeading)}</h2>
            <figure>
                <svg
                    role="img"
                    aria-labelledby="chart-summary"
                    viewBox=move || format!("0 0 {} 100", width())
                    preserveAspectRatio="none"
                >
                    {move || cockpit.with(|c| bars(&c.months))}
                </svg>
                // The months under their bars; the table below says them to a screen reader.
                <ol class="chart-months" aria-hidden="true">
                    {move || cockpit.with(|c| {
                        c.months.iter().map(|m| view! { <li>{month_text(m.month)}</li> }).collect_view()
                    })}
                </ol>
                <figcaption id="chart-summary">
                    {first_and_last}
                    <span class="legend">
                        <span class="key invoiced">{language.tr(T::Invoiced)}</span>
                        <span class="key upcoming">{language.tr(T::NextInvoice)}</span>
                        <span class="key forecast">{language.tr(T::ForecastIfNothingChanges)}</span>
                    </span>
                </figcaption>
            </figure>
            <details>
                <summary>{language.tr(T::FiguresAsTable)}</summary>
                <TableScroll label=language.tr(T::ChartFigures)>
                <table class="chart-figures">
                    <caption>{language.tr(T::ChartFigures)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{language.tr(T::Month)}</th>
                            <th scope="col">{language.tr(T::WhatItIs)}</th>
                            <th scope="col">{move || language.get().fill(T::TotalIn, &[&currency.get()])}</th>
                        </tr>
                    </thead>
                    <tbody>{move || cockpit.with(|c| month_rows(&c.months))}</tbody>
                </table>
                </TableScroll>
            </details>
        </section>
    }
}
