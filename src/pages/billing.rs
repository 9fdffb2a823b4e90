//! `/billing`: the invoices up to today (R1), the upcoming one as it stands, an invoice's lines
//! by customer and charge type, its reconciliation file in both CSV dialects (R2–R5), and the
//! trial pipeline export (trials are never billed, so no reconciliation file lists them).

use super::set_title;
use crate::book_state::use_book;
use crate::clock::use_clock;
use crate::components::book_notice::BookNotice;
use crate::components::charge_lines::{ChargeLinesTable, CustomerNames};
use crate::components::format::{date_text, money_text};
use crate::components::paged::Paged;
use crate::download::download_bytes;
use crate::settings::use_settings;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::billing::invoice::{Invoice, LineFilter};
use partnerdesk_core::model::charge_line::{ChargeLine, ChargeType};
use partnerdesk_core::reports::dashboard::trial_rows;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconciliation::invoice_recon_file;
use partnerdesk_core::reports::trial_export::{pipeline_rows, trial_file_name, write_trial_csv};
use std::sync::Arc;

const CSV: &str = "text/csv;charset=utf-8";

/// Customers listed in the filter at once; a search finds the others.
const CUSTOMERS_SHOWN: usize = 100;

/// The two files a partner can take: Partner Center's format, and one Excel opens as columns
/// in Dutch and German locales.
const DIALECTS: [(CsvDialect, &str); 2] = [
    (CsvDialect::Standard, ""),
    (
        CsvDialect::ExcelEuropean,
        " for Excel (semicolons, decimal comma)",
    ),
];

/// One button per dialect, e.g. "Download reconciliation CSV for Excel (…)".
fn download_buttons(
    file: &'static str,
    download: impl Fn(CsvDialect) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let buttons = DIALECTS
        .into_iter()
        .map(|(dialect, variant)| {
            view! {
                <button type="button" on:click=move |_| download(dialect)>
                    {format!("Download {file}{variant}")}
                </button>
            }
        })
        .collect_view();
    view! { <div class="downloads">{buttons}</div> }
}

/// Offers a file the core made, and says what was handed over or why not.
fn offer_file(outcome: Result<(String, Vec<u8>, String), String>, status: RwSignal<Message>) {
    let message = outcome.and_then(|(name, bytes, what)| {
        download_bytes(&name, CSV, &bytes).map(|()| format!("Downloaded {name}: {what}."))
    });
    status.set(match message {
        Ok(text) => Message::Done(text),
        Err(e) => Message::Failed(format!("No file was made: {e}.")),
    });
}

#[derive(Clone, Debug, PartialEq)]
enum Message {
    None,
    Done(String),
    Failed(String),
}

#[component]
fn Outcome(message: RwSignal<Message>) -> impl IntoView {
    view! {
        <p class="status" role="status">
            {move || match message.get() {
                Message::Done(text) => Some(text),
                _ => None,
            }}
        </p>
        <p class="error" role="alert">
            {move || match message.get() {
                Message::Failed(text) => Some(text),
                _ => None,
            }}
        </p>
    }
}

