//! The top of the dashboard: the core's cockpit figures as tiles, each a link to its list, and
//! the invoice totals of the chart's months as bars, with the same figures as a table.

use crate::components::format::{count_text, date_text, money_in, money_text, month_text};
use crate::components::table_scroll::TableScroll;
use leptos::prelude::*;
use partnerdesk_core::reports::cockpit::{ChartMonth, Cockpit, MonthKind};

/// The list behind each tile that is on the dashboard itself.
#[derive(Clone)]
pub struct TileTargets {
    pub trials_label: &'static str,
    pub trials_list: &'static str,
    pub windows_label: &'static str,
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
    cockpit: Memo<Cockpit>,
    currency: Signal<String>,
    targets: Signal<TileTargets>,
) -> impl IntoView {
    let tiles = move || {
        let t = targets.get();
        let money = |amount| money_in(amount, &currency.get());
        cockpit.with(|c| {
            let count = |n: usize| count_text(n as u64);
            let next = format!("Next invoice, {}", date_text(c.next_invoice_date));
            view! {
                {tile("/customers", count(c.customers), "Customers".into(), "customers")}
                {tile("/customers", count(c.active_subscriptions), "Active subscriptions".into(), "active")}
                {tile("/customers", count_text(c.seats), "Seats".into(), "seats")}
                {tile("/billing", money(c.monthly_recurring), "Monthly recurring amount".into(), "monthly")}
                {tile("/billing", money(c.next_invoice_total), next, "next-invoice")}
                {tile(t.trials_list, count(c.trials_ending), t.trials_label.into(), "trials")}
                {tile(t.windows_list, count(c.windows_closing), t.windows_label.into(), "windows")}
            }
        })
    };
    view! {
        <section aria-labelledby="cockpit-heading">
            <h2 id="cockpit-heading">"At a glance"</h2>
            <ul class="tiles">{tiles}</ul>
        </section>
    }
}

fn kind_text(kind: MonthKind) -> &'static str {
    match kind {
        MonthKind::Invoiced => "Invoiced",
        MonthKind::Upcoming => "Next invoice, as it stands",
        MonthKind::Forecast => "Forecast",
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
    months
        .iter()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{month_text(m.month)}</th>
                    <td>{kind_text(m.kind)}</td>
                    <td class="num">{money_text(m.total)}</td>
                </tr>
            }
        })
        .collect_view()
}

/// Invoice totals month by month: an SVG for the eye, the same figures as a table.
#[component]
pub fn InvoiceChart(cockpit: Memo<Cockpit>, currency: Signal<String>) -> impl IntoView {
    let width = move || cockpit.with(|c| c.months.len() * SLOT);
    let first_and_last = move || {
        cockpit.with(|c| match (c.months.first(), c.months.last()) {
            (Some(first), Some(last)) => format!(
                "Invoice totals from {} to {}: invoiced, the next invoice and forecast.",
                month_text(first.month),
                month_text(last.month)
            ),
            _ => String::new(),
        })
    };
    view! {
        <section aria-labelledby="chart-heading" class="invoice-chart">
            <h2 id="chart-heading">"Invoice totals by month"</h2>
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
                        <span class="key invoiced">"Invoiced"</span>
                        <span class="key upcoming">"Next invoice"</span>
                        <span class="key forecast">"Forecast if nothing changes"</span>
                    </span>
                </figcaption>
            </figure>
            <details>
                <summary>"The figures as a table"</summary>
                <TableScroll label="The chart's figures by month">
                <table class="chart-figures">
                    <caption>"The chart's figures by month"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Month"</th>
                            <th scope="col">"What it is"</th>
                            <th scope="col">{move || format!("Total ({})", currency.get())}</th>
                        </tr>
                    </thead>
                    <tbody>{move || cockpit.with(|c| month_rows(&c.months))}</tbody>
                </table>
                </TableScroll>
            </details>
        </section>
    }
}