#[component]
pub fn Billing() -> impl IntoView {
    set_title("Billing");
    let book = use_book();
    let settings = use_settings();
    let currency = move || settings.with(|s| s.currency.clone());
    let summaries = Memo::new(move |_| {
        let mut list = book.all().with(|state| state.invoice_summaries());
        list.reverse();
        list
    });
    let upcoming_date = Memo::new(move |_| book.all().with(|state| state.horizon));
    // The invoice the partner picked; by default the latest issued, or the upcoming one.
    let picked = RwSignal::new(None::<NaiveDate>);
    let shown_date = Memo::new(move |_| {
        let upcoming = upcoming_date.get();
        let issued = summaries.with(|list| list.iter().map(|s| s.billing_date).collect::<Vec<_>>());
        match picked.get() {
            // A date moved out of reach by time travel falls back to the default.
            Some(d) if d == upcoming || issued.contains(&d) => d,
            _ => issued.first().copied().unwrap_or(upcoming),
        }
    });
    let invoice = Memo::new(move |_| {
        let date = shown_date.get();
        book.all().with(|state| state.invoice(date))
    });
    let names: Memo<CustomerNames> = Memo::new(move |_| {
        book.all().with(|state| {
            Arc::new(
                state
                    .customers
                    .iter()
                    .map(|c| (Arc::from(c.id.as_str()), c.company_name.clone()))
                    .collect(),
            )
        })
    });

    let invoice_rows = move || {
        summaries
            .get()
            .into_iter()
            .map(|s| {
                let date = s.billing_date;
                let shown = move || shown_date.get() == date;
                view! {
                    <tr class:selected=shown>
                        <th scope="row">{s.number.clone()}</th>
                        <td>{date_text(s.billing_date)}</td>
                        <td>{date_text(s.due_date)}</td>
                        <td class="num">{s.line_count}</td>
                        <td class="num">{money_text(s.total)}</td>
                        <td>
                            <button
                                type="button"
                                aria-pressed=move || shown().to_string()
                                on:click=move |_| picked.set(Some(date))
                            >
                                {format!("Show {}", s.number)}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let upcoming = Memo::new(move |_| book.all().with(|state| state.upcoming_invoice()).summary());

    view! {
        <h1>"Billing"</h1>
        <BookNotice />
        <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">"Upcoming invoice"</h2>
            <p class="hint">"As it stands if nothing else happens before its billing date; not issued yet."</p>
            <dl class="facts">
                <dt>"Invoice number"</dt>
                <dd>{move || upcoming.with(|u| u.number.clone())}</dd>
                <dt>"Billing date"</dt>
                <dd>{move || upcoming.with(|u| date_text(u.billing_date))}</dd>
                <dt>"Lines"</dt>
                <dd>{move || upcoming.with(|u| u.line_count)}</dd>
                <dt>"Total"</dt>
                <dd class="invoice-total">
                    {move || format!("{} {}", upcoming.with(|u| money_text(u.total)), currency())}
                </dd>
            </dl>
            <button type="button" on:click=move |_| picked.set(Some(upcoming_date.get_untracked()))>
                "Show the upcoming invoice"
            </button>
        </section>
        <section aria-labelledby="invoices-heading">
            <h2 id="invoices-heading">"Invoices"</h2>
            <Show
                when=move || summaries.with(|list| !list.is_empty())
                fallback=|| view! { <p>"No invoice has been issued up to today."</p> }
            >
                <table class="invoices">
                    <caption>"Invoices issued up to today, newest first"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Invoice number"</th>
                            <th scope="col">"Billing date"</th>
                            <th scope="col">"Due date"</th>
                            <th scope="col">"Lines"</th>
                            <th scope="col">{move || format!("Total ({})", currency())}</th>
                            <th scope="col">"Shown below"</th>
                        </tr>
                    </thead>
                    <tbody>{invoice_rows}</tbody>
                </table>
            </Show>
        </section>
        <InvoiceView invoice upcoming_date names />
        <TrialPipeline />
        <section aria-labelledby="imports-heading">
            <h2 id="imports-heading">"Imports"</h2>
            <p>
                "A new price list or a list of customers is imported on the "
                <a href="/imports">"Imports page"</a> "."
            </p>
        </section>
    }
}

/// One invoice: its figures, its reconciliation files, and its lines by customer and charge
/// type, a page at a time.
#[component]
fn InvoiceView(
    invoice: Memo<Invoice>,
    upcoming_date: Memo<NaiveDate>,
    names: Memo<CustomerNames>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let currency = move || settings.with(|s| s.currency.clone());
    let is_upcoming = move || invoice.with(|i| i.billing_date) == upcoming_date.get();
    // "" stands for every customer or every charge type.
    let customer = RwSignal::new(String::new());
    let charge_type = RwSignal::new(String::new());
    // Thousands of customers make a select slow to render and to scan: a search narrows it.
    let customer_query = RwSignal::new(String::new());
    let message = RwSignal::new(Message::None);
    // The filters belong to the invoice they were chosen on.
    Effect::watch(
        move || invoice.with(|i| i.billing_date),
        move |_, _, _| {
            customer.set(String::new());
            customer_query.set(String::new());
            charge_type.set(String::new());
            message.set(Message::None);
        },
        false,
    );
    let filter = move || LineFilter {
        customer_id: Some(customer.get()).filter(|c| !c.is_empty()),
        charge_type: ChargeType::ALL
            .into_iter()
            .find(|t| charge_type.with(|c| c == t.label())),
    };
    let selection = Memo::new(move |_| invoice.with(|i| i.select(&filter())));
    // A memo, not a derived signal: the pager reads the lines twice per page.
    let lines = Memo::new(move |_| selection.with(|s| s.lines.clone()));
    let customer_matches = Memo::new(move |_| {
        let ids = invoice.with(|i| i.customer_ids());
        let wanted = customer_query.with(|q| q.trim().to_lowercase());
        let mut found: Vec<(String, String)> = names.with(|n| {
            ids.iter()
                .map(|id| (id.to_string(), n.get(id).cloned().unwrap_or_default()))
                .filter(|(_, name)| name.to_lowercase().contains(&wanted))
                .collect()
        });
        found.sort_by(|a, b| a.1.cmp(&b.1));
        let total = found.len();
        // The chosen customer stays an option even when it falls outside the first ones.
        let chosen = customer.get_untracked();
        if let Some(i) = found.iter().position(|(id, _)| *id == chosen) {
            if i >= CUSTOMERS_SHOWN {
                found.swap(CUSTOMERS_SHOWN - 1, i);
            }
        }
        found.truncate(CUSTOMERS_SHOWN);
        (found, total)
    });
    let customer_options =
        Signal::derive(move || customer_matches.with(|(found, _)| found.clone()));
    let customer_count = move || {
        customer_matches.with(|(found, total)| {
            if found.len() < *total {
                format!(
                    "Matching customers on this invoice: {total}; the first {} are listed.",
                    found.len()
                )
            } else {
                format!("Matching customers on this invoice: {total}.")
            }
        })
    };
    let type_options = Signal::derive(move || {
        invoice.with(|i| {
            i.charge_types()
                .into_iter()
                .map(|t| (t.label().to_string(), t.label().to_string()))
                .collect()
        })
    });
    let download = move |dialect: CsvDialect| {
        let date = invoice.with_untracked(|i| i.billing_date);
        let partner = settings.get_untracked();
        let made = book.all().with_untracked(|state| {
            book.catalog().with_untracked(|catalog| {
                invoice_recon_file(state, catalog, &partner, date, dialect)
            })
        });
        let currency = partner.currency;
        offer_file(
            made.map(|f| {
                let what = format!(
                    "{} rows, Amount totalling {} {currency}",
                    f.rows,
                    money_text(f.total)
                );
                (f.name, f.bytes, what)
            }),
            message,
        );
    };
    let downloads =
        move || (!is_upcoming()).then(|| download_buttons("reconciliation CSV", download));
    let heading = move || {
        invoice.with(|i| {
            if is_upcoming() {
                format!("Upcoming invoice {} (preview)", i.number)
            } else {
                format!("Invoice {}", i.number)
            }
        })
    };
    let render = move |page: Vec<ChargeLine>| {
        let catalog = book.catalog().get_untracked();
        view! {
            <ChargeLinesTable
                caption="Lines of this invoice".to_string()
                lines=page
                catalog
                currency=currency()
                customers=names.get_untracked()
            />
        }
    };

    view! {
        <section aria-labelledby="invoice-heading" class="invoice">
            <h2 id="invoice-heading">{heading}</h2>
            <dl class="facts">
                <dt>"Billing date"</dt>
                <dd>{move || invoice.with(|i| date_text(i.billing_date))}</dd>
                <dt>"Due date"</dt>
                <dd>{move || invoice.with(|i| date_text(i.due_date))}</dd>
                <dt>"Lines"</dt>
                <dd>{move || invoice.with(|i| i.lines.len())}</dd>
                <dt>"Total"</dt>
                <dd class="invoice-total">
                    {move || format!("{} {}", invoice.with(|i| money_text(i.total)), currency())}
                </dd>
            </dl>
            {downloads}
            {move || {
                is_upcoming()
                    .then(|| {
                        view! {
                            <p class="hint">
                                "Reconciliation files are made for issued invoices; this one can still change."
                            </p>
                        }
                    })
            }}
            <Outcome message />
            <div class="filters">
                <div class="field">
                    <label for="line-customer-search">"Find a customer on this invoice"</label>
                    <input
                        id="line-customer-search"
                        type="search"
                        autocomplete="off"
                        bind:value=customer_query
                        aria-describedby="line-customer-count"
                    />
                    <p id="line-customer-count" class="hint" aria-live="polite">{customer_count}</p>
                </div>
                <Filter id="line-customer" label="Customer" every="All customers" value=customer options=customer_options />
                <Filter id="line-charge-type" label="Charge type" every="All charge types" value=charge_type options=type_options />
            </div>
            <p class="selection" aria-live="polite">
                {move || {
                    selection
                        .with(|s| {
                            format!(
                                "{} of {} lines shown, totalling {} {}.",
                                s.lines.len(),
                                invoice.with(|i| i.lines.len()),
                                money_text(s.total),
                                currency(),
                            )
                        })
                }}
            </p>
            <Paged label="Pages of invoice lines" items=lines empty="No line matches." render />
        </section>
    }
}

/// A choice narrowing the lines shown; `""` (the first option) keeps them all.
#[component]
fn Filter(
    id: &'static str,
    label: &'static str,
    every: &'static str,
    value: RwSignal<String>,
    /// (value, text) of each option.
    options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let options = move || {
        options
            .get()
            .into_iter()
            .map(|(v, text)| view! { <option value=v>{text}</option> })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id bind:value=value>
                <option value="">{every}</option>
                {options}
            </select>
        </div>
    }
}

/// Every trial not converted, as a file: the follow-up list Partner Center can't give.
#[component]
fn TrialPipeline() -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let message = RwSignal::new(Message::None);
    // From the whole book the page has derived anyway, not from the dashboard's derivation.
    let trials = Memo::new(move |_| {
        book.all().with(|state| {
            book.catalog().with(|catalog| {
                pipeline_rows(&trial_rows(state, catalog, state.subscriptions.iter()))
            })
        })
    });
    let download = move |dialect: CsvDialect| {
        let today = use_clock().today_untracked();
        let name = trial_file_name(&settings.get_untracked().name, today, dialect);
        let count = trials.with_untracked(Vec::len);
        let bytes = trials.with_untracked(|rows| write_trial_csv(rows, dialect));
        offer_file(Ok((name, bytes, format!("{count} trials"))), message);
    };
    view! {
        <section aria-labelledby="pipeline-heading">
            <h2 id="pipeline-heading">"Trial pipeline"</h2>
            <p>
                "Trials not converted, running or expired: " {move || trials.with(Vec::len)} "."
            </p>
            <p class="hint">"Trials are never billed, so no reconciliation file lists them."</p>
            {download_buttons("trial pipeline CSV", download)}
            <Outcome message />
        </section>
    }
}
